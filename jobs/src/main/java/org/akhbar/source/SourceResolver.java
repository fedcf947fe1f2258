package org.akhbar.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.TextNormalizer;
import org.akhbar.entity.Entity;
import org.akhbar.entity.Gazetteer;
import org.akhbar.entity.Mention;

/**
 * An article's sources with their roles, names made canonical through the gazetteer's outlets
 * ({@code RT} = {@code RT Arabic} = {@code روسيا اليوم}; {@code موقع 24} = {@code 24.ae}): the publisher is the
 * site header, else the last {@code المصدر} line; earlier source lines naming another outlet are originals; outlets
 * named in the body (found by the entity matcher, clitics included: {@code لرويترز}) are cited, unless they are
 * the publisher.
 */
public final class SourceResolver implements Serializable {
    private final Map<String, Entity> outletsByName = new HashMap<>();
    private final Set<String> citable = new LinkedHashSet<>();

    public SourceResolver(Gazetteer gazetteer) {
        for (String[] row : outletRows()) {
            Entity outlet = gazetteer.entity(row[0]);
            if (outlet == null) {
                continue;
            }
            outletsByName.put(TextNormalizer.normalize(outlet.nameAr()), outlet);
            outletsByName.put(TextNormalizer.normalize(outlet.nameEn()), outlet);
            outlet.aliases().forEach(a -> outletsByName.put(TextNormalizer.normalize(a), outlet));
            if (row.length > 2) {
                for (String lineAlias : row[2].split("\\|")) {
                    if (!lineAlias.isBlank()) {
                        outletsByName.put(TextNormalizer.normalize(lineAlias), outlet);
                    }
                }
            }
            if ("yes".equals(row[1].trim())) {
                citable.add(outlet.id());
            }
        }
    }

    /**
     * @param site           the site header, or null
     * @param sourceLines    the {@code المصدر} names in page order
     * @param bodyMentions   the entity mentions of the article's title and body
     */
    public List<ArticleSource> resolve(String site, List<String> sourceLines, List<Mention> bodyMentions) {
        List<ArticleSource> out = new ArrayList<>();
        String publisherRaw = site != null ? site : sourceLines.isEmpty() ? null : sourceLines.get(sourceLines.size() - 1);
        Set<String> seen = new LinkedHashSet<>();
        if (publisherRaw != null) {
            ArticleSource publisher = named(ArticleSource.PUBLISHER, publisherRaw, 0);
            out.add(publisher);
            seen.add(key(publisher));
        }
        for (String line : sourceLines) {
            ArticleSource original = named(ArticleSource.ORIGINAL, line, out.size());
            if (seen.add(key(original))) {
                out.add(original);
            }
        }
        for (Mention m : bodyMentions) {
            if (citable.contains(m.entity().id()) && seen.add(m.entity().id())) {
                out.add(new ArticleSource(ArticleSource.CITED, m.entity().id(), m.entity().nameAr(), m.surface(),
                        out.size()));
            }
        }
        return out;
    }

    private ArticleSource named(String role, String raw, int position) {
        Entity outlet = outletsByName.get(TextNormalizer.normalize(raw));
        return outlet == null ? new ArticleSource(role, null, raw.trim(), raw, position)
                : new ArticleSource(role, outlet.id(), outlet.nameAr(), raw, position);
    }

    private static String key(ArticleSource s) {
        return key(s.sourceId(), s.name());
    }

    /** One key per outlet: its id, else its name in normal form, so that spellings of one name meet. */
    public static String key(String sourceId, String name) {
        return sourceId != null ? sourceId : "name:" + TextNormalizer.normalize(name);
    }

    private static List<String[]> outletRows() {
        InputStream in = SourceResolver.class.getResourceAsStream("/sources/outlets.tsv");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
