package org.akhbar.enrich;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which months of {@code articles} an enrich run looks into. Each month's articles are fingerprinted (their count and
 * the XOR of a hash of every column enrich reads); a month whose fingerprint is what the last enrich stored kept
 * its enriched rows, so only new, changed and emptied months are rewritten (and of them only the new or changed
 * articles enriched, {@link EnrichedArticles}), unless what enriches them changed (the gazetteer, the tag
 * vocabulary, the learned tagger, the program) or {@code --full} asks for all.
 */
record EnrichScope(boolean full, String reason, Set<String> months, Set<String> emptied) {
    /** A month's articles: how many, and the XOR of their hashes. */
    record MonthPrint(long articles, long fingerprint) {
    }

    /**
     * @param now      the fingerprints of the articles to enrich, by month
     * @param before   the fingerprints the last enrich stored, or null when none did
     * @param enricher what enriches now (versions), and {@code enrichedBy} what enriched before
     */
    static EnrichScope of(Map<String, MonthPrint> now, Map<String, MonthPrint> before, String enricher,
                          String enrichedBy, boolean forced) {
        if (forced) {
            return all(now, "--full");
        }
        if (before == null) {
            return all(now, "no earlier enrich");
        }
        if (!Objects.equals(enricher, enrichedBy)) {
            return all(now, "enriched before by " + enrichedBy + ", now by " + enricher);
        }
        Set<String> months = new TreeSet<>();
        now.forEach((month, print) -> {
            if (!print.equals(before.get(month))) {
                months.add(month);
            }
        });
        Set<String> emptied = new TreeSet<>(before.keySet());
        emptied.removeAll(now.keySet());
        return new EnrichScope(false, months.size() + " of " + now.size() + " months new or changed", months,
                emptied);
    }

    private static EnrichScope all(Map<String, MonthPrint> now, String reason) {
        return new EnrichScope(true, reason, new TreeSet<>(now.keySet()), Set.of());
    }

    /** This scope with {@code more} months enriched again, and why. */
    EnrichScope with(Set<String> more, String why) {
        Set<String> all = new TreeSet<>(months);
        all.addAll(more);
        return new EnrichScope(full, reason + ", " + more.size() + " more for " + why, all, emptied);
    }

    /** Every month this run rewrites: those it enriches and those left without articles. */
    Set<String> rewritten() {
        Set<String> all = new TreeSet<>(months);
        all.addAll(emptied);
        return all;
    }
}
