package org.akhbar.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.DateSource;
import org.akhbar.article.ParsedPage;
import org.akhbar.article.PublishDateParser;
import org.akhbar.dump.DumpReader;
import org.akhbar.dump.IngestOutcome;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.JsonFields;
import org.akhbar.dump.ReadItem;
import org.akhbar.dump.ReadLimits;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    static Path shared;

    /** 400 records, 5% bad so that every kind of bad file appears. */
    static GeneratedDump dump;

    @BeforeAll
    static void generate() {
        dump = GeneratedDump.generate(shared.resolve("dump"), 400, 7, DumpFormat.FILES, 0.05);
    }

    /**
     * Most stories quote a person no gazetteer lists (85% drawn), named in full on the page of the original story
     * (a reprint may have cut that paragraph) with the id the intended log gives, and the gazetteer's matcher finds
     * nothing in that name or its surname anywhere on the page.
     */
    @Test
    void unlistedPeopleAreNamedAndNoGazetteerMentionTouchesThem() throws IOException {
        Map<String, String> nameById = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src", "main", "resources", "generate", "unlisted.tsv"))) {
            String[] columns = line.split("\t");
            if (columns.length == 2 && columns[0].equals("PERSON")) {
                String normal = org.akhbar.arabic.ArabicTokenizer.words(columns[1]).stream()
                        .map(org.akhbar.arabic.ArabicTokenizer.Word::normal).collect(Collectors.joining(" "));
                nameById.put(org.akhbar.entity.LearnedEntityIds.id(org.akhbar.entity.EntityType.PERSON, normal),
                        columns[1]);
            }
        }
        org.akhbar.entity.EntityMatcher matcher = new org.akhbar.entity.EntityMatcher(
                org.akhbar.entity.Gazetteer.bundled());
        List<JsonNode> pages = dump.intended().stream().filter(p -> p.get("role").asText().equals("original"))
                .toList();
        int naming = 0;
        for (JsonNode page : pages) {
            for (JsonNode id : page.get("entities")) {
                String name = nameById.get(id.asText());
                if (name == null) {
                    continue;
                }
                naming++;
                String text = dump.text(page.get("location").asText());
                assertTrue(text.contains(name) || text.contains(Mentions.withoutHamza(name)), name + " in " + page);
                String surname = name.substring(name.lastIndexOf(' ') + 1);
                for (var mention : matcher.find(List.of(text.split("\n")))) {
                    assertTrue(!mention.surface().contains(surname), mention + " in " + page.get("location"));
                }
            }
        }
        assertTrue(naming >= pages.size() * 0.7, naming + " of " + pages.size() + " pages name an unlisted person");
    }

    @Test
    void sameSettingsGiveByteIdenticalOutput(@TempDir Path tmp) throws IOException {
        GeneratedDump first = GeneratedDump.generate(tmp.resolve("a"), 200, 42, DumpFormat.FILES, 0.01);
        GeneratedDump second = GeneratedDump.generate(tmp.resolve("b"), 200, 42, DumpFormat.FILES, 0.01);
        Map<String, byte[]> a = contents(first.dir());
        Map<String, byte[]> b = contents(second.dir());
        assertEquals(new TreeSet<>(a.keySet()), new TreeSet<>(b.keySet()));
        assertTrue(a.size() > 200, "pages plus _planted.json and _intended.jsonl.gz: " + a.size());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));

        GeneratedDump otherSeed = GeneratedDump.generate(tmp.resolve("c"), 200, 43, DumpFormat.FILES, 0.01);
        assertNotEquals(first.text("pages/0000/0000000.txt"), otherSeed.text("pages/0000/0000000.txt"));
    }

    @Test
    void everyGoodPageParsesIntoWhatWasIntended() throws IOException {
        ArticleParser parser = new ArticleParser();
        List<JsonNode> pages = dump.intended();
        assertEquals(dump.summary().pages(), pages.size());
        for (JsonNode intended : pages) {
            String location = intended.get("location").asText();
            ParsedPage parsed = parser.parse(dump.text(location));
            assertTrue(parsed instanceof ParsedPage.Parsed, location + " is not an article: " + parsed);
            Article article = ((ParsedPage.Parsed) parsed).article();
            assertEquals(GeneratedDump.textOrNull(intended, "title"), article.title(), location);
            assertEquals(GeneratedDump.textOrNull(intended, "site"), article.site(), location);
            List<String> sources = new ArrayList<>();
            intended.get("sources").forEach(s -> sources.add(s.asText()));
            assertEquals(sources, article.sources(), location);
            assertEquals(intended.get("related").asInt(), article.relatedHeadlines().size(), location);
            assertTrue(article.sources().get(article.sources().size() - 1).startsWith(SyntheticSite.NAME_PREFIX),
                    "marked synthetic: " + location);

            String publishedDay = GeneratedDump.textOrNull(intended, "publishedDay");
            String crawledAt = GeneratedDump.textOrNull(intended, "crawledAt");
            if (publishedDay != null) {
                assertEquals(DateSource.PUBLISHED, article.dateSource(), location);
                assertEquals(publishedDay, day(article.publishedAt()), location);
                Optional<Instant> direct = PublishDateParser.parse(intended.get("dateLine").asText(),
                        crawledAt == null ? null : Instant.parse(crawledAt));
                assertEquals(publishedDay, day(direct.orElseThrow()), location);
            } else {
                assertEquals(crawledAt == null ? DateSource.NONE : DateSource.CRAWL, article.dateSource(), location);
            }
        }
    }

    @Test
    void everyDateVariantAppears() throws IOException {
        Set<DateVariant> seen = EnumSet.noneOf(DateVariant.class);
        for (JsonNode page : dump.intended()) {
            seen.add(DateVariant.valueOf(page.get("dateVariant").asText()));
        }
        assertEquals(EnumSet.allOf(DateVariant.class), seen);
    }

    @Test
    void pagesAreAsLongAsTheSeeds() throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode page : dump.intended()) {
            sizes.add(dump.text(page.get("location").asText()).getBytes(StandardCharsets.UTF_8).length);
        }
        sizes.sort(null);
        int median = sizes.get(sizes.size() / 2);
        assertTrue(median > 4000 && median < 8000, "median page bytes " + median);
    }

    @Test
    void badFilesAreRejectedForTheReasonPlanted() throws IOException {
        JsonNode bad = dump.planted().get("badFiles");
        assertEquals(dump.summary().badFiles(), bad.size());
        Set<String> reasons = new TreeSet<>();
        for (JsonNode file : bad) {
            String location = file.get("file").asText();
            List<String> outcomes = read(dump.dir().resolve(location), location);
            assertEquals(List.of(file.get("reason").asText()), outcomes, location);
            reasons.add(file.get("reason").asText());
        }
        assertEquals(Set.of("empty", "binary", "truncated", "no_body"), reasons);
    }

    @Test
    void reprintsCopyTheirOriginalOnAnotherSiteWithinThreeDays() throws IOException {
        Map<String, JsonNode> byLocation = dump.intended().stream()
                .collect(Collectors.toMap(p -> p.get("location").asText(), p -> p));
        JsonNode reprints = dump.planted().get("reprints");
        assertTrue(reprints.size() >= 400 * 0.05, "about 10% reprints: " + reprints.size());
        for (JsonNode pair : reprints) {
            JsonNode original = byLocation.get(pair.get("original").asText());
            JsonNode reprint = byLocation.get(pair.get("reprint").asText());
            assertEquals(original.get("entities"), reprint.get("entities"));
            long days = LocalDate.parse(reprint.get("storyDay").asText()).toEpochDay()
                    - LocalDate.parse(original.get("storyDay").asText()).toEpochDay();
            assertTrue(days >= 0 && days <= 3, pair.toString());
            assertEquals(days, pair.get("daysLater").asLong());
            assertNotEquals(last(original.get("sources")), last(reprint.get("sources")), "another site: " + pair);
            String originalBody = dump.text(original.get("location").asText());
            String reprintBody = dump.text(reprint.get("location").asText());
            assertNotEquals(originalBody, reprintBody);
        }
        for (JsonNode pair : dump.planted().get("sameTopicDifferentStories")) {
            JsonNode first = byLocation.get(pair.get("first").asText());
            JsonNode second = byLocation.get(pair.get("second").asText());
            assertEquals(first.get("entities"), second.get("entities"));
            assertEquals(first.get("storyDay"), second.get("storyDay"));
        }
    }

    @Test
    void plantedSignalsAreInTheData(@TempDir Path tmp) throws IOException {
        GeneratedDump big = GeneratedDump.generate(tmp.resolve("big"), 1300, 3, DumpFormat.FILES, 0.0);
        List<JsonNode> pages = big.intended();
        Map<String, List<JsonNode>> byMonth = pages.stream()
                .collect(Collectors.groupingBy(p -> p.get("storyDay").asText().substring(0, 7)));
        for (JsonNode pair : big.planted().get("cooccurringPairs")) {
            String a = pair.get("entities").get(0).asText();
            String b = pair.get("entities").get(1).asText();
            Set<String> months = new TreeSet<>();
            pair.get("months").forEach(m -> months.add(m.asText()));
            byMonth.forEach((month, inMonth) -> {
                double share = inMonth.stream().filter(p -> has(p.get("entities"), a) && has(p.get("entities"), b))
                        .count() / (double) inMonth.size();
                assertTrue(months.contains(month) ? share > 0.25 : share == 0, a + "+" + b + " " + month + " " + share);
            });
        }
        for (JsonNode rising : big.planted().get("risingTags")) {
            String tag = rising.get("tag").asText();
            List<String> months = new ArrayList<>();
            rising.get("shareByMonth").fieldNames().forEachRemaining(months::add);
            double first = tagShare(byMonth.get(months.get(0)), tag);
            double last = tagShare(byMonth.get(months.get(3)), tag);
            assertTrue(last > first + 0.05, tag + ": " + first + " -> " + last);
        }
        JsonNode newTag = big.planted().get("newTag");
        byMonth.forEach((month, inMonth) -> {
            double share = tagShare(inMonth, newTag.get("tag").asText());
            assertTrue(month.equals(newTag.get("month").asText()) ? share > 0.05 : share == 0, month + " " + share);
        });
    }

    @Test
    void tarFormatStreamsPagesIntoArchives(@TempDir Path tmp) throws IOException {
        GeneratedDump tar = GeneratedDump.generate(tmp.resolve("tar"), 300, 5, DumpFormat.TAR, 0.05);
        Path archive = tar.dir().resolve("dump-00001.tar.gz");
        int entries = 0;
        try (TarArchiveInputStream in = new TarArchiveInputStream(
                new GzipCompressorInputStream(Files.newInputStream(archive)))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        long loose;
        try (Stream<Path> files = Files.walk(tar.dir().resolve("loose"))) {
            loose = files.filter(Files::isRegularFile).count();
        }
        assertEquals(300, entries + loose);
        assertTrue(loose > 0, "truncated gzips are loose files");
        List<String> outcomes = read(archive, "dump-00001.tar.gz");
        assertEquals(tar.summary().pages(), outcomes.stream().filter("article"::equals).count());
        assertEquals(tar.intended().get(0).get("location").asText(), "dump-00001.tar.gz!0000000.txt");
    }

    private static List<String> read(Path file, String relative) throws IOException {
        InputFile input = new InputFile(file.toUri().toString(), relative, relative, Files.size(file), 0);
        List<String> outcomes = new ArrayList<>();
        try (DumpReader.ItemIterator it = new DumpReader(new Configuration(), ReadLimits.defaults(),
                JsonFields.defaults()).read(input)) {
            while (it.hasNext()) {
                ReadItem item = it.next();
                if (item instanceof IngestOutcome.Rejected r) {
                    outcomes.add(r.reason().code());
                } else if (item instanceof IngestOutcome.Accepted) {
                    outcomes.add("article");
                }
            }
        }
        return outcomes;
    }

    private static double tagShare(List<JsonNode> pages, String tag) {
        return pages.stream().filter(p -> has(p.get("tags"), tag)).count() / (double) pages.size();
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String last(JsonNode array) {
        return array.get(array.size() - 1).asText();
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
