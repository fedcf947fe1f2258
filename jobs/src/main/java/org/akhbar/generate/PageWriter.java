package org.akhbar.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.akhbar.entity.Entity;

/**
 * Lays a story out as a crawled page in the dump format: optional site header and crawl stamp, title, date line,
 * body with related-headline links and quoted tweets, source and tag lines, then an appended other article and a
 * similar-articles list, with the blank-line habits of the page's site.
 */
final class PageWriter {
    private static final DateTimeFormatter CRAWL_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'@'HH:mm:ss 'GMT'");
    private static final DateTimeFormatter TWEET_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String LINK_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final TopicDrawer topics;
    private final StoryWriter stories;
    private final ZipfSampler<Entity> outlets;

    PageWriter(TopicDrawer topics, StoryWriter stories, ZipfSampler<Entity> outlets) {
        this.topics = topics;
        this.stories = stories;
        this.outlets = outlets;
    }

    /** How the page is presented, drawn from the page's own stream. */
    record Layout(SyntheticSite site, boolean siteHeader, boolean crawlStamp, DateVariant dateVariant) {

        static Layout draw(SplittableRandom random, SyntheticSite avoid) {
            SyntheticSite site;
            do {
                site = SyntheticSite.ALL.get(random.nextInt(SyntheticSite.ALL.size()));
            } while (site.equals(avoid));
            DateVariant variant = DateVariant.draw(random);
            boolean header = random.nextDouble() < site.headerShare();
            boolean stamp = variant.needsCrawlStamp || (header ? random.nextDouble() < 0.8 : random.nextDouble() < 0.15);
            return new Layout(site, header, stamp, variant);
        }
    }

    GeneratedPage write(long index, Role role, Story story, Layout layout, SplittableRandom random) {
        Page page = new Page(layout.site().blankLineParagraphs());
        Instant published = story.topic().published();
        Instant crawled = layout.crawlStamp() ? DateLines.crawlStamp(layout.dateVariant(), published, random) : null;

        if (layout.siteHeader()) {
            page.line(layout.site().name() + ":");
        }
        if (crawled != null) {
            page.line(CRAWL_STAMP.format(LocalDateTime.ofInstant(crawled, ZoneOffset.UTC)));
        }
        boolean dated = layout.dateVariant() != DateVariant.NONE;
        boolean titled = dated || random.nextBoolean();
        String dateLine = null;
        if (titled) {
            page.line(story.title());
        }
        if (dated) {
            dateLine = DateLines.text(layout.dateVariant(), published, crawled, random);
            page.line(DateLines.LABEL + dateLine);
            if (random.nextDouble() < 0.15) {
                page.line(story.title());
            }
        }
        int related = body(page, story, random);
        tweets(page, story.topic(), layout.site(), random);

        List<String> sources = new ArrayList<>();
        if (random.nextDouble() < 0.2) {
            sources.add(outlets.sample(random).nameAr());
        }
        sources.add(layout.site().name());
        for (String source : sources) {
            page.line("المصدر: " + source);
        }
        page.line("كلمات دلالية: " + String.join(" ", tagLine(story.topic(), layout.site())));
        if (random.nextDouble() < 0.75) {
            appendedArticle(page, random);
        }
        if (random.nextDouble() < 0.75) {
            similarArticles(page, random);
        }

        LocalDate storyDay = LocalDate.ofInstant(published, ZoneOffset.UTC);
        GeneratedPage.PageFacts facts = new GeneratedPage.PageFacts(index, role, titled ? story.title() : null,
                storyDay.toString(), dated ? storyDay.toString() : null, layout.dateVariant().name(), dateLine,
                layout.siteHeader() ? layout.site().name() : null,
                crawled == null ? null : crawled.toString(), sources, related,
                story.topic().entities().stream().map(Entity::id).toList(), story.topic().tags());
        return new GeneratedPage(page.text(random.nextBoolean()), facts);
    }

