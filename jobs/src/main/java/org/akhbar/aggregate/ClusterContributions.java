package org.akhbar.aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one duplicate cluster adds to the day counts of articles, tags and sources, in plain Java. Every member
 * counts on its own day: one article, its tags, its sources (each source once per role). Deduplicated, the cluster
 * counts once, on its representative's day (the member whose id names the cluster), with the union of the tags
 * and sources of all its members: one vote per cluster, and the days of a week add up to the week.
 */
final class ClusterContributions {
    private ClusterContributions() {
    }

    record SourceMention(String role, String sourceId, String sourceName) {
    }

    /** One article's inputs; day is an epoch day or {@link DayCounts#UNDATED}. */
    record ArticleInput(String articleId, int day, Set<String> tags, List<SourceMention> sources) {
    }

    /** @param members the cluster's articles (a single article when it has no duplicate), each once */
    static void add(String clusterId, List<ArticleInput> members, DayCounts counts) {
        ArticleInput representative = members.stream().filter(m -> m.articleId().equals(clusterId)).findFirst()
                .orElse(members.get(0));
        Set<String> clusterTags = new LinkedHashSet<>();
        Set<SourceMention> clusterSources = new LinkedHashSet<>();
        for (ArticleInput article : members) {
            int dedup = article == representative ? 1 : 0;
            int day = article.day();
            counts.add(DayCounts.Key.of(DayCounts.ARTICLES, day), 1, dedup);
            for (String tag : article.tags()) {
                counts.add(DayCounts.Key.tag(day, tag), 1, 0);
            }
            Set<List<String>> sourceKeys = new LinkedHashSet<>();
            for (SourceMention source : article.sources()) {
                if (sourceKeys.add(List.of(source.role(), key(source)))) {
                    counts.addSource(day, source.role(), source.sourceId(), source.sourceName(), 1, 0);
                }
            }
            clusterTags.addAll(article.tags());
            clusterSources.addAll(article.sources());
        }
        int day = representative.day();
        for (String tag : clusterTags) {
            counts.add(DayCounts.Key.tag(day, tag), 0, 1);
        }
        Set<List<String>> sourceKeys = new LinkedHashSet<>();
        for (SourceMention source : clusterSources) {
            if (sourceKeys.add(List.of(source.role(), key(source)))) {
                counts.addSource(day, source.role(), source.sourceId(), source.sourceName(), 0, 1);
            }
        }
    }

    private static String key(SourceMention source) {
        return source.sourceId() != null ? source.sourceId() : source.sourceName();
    }
}
