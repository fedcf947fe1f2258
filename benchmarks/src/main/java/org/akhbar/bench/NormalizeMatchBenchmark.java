package org.akhbar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.ParsedPage;
import org.akhbar.enrich.EntityLayer;
import org.akhbar.entity.EntityMatcher;
import org.akhbar.entity.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalise + match on the five seeds' titles and bodies (about 11 KB of UTF-8 Arabic per pass), and the whole
 * entity layer as enrich runs it (normalise, the learned tagger's reading, match, learned mentions): one operation
 * is one pass over all five, single-threaded. MB/s per core = ops/s × {@link #corpusBytes} / 1e6, printed by
 * {@code benchmarks/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeMatchBenchmark {
    @Param("data/sample/seeds")
    public String seeds;

    private final List<List<String>> articles = new ArrayList<>();
    private EntityMatcher matcher;
    private EntityLayer layer;
    /** UTF-8 bytes of title and body text matched per operation. */
    public static long corpusBytes;

    @Setup
    public void load() throws IOException {
        ArticleParser parser = new ArticleParser();
        long bytes = 0;
        try (var files = Files.list(Path.of(seeds))) {
            for (Path file : files.sorted().toList()) {
                Article a = ((ParsedPage.Parsed) parser.parse(Files.readString(file))).article();
                List<String> segments = new ArrayList<>();
                segments.add(a.title());
                segments.addAll(a.paragraphs());
                articles.add(segments);
                for (String s : segments) {
                    bytes += s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        corpusBytes = bytes;
        Gazetteer gazetteer = Gazetteer.bundled();
        matcher = new EntityMatcher(gazetteer);
        layer = new EntityLayer(gazetteer, true);
        System.out.println("corpus bytes per operation: " + corpusBytes);
    }

    @Benchmark
    public void normaliseAndMatch(Blackhole sink) {
        for (List<String> segments : articles) {
            sink.consume(matcher.find(segments));
        }
    }

    @Benchmark
    public void normaliseTagAndMatch(Blackhole sink) {
        for (List<String> segments : articles) {
            sink.consume(layer.find(SegmentedText.of(segments)));
        }
    }
}
