package org.akhbar.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.entity.Entity;
import org.akhbar.entity.Gazetteer;
import org.akhbar.entity.Mention;
import org.akhbar.entity.MentionKind;
import org.akhbar.source.SourceResolver;
import org.akhbar.tag.TagSplitter;

/**
 * Entities, tags and sources of one article, from its own title and body only (never the appended article or
 * the similar-articles list, which the parser keeps apart). Plain Java: the Spark job calls it per article.
 */
public final class ArticleEnricher {
    private final EntityLayer entities;
    private final TagSplitter tags;
    private final SourceResolver sources;

    /** @param learnedEntities whether the learned tagger's entities join the gazetteer's */
    public ArticleEnricher(Gazetteer gazetteer, TagSplitter tags, boolean learnedEntities) {
        this.entities = new EntityLayer(gazetteer, learnedEntities);
        this.tags = tags;
        this.sources = new SourceResolver(gazetteer);
    }

    /** The tag splitter's units: the given vocabulary plus every gazetteer name. */
    public static Set<String> units(Gazetteer gazetteer, Iterable<String> vocabulary) {
        List<String> names = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            names.add(e.nameAr());
            names.addAll(e.aliases());
        }
        Set<String> units = new LinkedHashSet<>(TagSplitter.units(names));
        units.addAll(TagSplitter.units(vocabulary));
        return units;
    }

    public Enrichment enrich(String title, List<String> paragraphs, String site, List<String> sourceLines,
                             String tagsRaw) {
        List<String> segments = new ArrayList<>();
        segments.add(title);
        segments.addAll(paragraphs);
        SegmentedText text = SegmentedText.of(segments);
        EntityLayer.Found found = entities.find(text);
        return new Enrichment(aggregate(found.all(), title != null),
                tagsRaw == null ? List.of() : tags.split(tagsRaw, text),
                sources.resolve(site, sourceLines, found.gazetteer()));
    }

    private static List<ArticleEntity> aggregate(List<Mention> mentions, boolean hasTitle) {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byEntity.computeIfAbsent(m.entity().id(), k -> new ArrayList<>()).add(m);
        }
        List<ArticleEntity> out = new ArrayList<>();
        for (List<Mention> group : byEntity.values()) {
            Entity e = group.get(0).entity();
            Set<String> surfaces = new LinkedHashSet<>();
            TreeSet<Integer> segments = new TreeSet<>();
            MentionKind kind = MentionKind.LEARNED;
            int first = Integer.MAX_VALUE;
            for (Mention m : group) {
                surfaces.add(m.surface());
                segments.add(m.segment());
                kind = m.kind().ordinal() < kind.ordinal() ? m.kind() : kind;
                first = Math.min(first, m.position());
            }
            out.add(new ArticleEntity(e.id(), e.type().name(), e.subtype(), group.size(), List.copyOf(surfaces),
                    kind.columnValue(), hasTitle && segments.contains(0), List.copyOf(segments), first));
        }
        return out;
    }
}
