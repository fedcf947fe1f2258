package org.akhbar.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.akhbar.entity.Gazetteer;

/**
 * Writes a synthetic dump: {@code settings.articles()} records, each generated on its own from the seed and
 * written before the next is made, with the planted signals of {@link PlantedSignals}, reprints, same-topic
 * stories and bad files, and {@code _planted.json} / {@code _intended.jsonl.gz} saying what is where.
 */
public final class CorpusGenerator {
    /** Originals a reprint can refer to lie at most this far back; their locations are remembered that long. */
    private static final int RECENT = 512;

    private final GeneratorSettings settings;
    private final RandomStreams streams;
    private final PlantedSignals planted;
    private final Roles roles;
    private final TopicDrawer topics;
    private final StoryWriter stories = new StoryWriter();
    private final PageWriter pages;

    public CorpusGenerator(GeneratorSettings settings) {
        this(settings, Gazetteer.bundled());
    }

    CorpusGenerator(GeneratorSettings settings, Gazetteer gazetteer) {
        this.settings = settings;
        this.streams = new RandomStreams(settings.seed());
        this.planted = new PlantedSignals(YearMonth.from(settings.start()), settings.calendarMonths());
        Catalog catalog = new Catalog(gazetteer, planted);
        this.roles = new Roles(streams, settings.badShare());
        this.topics = new TopicDrawer(catalog, planted, gazetteer, settings);
        this.pages = new PageWriter(topics, stories, catalog.outlets);
    }

