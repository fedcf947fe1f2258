package org.akhbar.generate;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signals an analysis of the generated dump must find, fixed here so that tests and _planted.json agree:
 * entity pairs that co-occur in a large share of the articles of two months, two tags rising over the last four
 * months and one tag new in the last month.
 */
final class PlantedSignals {
    /** Share of a month's articles that carry an active pair. */
    static final double PAIR_SHARE = 0.4;
    /** Shares of the rising tags over the last four months, oldest first; before that they are rare. */
    static final double[][] RISING_SHARES = {{0.03, 0.07, 0.12, 0.20}, {0.02, 0.05, 0.09, 0.15}};
    static final double RISING_BASELINE = 0.005;
    static final double NEW_TAG_SHARE = 0.15;

    record Pair(String first, String second) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("person:dmitry-peskov", "region:nagorno-karabakh"),
            new Pair("person:elon-musk", "org:openai"),
            new Pair("person:antonio-guterres", "region:gaza-strip"));
    static final List<String> RISING_TAGS = List.of("الذكاء الاصطناعي", "أسعار الذهب");
    static final String NEW_TAG = "كأس العالم";

    private final YearMonth first;
    private final int months;

    PlantedSignals(YearMonth first, int months) {
        this.first = first;
        this.months = months;
    }

    /**
     * Month offsets (from the first month) in which pair {@code p} is planted: two consecutive months, a month apart
     * from the next pair's where the period is long enough, never shared with another pair.
     */
    List<Integer> pairMonths(int p) {
        int m = months >= 10 ? 1 + 3 * p : 2 * p;
        return List.of(m, m + 1);
    }

    /** The pair planted in this month, or -1. */
    int pairIn(int monthOffset) {
        for (int p = 0; p < PAIRS.size(); p++) {
            if (pairMonths(p).contains(monthOffset)) {
                return p;
            }
        }
        return -1;
    }

    /** The intended share of rising tag {@code t} in a month. */
    double risingShare(int t, int monthOffset) {
        int step = monthOffset - (months - 4);
        return step < 0 ? RISING_BASELINE : RISING_SHARES[t][step];
    }

    double newTagShare(int monthOffset) {
        return monthOffset == months - 1 ? NEW_TAG_SHARE : 0;
    }

    YearMonth month(int offset) {
        return first.plusMonths(offset);
    }

    int offset(YearMonth month) {
        return (month.getYear() - first.getYear()) * 12 + month.getMonthValue() - first.getMonthValue();
    }

    int months() {
        return months;
    }

    Set<String> entityIds() {
        Set<String> ids = new LinkedHashSet<>();
        PAIRS.forEach(p -> {
            ids.add(p.first());
            ids.add(p.second());
        });
        return ids;
    }

    List<String> tags() {
        return List.of(RISING_TAGS.get(0), RISING_TAGS.get(1), NEW_TAG);
    }
}
