package org.akhbar.generate;

import java.util.List;

/**
 * The sites that publish generated pages. Their names mark every generated page as synthetic: the site header
 * {@code موقع تجريبي N:} ("test site N") where a page has a header, and always the last source line
 * {@code المصدر: موقع تجريبي N}, which makes it the publisher either way.
 *
 * @param headerShare        share of its pages that start with the site header
 * @param blankLineParagraphs paragraphs separated by a blank line (else by one newline, as seeds 001 and 003)
 * @param trendingBox        tags of the site's trending box, put before every page's own tags (as seed 000)
 */
record SyntheticSite(int number, double headerShare, boolean blankLineParagraphs, List<String> trendingBox) {
    static final String NAME_PREFIX = "موقع تجريبي ";

    static final List<SyntheticSite> ALL = List.of(
            new SyntheticSite(1, 0.9, true, List.of()),
            new SyntheticSite(2, 0.8, true, List.of("التغير المناخي", "محاكمة ترامب", "أحداث السودان",
                    "الحرب الأوكرانية", "عام الاستدامة")),
            new SyntheticSite(3, 0.5, false, List.of()),
            new SyntheticSite(4, 0.1, false, List.of()),
            new SyntheticSite(5, 0.1, true, List.of()),
            new SyntheticSite(6, 0.0, false, List.of()));

    String name() {
        return NAME_PREFIX + number;
    }

    String twitterHandle() {
        return "test_site_" + number;
    }
}
