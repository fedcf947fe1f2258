package org.akhbar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;

/**
 * The entities the matcher links to, and the index of their names: every country from ICU/CLDR (with curated
 * everyday names and nisba adjectives), ICU's exemplar cities, the curated people, organisations and places of
 * {@code gazetteer/entities.tsv}, and optionally a user's file in the same columns. Versioned by
 * {@code gazetteer/VERSION} plus the ICU data version.
 */
public final class Gazetteer implements Serializable {
    private final String version;
    private final Map<String, Entity> byId;
    private final AliasTrie trie = new AliasTrie();
    private final Map<String, Rule> rules;
    private final Map<String, List<String>> englishNames;

    /**
     * An alias that is also a common word: kept only with context, or right after a cue word; a name of several
     * entities that neither decides goes to {@code fallbackId} where one is given.
     */
    record Rule(boolean needsContext, Set<String> cues, String fallbackId) implements Serializable {
    }

    private Gazetteer(String version, Map<String, Entity> byId, Map<String, Rule> rules) {
        this.version = version;
        this.byId = byId;
        this.rules = rules;
        this.englishNames = GazetteerSources.byKey(GazetteerSources.resource("english_names.tsv"));
        for (Entity e : byId.values()) {
            int origin = "icu".equals(e.origin()) ? 0 : 2;
            add(e, e.nameAr(), MentionKind.NAME, origin + 1);
            add(e, e.nameEn(), MentionKind.NAME, origin + 1);
            for (String alias : e.aliases()) {
                add(e, alias, MentionKind.NAME, origin);
            }
            for (String form : NisbaForms.expand(e.nisba())) {
                add(e, form, MentionKind.NISBA, origin);
            }
        }
    }

    private void add(Entity e, String name, MentionKind kind, int rank) {
        trie.add(normalWords(name), new AliasTrie.Target(e, kind, rules.get(key(name)), rank));
    }

    /** The bundled gazetteer. */
    public static Gazetteer bundled() {
        return load(null, null);
    }

    /**
     * The bundled gazetteer plus the user's entities (same columns as entities.tsv); a user row with a bundled id
     * adds its aliases to that entity.
     */
    public static Gazetteer load(InputStream userEntities, String userName) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, List<String>> countryAliases = GazetteerSources.byCountry(GazetteerSources.resource("countries.tsv"));
        Map<String, List<String>> nisba = GazetteerSources.byCountry(GazetteerSources.resource("nisba.tsv"));
        GazetteerSources.countries(countryAliases, nisba).forEach(e -> merge(byId, e));
        GazetteerSources.cities().stream().filter(city -> !namedLikeItsCountry(city, byId))
                .forEach(e -> merge(byId, e));
        GazetteerSources.entities(GazetteerSources.resource("entities.tsv"), "curated").forEach(e -> merge(byId, e));
        String version = bundledVersion() + "+icu" + com.ibm.icu.util.VersionInfo.ICU_VERSION;
        if (userEntities != null) {
            GazetteerSources.entities(userEntities, "user").forEach(e -> merge(byId, e));
            version += "+" + userName;
        }
        return new Gazetteer(version, byId, rules(GazetteerSources.resource("ambiguous.tsv")));
    }

    public String version() {
        return version;
    }

    public List<Entity> entities() {
        return List.copyOf(byId.values());
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /** Other English names of an entity (Wikipedia redirects), beside its canonical one. */
    public List<String> englishNames(String id) {
        return englishNames.getOrDefault(id, List.of());
    }

    AliasTrie trie() {
        return trie;
    }

    /** Normal words of a name, as the tokenizer cuts article text. */
    static List<String> normalWords(String name) {
        return ArabicTokenizer.words(name).stream().map(ArabicTokenizer.Word::normal).toList();
    }

    private static String key(String name) {
        return String.join(" ", normalWords(name));
    }

    /** Time zones named after their country (Asia/Qatar: قطر) would shadow the country. */
    private static boolean namedLikeItsCountry(Entity city, Map<String, Entity> byId) {
        Entity country = byId.get("country:" + city.countryCode().toLowerCase(java.util.Locale.ROOT));
        if (country == null) {
            return false;
        }
        String cityName = key(city.nameAr());
        return key(country.nameAr()).equals(cityName)
                || country.aliases().stream().anyMatch(a -> key(a).equals(cityName));
    }

    /** Same id: the later entry's names win and aliases are united; ICU's country code is kept. */
    private static void merge(Map<String, Entity> byId, Entity e) {
        Entity old = byId.get(e.id());
        if (old == null) {
            byId.put(e.id(), e);
            return;
        }
        Set<String> aliases = new LinkedHashSet<>(old.aliases());
        aliases.add(old.nameAr());
        aliases.addAll(e.aliases());
        aliases.remove(e.nameAr());
        Set<String> nisba = new LinkedHashSet<>(old.nisba());
        nisba.addAll(e.nisba());
        byId.put(e.id(), new Entity(e.id(), e.type(), e.subtype() != null ? e.subtype() : old.subtype(),
                e.wikidataId() != null ? e.wikidataId() : old.wikidataId(), e.nameEn(), e.nameAr(),
                new ArrayList<>(aliases), new ArrayList<>(nisba),
                old.countryCode() != null ? old.countryCode() : e.countryCode(), old.origin()));
    }

    private static Map<String, Rule> rules(InputStream in) {
        Map<String, Rule> rules = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Set<String> cues = new HashSet<>();
                if (cells.length > 2) {
                    Arrays.stream(cells[2].split("\\|")).filter(c -> !c.isBlank()).map(Gazetteer::key)
                            .forEach(cues::add);
                }
                String fallback = cells.length > 3 && !cells[3].isBlank() ? cells[3].trim() : null;
                rules.put(key(cells[0]), new Rule("context".equals(cells[1].trim()), cues, fallback));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static String bundledVersion() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(GazetteerSources.resource("VERSION"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            return reader.readLine().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
