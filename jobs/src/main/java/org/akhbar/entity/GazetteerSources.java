package org.akhbar.entity;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gazetteer's parts: every country (ISO code, Arabic and English names) and the time-zone exemplar
 * cities from ICU's CLDR data, and the curated tab-separated files shipped in {@code gazetteer/} or given by
 * the user (the columns of {@code entities.tsv}).
 */
final class GazetteerSources {
    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");

    private GazetteerSources() {
    }

    /** Every ISO 3166-1 country ICU names in Arabic, with the curated aliases and nisba forms. */
    static List<Entity> countries(Map<String, List<String>> aliases, Map<String, List<String>> nisba) {
        List<Entity> out = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String ar = region.getDisplayCountry(ARABIC);
            String en = region.getDisplayCountry(ULocale.ENGLISH);
            if (ar.equals(code) || ar.isBlank()) {
                continue;
            }
            out.add(new Entity("country:" + code.toLowerCase(Locale.ROOT), EntityType.LOC, "country", null, en, ar,
                    aliases.getOrDefault(code, List.of()), nisba.getOrDefault(code, List.of()), code, "icu"));
        }
        return out;
    }

    /** Cities that name a time zone (موسكو، باكو، يريفان ...), from ICU's Arabic exemplar city names. */
    static List<Entity> cities() {
        TimeZoneNames arabic = TimeZoneNames.getInstance(ARABIC);
        TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String ar = arabic.getExemplarLocationName(zone);
            String en = english.getExemplarLocationName(zone);
            String region = TimeZone.getRegion(zone);
            if (ar == null || en == null || ar.isBlank() || region == null || region.equals("001")) {
                continue;
            }
            String id = "city:" + slug(en);
            byId.putIfAbsent(id, new Entity(id, EntityType.LOC, "city", null, en, ar, List.of(), List.of(), region,
                    "icu"));
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * Rows of an entities file: entity_id, type, subtype, wikidata_id, name_en, name_ar, aliases_ar and an optional
     * country_iso2 (the country a city or region is in, used to resolve ambiguous names).
     */
    static List<Entity> entities(InputStream in, String origin) {
        List<Entity> out = new ArrayList<>();
        for (String[] row : rows(in, 6)) {
            EntityType type = EntityType.valueOf(row[1].trim().toUpperCase(Locale.ROOT));
            String subtype = emptyToNull(row[2]);
            out.add(new Entity(row[0].trim(), type, subtype == null ? null : subtype.toLowerCase(Locale.ROOT),
                    emptyToNull(row[3]), row[4].trim(), row[5].trim(), split(row.length > 6 ? row[6] : ""), List.of(),
                    row.length > 7 ? emptyToNull(row[7]) : null, origin));
        }
        return out;
    }

    /** Rows of a two-column file keyed by ISO code: countries.tsv (aliases) and nisba.tsv (forms). */
    static Map<String, List<String>> byCountry(InputStream in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byKey(in).forEach((key, values) -> out.put(key.toUpperCase(Locale.ROOT), values));
        return out;
    }

    /** Rows of a two-column file: a key, then values separated by '|'. */
    static Map<String, List<String>> byKey(InputStream in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] row : rows(in, 1)) {
            out.put(row[0].trim(), split(row.length > 1 ? row[1] : ""));
        }
        return out;
    }

    static InputStream resource(String name) {
        InputStream in = GazetteerSources.class.getResourceAsStream("/gazetteer/" + name);
        if (in == null) {
            throw new IllegalStateException("the jar lacks gazetteer/" + name);
        }
        return in;
    }

    /** Lines after the header, split on tabs; blank lines and lines starting with # are skipped. */
    private static List<String[]> rows(InputStream in, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return rows;
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < minColumns) {
                    throw new IllegalArgumentException("gazetteer line " + lineNumber + " has " + cells.length
                            + " columns, expected at least " + minColumns + ": " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String slug(String english) {
        String ascii = java.text.Normalizer.normalize(english, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
