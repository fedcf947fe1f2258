package org.akhbar.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Every number a report shows, read from the warehouse for one period; lists are already in report order.
 * {@code articlesDedup} counts count one vote per duplicate cluster.
 */
public record ReportData(
        ReportPeriod period,
        long articles,
        long articlesDedup,
        LocalDate firstDatedDay,
        LocalDate lastDatedDay,
        ReportPeriod.Timeline timeline,
        List<VolumePoint> volume,
        List<SourceRow> sources,
        List<TagTrend> risingTags,
        List<TagTrend> fallingTags,
        List<EntityRow> entities,
        ReportPeriod cooccurrencePeriod,
        List<PairRow> pairs,
        List<PairRow> networkEdges,
        List<OutletFlowRow> outletFlows,
        Quality quality) {

    public boolean isEmpty() {
        return articles == 0;
    }

    public record VolumePoint(LocalDate start, long articles, long articlesDedup) {
    }

    public record SourceRow(String name, long articles, long articlesDedup, double share, double shareDedup) {
    }

    public record TagTrend(String tag, long articles, int rank, double trendScore, boolean isNew) {
    }

    public record EntityRow(String entityId, String nameAr, String nameEn, String type, long articles,
            long articlesDedup) {
    }

    /** An entity_cooccurrence row (article window) with both names; the dedup values are null below support. */
    public record PairRow(String entityA, String nameA, String entityB, String nameB, long pairCount, long countA,
            long countB, long windows, double npmi, double g2, Long pairCountDedup, Double npmiDedup) {
    }

    /** An outlet_flows row: stories first on one outlet that another took, delays in minutes, share credited. */
    public record OutletFlowRow(String firstOutlet, String firstName, String outlet, String name, long stories,
            long medianDelay, long p90Delay, double creditedShare) {
    }

    public record RejectCount(String reason, long records) {
    }

    public record DuplicateCluster(String clusterId, String title, long articles) {
    }

    /**
     * Rejects and undated articles have no period (a reject has no date; an undated article belongs to none), so
     * they are counted over the whole warehouse; the rest is the period's.
     */
    public record Quality(List<RejectCount> rejects, long warehouseArticles, long warehouseUndated,
            long periodDatedByCrawl, long periodArticlesInClusters, long periodClusters, long periodExactCopies,
            long periodNearCopies, List<DuplicateCluster> largestClusters) {
    }
}
