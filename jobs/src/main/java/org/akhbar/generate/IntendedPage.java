package org.akhbar.generate;

import java.util.List;

/**
 * What a generated good page says, written to {@code _articles.jsonl.gz} so that tests and evaluations can compare
 * the parser's reading with it.
 *
 * @param location      where the page is: {@code pages/0000/0000012.txt}, or {@code dump-00001.tar.gz!0000012.txt}
 * @param original      for a reprint or same-topic story, the location of its original; else null
 * @param title         the title as a parser should read it, or null when the page shows none
 * @param storyDay      the day the story was published (also for pages that do not say it)
 * @param publishedDay  the day the date line decodes to, or null when the page has no date line
 * @param dateLine      the text after {@code تاريخ النشر:}, or null
 * @param site          the site header's name, or null when the page has no header
 * @param crawledAt     the crawl stamp as written, or null
 * @param sources       the {@code المصدر:} names in page order
 * @param related       how many related headlines the page links inside its body
 * @param entities      the ids of the entities the story names
 * @param tags          the story's own tags (without a site's trending box)
 */
record IntendedPage(long index, String location, String role, String original, String title, String storyDay,
                    String publishedDay, String dateVariant, String dateLine, String site, String crawledAt,
                    List<String> sources, int related, List<String> entities, List<String> tags) {
}
