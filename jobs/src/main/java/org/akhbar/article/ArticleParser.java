package org.akhbar.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one crawled page (the page format of {@code docs/inputs.md}) into an {@link Article}.
 *
 * <p>The page is read top to bottom: optional site header and crawl stamp, title, {@code تاريخ النشر:} line,
 * body with {@code المصدر:} and {@code كلمات دلالية:} lines and read-also links, then the appended
 * {@code إقرأ أيضاً:} article and the {@code مقالات مشابهة} list, which are cut off into their own fields.
 *
 * <p>Unmarked related headlines are recognised heuristically (see {@link #isHeadlineLike}): a line without
 * final punctuation, of 4 to 30 words, mostly Arabic, with no link, hashtag or tweet-footer dash, that stands
 * either right after a marked read-also line or between two body paragraphs.
 */
public final class ArticleParser {
    private static final Pattern CRAWL_STAMP =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})@(\\d{2}:\\d{2}:\\d{2})\\s*(?:GMT|UTC|Z)?$");
    private static final Pattern SITE_HEADER = Pattern.compile("^(.{1,60}?)\\s*:$");
    private static final PageLabel DATE_LINE = new PageLabel("تاريخ النشر", "\\s*:\\s*(.*)$");
    private static final PageLabel SOURCE_LINE = new PageLabel("المصدر", "\\s*:\\s*(.*)$");
    private static final PageLabel TAGS_LINE = new PageLabel("كلمات دلاليه", "\\s*:\\s*(.*)$");
    private static final PageLabel APPENDED_MARKER = new PageLabel("اقرا ", "(?:ايضا|المزيد)\\s*:?$");
    private static final PageLabel INLINE_READ_ALSO = new PageLabel("اقرا ", "(?:ايضا|المزيد)\\s*:?\\s*(.+)$");
    private static final Pattern READ_ALSO_LABEL = Pattern.compile(
            "^[اأإآ]قر[أاء][\\u064B-\\u065F]*\\s*(?:[اأإآ]يض[\\u064B-\\u065F]*ا[\\u064B-\\u065F]*|المزيد)\\s*:?\\s*");
    private static final PageLabel SIMILAR_MARKER = new PageLabel("مقالات مشابهه", "\\s*:?$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●\\-*]\\s*(.+)$");
    /** Sentence ends; closing quotes are left out: headlines often end with a quoted name. */
    private static final String TERMINAL_PUNCTUATION = ".!?؟…:؛،,";
    private static final int MAX_SITE_HEADER_WORDS = 5;
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 30;

    /** Parses a whole page. Never throws on malformed text: a page without body is {@code NotAnArticle}. */
    public ParsedPage parse(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        Sections sections = Sections.split(lines);
        Header header = Header.read(sections.main);

        List<String> main = sections.main.subList(header.bodyStart, sections.main.size());
        int dateIndex = indexOfFirst(main, DATE_LINE);
        String title;
        int bodyStart;
        if (dateIndex >= 0) {
            title = titleBefore(main, dateIndex);
            bodyStart = dateIndex + 1;
        } else {
            int first = firstNonBlank(main, 0);
            boolean hasTitle = first >= 0 && isHeadlineLike(main.get(first)) && !isLabelled(main.get(first))
                    && firstNonBlank(main, first + 1) >= 0;
            title = hasTitle ? PageText.trim(main.get(first)) : null;
            bodyStart = hasTitle ? first + 1 : 0;
        }
        String publishedRaw = dateIndex >= 0 ? group(DATE_LINE, main.get(dateIndex)) : null;

        Body body = Body.read(main.subList(bodyStart, main.size()), title);
        if (body.paragraphs.isEmpty()) {
            return new ParsedPage.NotAnArticle(RejectReason.NO_BODY, RejectReason.NO_BODY.description());
        }
        Optional<Instant> published = publishedRaw == null
                ? Optional.empty()
                : PublishDateParser.parse(publishedRaw, header.crawledAt);
        DateSource dateSource = published.isPresent() ? DateSource.PUBLISHED
                : header.crawledAt != null ? DateSource.CRAWL : DateSource.NONE;
        Instant publishedAt = published.orElse(header.crawledAt);

        Article article = new Article(header.site, header.crawledAt, title, publishedAt, emptyToNull(publishedRaw),
                dateSource, body.paragraphs, body.sources, body.tagsRaw, body.related,
                sections.appendedArticle(), sections.similar, null);
        return new ParsedPage.Parsed(article);
    }

    private static String titleBefore(List<String> main, int dateIndex) {
        for (int i = dateIndex - 1; i >= 0; i--) {
            if (!PageText.isBlank(main.get(i))) {
                String candidate = PageText.trim(main.get(i));
                return isLabelled(candidate) ? null : candidate;
            }
        }
        return null;
    }

    /**
     * Headline shape: no final punctuation, 4-30 words, mostly Arabic letters, no link, hashtag or tweet footer.
     */
    static boolean isHeadlineLike(String line) {
        String t = PageText.trim(line);
        if (t.isEmpty() || TERMINAL_PUNCTUATION.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        char first = t.charAt(0);
        if (first == '#' || first == '@' || first == '—' || first == '-' || first == '–' || t.contains("http")) {
            return false;
        }
        int words = PageText.wordCount(t);
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && mostlyArabic(t);
    }

    private static boolean mostlyArabic(String t) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters > 0 && arabic * 2 > letters;
    }

    private static boolean isLabelled(String line) {
        return DATE_LINE.matches(line) || SOURCE_LINE.matches(line) || TAGS_LINE.matches(line)
                || INLINE_READ_ALSO.matches(line);
    }

    private static int indexOfFirst(List<String> lines, PageLabel label) {
        for (int i = 0; i < lines.size(); i++) {
            if (label.matches(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!PageText.isBlank(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The value after a label, taken from the original line so that the kept text is not folded. */
    private static String group(PageLabel label, String line) {
        Matcher m = label.match(line);
        if (m == null) {
            return null;
        }
        String original = PageText.trim(line);
        int colon = original.indexOf(':');
        return colon < 0 ? m.group(1) : PageText.trim(original.substring(colon + 1));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The page split at the appended-article and similar-articles markers. */
    private record Sections(List<String> main, List<String> appended, List<String> similar) {

        static Sections split(List<String> lines) {
            int appendedAt = -1;
            int similarAt = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (appendedAt < 0 && similarAt < 0 && APPENDED_MARKER.matches(line)) {
                    appendedAt = i;
                } else if (similarAt < 0 && SIMILAR_MARKER.matches(line)) {
                    similarAt = i;
                }
            }
            int mainEnd = appendedAt >= 0 ? appendedAt : similarAt >= 0 ? similarAt : lines.size();
            List<String> appended = appendedAt < 0 ? List.of()
                    : lines.subList(appendedAt + 1, similarAt >= 0 ? similarAt : lines.size());
            List<String> similar = new ArrayList<>();
            if (similarAt >= 0) {
                for (String line : lines.subList(similarAt + 1, lines.size())) {
                    String t = PageText.trim(line);
                    Matcher bullet = BULLET.matcher(t);
                    if (bullet.matches()) {
                        similar.add(PageText.trim(bullet.group(1)));
                    } else if (!t.isEmpty()) {
                        similar.add(t);
                    }
                }
            }
            return new Sections(lines.subList(0, mainEnd), appended, similar);
        }

        String appendedArticle() {
            List<String> kept = new ArrayList<>();
            for (String line : appended) {
                if (!PageText.isBlank(line)) {
                    kept.add(PageText.trim(line));
                }
            }
            return kept.isEmpty() ? null : String.join("\n", kept);
        }
    }

    /** Site header and crawl stamp at the top of the page. */
    private record Header(String site, Instant crawledAt, int bodyStart) {

        static Header read(List<String> main) {
            int first = firstNonBlank(main, 0);
            if (first < 0) {
                return new Header(null, null, 0);
            }
            Instant stamp = crawlStamp(main.get(first));
            if (stamp != null) {
                return new Header(null, stamp, first + 1);
            }
            String line = PageText.trim(main.get(first));
            Matcher site = SITE_HEADER.matcher(line);
            if (!site.matches() || PageText.wordCount(site.group(1)) > MAX_SITE_HEADER_WORDS || isLabelled(line)) {
                return new Header(null, null, 0);
            }
            int next = firstNonBlank(main, first + 1);
            Instant crawledAt = next >= 0 ? crawlStamp(main.get(next)) : null;
            return new Header(site.group(1), crawledAt, crawledAt != null ? next + 1 : first + 1);
        }

        private static Instant crawlStamp(String line) {
            Matcher m = CRAWL_STAMP.matcher(PageText.trim(line));
            if (!m.matches()) {
                return null;
            }
            try {
                return LocalDateTime.parse(m.group(1) + "T" + m.group(2)).toInstant(ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The article's own text, with its labelled lines and read-also links taken out. */
    private static final class Body {
        final List<String> paragraphs = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        String tagsRaw;

        static Body read(List<String> lines, String title) {
            Body body = new Body();
            List<String> candidates = new ArrayList<>();
            boolean afterReadAlso = false;
            boolean titleRepeatSkipped = title == null;
            for (String raw : lines) {
                if (PageText.isBlank(raw)) {
                    continue;
                }
                String line = PageText.trim(raw);
                if (!titleRepeatSkipped) {
                    titleRepeatSkipped = true;
                    if (PageText.fold(line).equals(PageText.fold(title))) {
                        continue;
                    }
                }
                if (SOURCE_LINE.matches(line)) {
                    String name = group(SOURCE_LINE, line);
                    if (name != null && !name.isEmpty()) {
                        body.sources.add(name);
                    }
                    afterReadAlso = false;
                } else if (TAGS_LINE.matches(line)) {
                    if (body.tagsRaw == null) {
                        body.tagsRaw = emptyToNull(group(TAGS_LINE, line));
                    }
                    afterReadAlso = false;
                } else if (DATE_LINE.matches(line)) {
                    afterReadAlso = false;
                } else if (INLINE_READ_ALSO.matches(line)) {
                    body.related.add(stripReadAlsoLabel(line));
                    afterReadAlso = true;
                } else if (afterReadAlso && isHeadlineLike(line)) {
                    body.related.add(line);
                } else {
                    afterReadAlso = false;
                    candidates.add(line);
                }
            }
            body.splitUnmarkedHeadlines(candidates);
            return body;
        }

        /** A headline-shaped line between two body paragraphs is a link to another article. */
        private void splitUnmarkedHeadlines(List<String> candidates) {
            for (int i = 0; i < candidates.size(); i++) {
                String line = candidates.get(i);
                boolean between = i > 0 && i < candidates.size() - 1;
                if (between && isHeadlineLike(line)) {
                    related.add(line);
                } else {
                    paragraphs.add(line);
                }
            }
        }

        /** Cuts the read-also label off the original text; the label is often glued to the headline. */
        private static String stripReadAlsoLabel(String line) {
            return PageText.trim(READ_ALSO_LABEL.matcher(line).replaceFirst(""));
        }
    }
}