    /** What was written. */
    public record Summary(long records, long pages, long badFiles, long reprints, long sameTopic, long bytes) {
        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "generated %d records = %d pages (%d reprints, %d same-topic stories) + %d bad files; %.1f MB",
                    records, pages, reprints, sameTopic, badFiles, bytes / 1e6);
        }
    }

    public Summary run() throws IOException {
        Path out = Files.createDirectories(settings.out());
        String[] recent = new String[RECENT];
        long pageCount = 0;
        long badCount = 0;
        long reprintCount = 0;
        long sameTopicCount = 0;
        long bytes = 0;
        try (DumpSink sink = settings.format() == DumpFormat.TAR ? new TarArchiveSink(out) : new FileTreeSink(out);
             PlantedLog log = new PlantedLog(out)) {
            for (long index = 0; index < settings.articles(); index++) {
                Roles.Assignment role = roles.of(index);
                GeneratedPage page = page(index, role);
                String original = role.original() < 0 ? null : recent[(int) (role.original() % RECENT)];
                if (role.role() == Role.BAD) {
                    BadFile kind = BadFile.values()[(int) (badCount++ % BadFile.values().length)];
                    byte[] content = kind.bytes(page.text(), streams.of(RandomStreams.Purpose.BAD_FILE, index));
                    String location = sink.write(index, kind.extension, content, kind == BadFile.TRUNCATED);
                    log.bad(new PlantedLog.Bad(location, kind.reasonCode));
                    bytes += content.length;
                    continue;
                }
                byte[] content = page.text().getBytes(StandardCharsets.UTF_8);
                String location = sink.write(index, ".txt", content, false);
                recent[(int) (index % RECENT)] = location;
                bytes += content.length;
                pageCount++;
                log.page(page.facts().at(location, original));
                if (role.role() == Role.REPRINT) {
                    reprintCount++;
                    log.reprint(new PlantedLog.Reprint(original, location, daysBetween(role.original(), page)));
                } else if (role.role() == Role.SAME_TOPIC) {
                    sameTopicCount++;
                    log.sameTopic(new PlantedLog.SameTopic(original, location, page.facts().entities()));
                }
            }
            log.finish(description(pageCount, badCount, reprintCount, sameTopicCount));
        }
        return new Summary(settings.articles(), pageCount, badCount, reprintCount, sameTopicCount, bytes);
    }

    /** Generates record {@code index} alone: a bad file is made from a page that would have been there. */
    GeneratedPage page(long index, Roles.Assignment role) {
        SplittableRandom pageRandom = streams.of(RandomStreams.Purpose.PAGE, index);
        return switch (role.role()) {
            case ORIGINAL, BAD -> pages.write(index, role.role(), story(index),
                    PageWriter.Layout.draw(pageRandom, null), pageRandom);
            case REPRINT -> {
                Story original = story(role.original());
                SyntheticSite originalSite = PageWriter.Layout.draw(
                        streams.of(RandomStreams.Purpose.PAGE, role.original()), null).site();
                Topic later = original.topic().publishedAt(original.topic().published()
                        .plus(Duration.ofDays(pageRandom.nextInt(4)))
                        .plus(Duration.ofMinutes(pageRandom.nextInt(120))));
                Story reprint = original.withTopic(later).trimmedAt(1 + pageRandom.nextInt(original.paragraphs().size()));
                yield pages.write(index, Role.REPRINT, reprint, PageWriter.Layout.draw(pageRandom, originalSite),
                        pageRandom);
            }
            case SAME_TOPIC -> {
                Story original = story(role.original());
                Topic sameDay = original.topic().publishedAt(original.topic().published()
                        .plus(Duration.ofMinutes(pageRandom.nextInt(180))));
                Story other = stories.write(sameDay, streams.of(RandomStreams.Purpose.STORY, index));
                for (long attempt = 1; other.title().equals(original.title()); attempt++) {
                    other = stories.write(sameDay, streams.of(RandomStreams.Purpose.STORY, index + attempt * 1_000_003L));
                }
                yield pages.write(index, Role.SAME_TOPIC, other, PageWriter.Layout.draw(pageRandom, null), pageRandom);
            }
        };
    }

    private Story story(long index) {
        Topic topic = topics.draw(streams.of(RandomStreams.Purpose.TOPIC, index));
        return stories.write(topic, streams.of(RandomStreams.Purpose.STORY, index));
    }

    private long daysBetween(long originalIndex, GeneratedPage reprint) {
        LocalDate originalDay = story(originalIndex).topic().published().atZone(ZoneOffset.UTC).toLocalDate();
        return LocalDate.parse(reprint.facts().storyDay()).toEpochDay() - originalDay.toEpochDay();
    }

    private Map<String, Object> description(long pageCount, long badCount, long reprints, long sameTopic) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("generator", "akhbar generate");
        d.put("marker", "every page is synthetic: its publisher (last source line, and site header where present) is "
                + "'" + SyntheticSite.NAME_PREFIX + "N' with N from 1 to " + SyntheticSite.ALL.size());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("articles", settings.articles());
        s.put("seed", settings.seed());
        s.put("format", settings.format().name().toLowerCase(java.util.Locale.ROOT));
        s.put("start", settings.start().toString());
        s.put("months", settings.months());
        s.put("badShare", settings.badShare());
        d.put("settings", s);
        d.put("counts", Map.of("records", settings.articles(), "pages", pageCount, "badFiles", badCount,
                "reprints", reprints, "sameTopicDifferentStories", sameTopic).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        d.put("locations", "pages/NNNN/NNNNNNN.txt for loose files; dump-NNNNN.tar.gz!NNNNNNN.txt for archive entries");
        List<Object> pairs = new ArrayList<>();
        for (int p = 0; p < PlantedSignals.PAIRS.size(); p++) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("entities", List.of(PlantedSignals.PAIRS.get(p).first(), PlantedSignals.PAIRS.get(p).second()));
            pair.put("months", planted.pairMonths(p).stream().map(m -> planted.month(m).toString()).toList());
            pair.put("shareOfMonthArticles", PlantedSignals.PAIR_SHARE);
            pairs.add(pair);
        }
        d.put("cooccurringPairs", pairs);
        List<Object> rising = new ArrayList<>();
        for (int t = 0; t < PlantedSignals.RISING_TAGS.size(); t++) {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("tag", PlantedSignals.RISING_TAGS.get(t));
            Map<String, Object> shares = new LinkedHashMap<>();
            for (int m = planted.months() - 4; m < planted.months(); m++) {
                shares.put(planted.month(m).toString(), planted.risingShare(t, m));
            }
            tag.put("shareByMonth", shares);
            tag.put("shareBefore", PlantedSignals.RISING_BASELINE);
            rising.add(tag);
        }
        d.put("risingTags", rising);
        Map<String, Object> newTag = new LinkedHashMap<>();
        newTag.put("tag", PlantedSignals.NEW_TAG);
        newTag.put("month", planted.month(planted.months() - 1).toString());
        newTag.put("share", PlantedSignals.NEW_TAG_SHARE);
        d.put("newTag", newTag);
        return d;
    }
}
