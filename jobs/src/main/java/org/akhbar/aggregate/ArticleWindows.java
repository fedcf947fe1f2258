package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one article adds to the day counts of co-occurrence, in plain Java: its windows (the article, and each
 * paragraph holding one of its {@code maxEntitiesPerWindow} most salient entities: most mentions, then earliest,
 * then by id), the salient entities of each window and their pairs, counted on its day, over every article and
 * (when it represents its duplicate cluster) over one article per cluster.
 *
 * <p>Pairs are counted only between entities that {@code pairable} accepts for the window kind: those that may
 * reach the minimum support in some period, which keeps the many rare names from multiplying pairs.
 */
final class ArticleWindows {
    static final String ARTICLE_WINDOW = "article";
    static final String PARAGRAPH_WINDOW = "paragraph";
    /** Entity numbers follow the order of entity ids ({@link EntityNumbers}). */
    private static final Comparator<EntityMention> SALIENCE = Comparator
            .comparingInt(EntityMention::mentions).reversed()
            .thenComparingInt(EntityMention::firstPosition)
            .thenComparingInt(EntityMention::entity);

    /** @param entity the entity's number ({@link EntityNumbers}) */
    record EntityMention(int entity, int mentions, int firstPosition, List<Integer> paragraphs) {
    }

    /** Whether pairs with an entity (by number) are counted in windows of a kind. */
    interface Pairable extends java.io.Serializable {
        boolean test(String windowKind, int entity);
    }

    private final int maxEntitiesPerWindow;
    private final Pairable pairable;

    ArticleWindows(int maxEntitiesPerWindow, Pairable pairable) {
        this.maxEntitiesPerWindow = maxEntitiesPerWindow;
        this.pairable = pairable;
    }

    /**
     * @param day            epoch day, or {@link DayCounts#UNDATED}
     * @param representative whether the article represents its duplicate cluster (or has no duplicate)
     * @param entities       the article's rows of article_entities
     */
    void add(int day, boolean representative, List<EntityMention> entities, DayCounts counts) {
        int dedup = representative ? 1 : 0;
        List<EntityMention> salient = salient(entities);
        if (salient.isEmpty()) {
            return;
        }
        TreeMap<Integer, List<Integer>> paragraphs = new TreeMap<>();
        List<Integer> all = new ArrayList<>(salient.size());
        for (EntityMention entity : salient) {
            all.add(entity.entity());
            for (Integer paragraph : entity.paragraphs() == null ? List.<Integer>of() : entity.paragraphs()) {
                if (paragraph != null) {
                    paragraphs.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(entity.entity());
                }
            }
        }
        addWindow(ARTICLE_WINDOW, day, all, dedup, counts);
        for (List<Integer> paragraph : paragraphs.values()) {
            addWindow(PARAGRAPH_WINDOW, day, paragraph, dedup, counts);
        }
    }

    /** The most salient entities, each once. */
    private List<EntityMention> salient(List<EntityMention> entities) {
        List<EntityMention> sorted = new ArrayList<>(entities);
        sorted.sort(SALIENCE);
        Set<Integer> seen = new LinkedHashSet<>();
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention entity : sorted) {
            if (out.size() < maxEntitiesPerWindow && seen.add(entity.entity())) {
                out.add(entity);
            }
        }
        return out;
    }

    private void addWindow(String kind, int day, List<Integer> entities, int dedup, DayCounts counts) {
        counts.add(new DayCounts.Key(DayCounts.WINDOWS, day, kind, EntityNumbers.NONE, EntityNumbers.NONE, null,
                null, null, null), 1, dedup);
        List<Integer> paired = new ArrayList<>();
        for (int entity : new LinkedHashSet<>(entities)) {
            counts.add(new DayCounts.Key(DayCounts.ENTITY, day, kind, entity, EntityNumbers.NONE, null, null, null,
                    null), 1, dedup);
            if (pairable.test(kind, entity)) {
                paired.add(entity);
            }
        }
        paired.sort(null);
        for (int i = 0; i < paired.size(); i++) {
            for (int j = i + 1; j < paired.size(); j++) {
                counts.add(new DayCounts.Key(DayCounts.PAIR, day, kind, paired.get(i), paired.get(j), null, null,
                        null, null),
                        1, dedup);
            }
        }
    }
}