    /** The paragraphs, with at most one block of related headlines between two of them; returns their count. */
    private int body(Page page, Story story, SplittableRandom random) {
        List<String> paragraphs = story.paragraphs();
        int linksAfter = random.nextDouble() < 0.4 ? 1 + random.nextInt(paragraphs.size() - 2) : -1;
        int related = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            page.line(paragraphs.get(i));
            if (i == linksAfter) {
                related = relatedHeadlines(page, random);
            } else if (i > 0 && i < paragraphs.size() - 1 && random.nextDouble() < 0.05) {
                page.noBreakSpaceLine();
            }
        }
        return related;
    }

    /** The three kinds of link the seeds show: glued {@code اقرأ أيضاً}, {@code إقرأ المزيد}, or unmarked. */
    private int relatedHeadlines(Page page, SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                int extra = random.nextInt(3);
                page.line("اقرأ أيضاً" + otherHeadline(random));
                for (int i = 0; i < extra; i++) {
                    page.line(otherHeadline(random));
                }
                return 1 + extra;
            }
            case 1 -> {
                page.line("إقرأ المزيد " + otherHeadline(random));
                return 1;
            }
            default -> {
                page.line(otherHeadline(random));
                return 1;
            }
        }
    }

    private void tweets(Page page, Topic topic, SyntheticSite site, SplittableRandom random) {
        if (random.nextDouble() >= 0.25) {
            return;
        }
        String footerDate = TWEET_DATE.format(LocalDate.ofInstant(topic.published(), ZoneOffset.UTC));
        TemplateFiller filler = new TemplateFiller(topic, new Mentions(random), random);
        page.line(filler.fill(StoryWriter.pick(Templates.ENGLISH_TWEETS, random)));
        page.line("— " + topic.people().get(0).nameEn() + " (@" + handle(topic.people().get(0)) + ") " + footerDate);
        if (random.nextBoolean()) {
            page.line("#" + hashtag(topic.countries().get(0)) + " تبحث مع #" + hashtag(topic.countries().get(1))
                    + " تطورات الأوضاع في المنطقة https://t.co/" + link(random));
            page.line("— " + site.name() + " (@" + site.twitterHandle() + ") " + footerDate);
        }
    }

    private static List<String> tagLine(Topic topic, SyntheticSite site) {
        List<String> tags = new ArrayList<>(site.trendingBox());
        tags.add(topic.people().get(0).nameAr());
        tags.add(topic.countries().get(0).nameAr());
        tags.add(topic.place().nameAr());
        tags.addAll(topic.tags());
        return tags;
    }

    private void appendedArticle(Page page, SplittableRandom random) {
        Story other = stories.write(topics.draw(random), random);
        page.line("إقرأ أيضاً:");
        page.line(other.title());
        int paragraphs = Math.min(other.paragraphs().size(), 3 + random.nextInt(2));
        for (int i = 0; i < paragraphs; i++) {
            page.line(other.paragraphs().get(i));
        }
        if (random.nextBoolean()) {
            page.line("المصدر: " + outlets.sample(random).nameAr());
        }
    }

    private void similarArticles(Page page, SplittableRandom random) {
        page.line("مقالات مشابهة");
        int count = 5 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            page.bullet("  • " + otherHeadline(random));
        }
    }

    private String otherHeadline(SplittableRandom random) {
        return stories.headline(topics.draw(random), random);
    }

    private static String handle(Entity person) {
        return person.nameEn().replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static String hashtag(Entity e) {
        return e.nameAr().replace(' ', '_');
    }

    private static String link(SplittableRandom random) {
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            s.append(LINK_CHARACTERS.charAt(random.nextInt(LINK_CHARACTERS.length())));
        }
        return s.toString();
    }

    /** Lines joined the way the site joins them: a blank line or a single newline between blocks. */
    private static final class Page {
        private final StringBuilder text = new StringBuilder(8192);
        private final boolean blankLines;
        private boolean inBullets;

        Page(boolean blankLines) {
            this.blankLines = blankLines;
        }

        void line(String line) {
            separate();
            text.append(line);
            inBullets = false;
        }

        void bullet(String line) {
            if (text.length() > 0) {
                text.append(inBullets || !blankLines ? "\n" : "\n\n");
            }
            text.append(line);
            inBullets = true;
        }

        void noBreakSpaceLine() {
            separate();
            text.append('\u00A0');
        }

        private void separate() {
            if (text.length() > 0) {
                text.append(blankLines ? "\n\n" : "\n");
            }
        }

        /** Seeds end without a final newline; some pages do end with one. */
        String text(boolean finalNewline) {
            return finalNewline ? text + "\n" : text.toString();
        }
    }
}
