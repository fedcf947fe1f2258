package org.akhbar.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.akhbar.arabic.TextNormalizer;
import org.akhbar.article.Article;
import org.akhbar.dump.DumpReader;
import org.akhbar.dump.IngestOutcome;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.InputLister;
import org.akhbar.dump.JsonFields;
import org.akhbar.dump.ReadItem;
import org.akhbar.dump.ReadLimits;
import org.akhbar.enrich.ArticleEnricher;
import org.akhbar.enrich.Enrichment;
import org.akhbar.entity.Gazetteer;
import org.akhbar.enrich.TagVocabularyFiles;
import org.akhbar.tag.TagSplitter;
import org.apache.hadoop.conf.Configuration;

/**
 * The limit that {@code ingest} + {@code enrich} are measured against: the same read, parse, content hash,
 * normalise and match code in one plain Java loop on one thread, no Spark and no Parquet.
 * Usage: {@code PlainJavaLimit INPUT...}; prints one {@code key=value} line with wall and CPU seconds (the CPU
 * figure stays meaningful on a machine shared with other work).
 */
public final class PlainJavaLimit {
    private PlainJavaLimit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: PlainJavaLimit INPUT...");
            System.exit(2);
        }
        Configuration conf = new Configuration();
        Gazetteer gazetteer = Gazetteer.bundled();
        ArticleEnricher enricher = new ArticleEnricher(gazetteer,
                new TagSplitter(ArticleEnricher.units(gazetteer, TagVocabularyFiles.curated())), true);
        DumpReader reader = new DumpReader(conf, ReadLimits.defaults(), JsonFields.defaults());
        List<InputFile> files = new InputLister(conf).list(Arrays.asList(args));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        long recordBytes = 0;
        long storedBytes = 0;
        long articles = 0;
        long rejects = 0;
        long entities = 0;
        for (InputFile file : files) {
            storedBytes += file.size();
            try (DumpReader.ItemIterator items = reader.read(file)) {
                while (items.hasNext()) {
                    ReadItem item = items.next();
                    if (item instanceof IngestOutcome.Accepted accepted) {
                        Article a = accepted.article();
                        String body = a.body();
                        sha256.digest(TextNormalizer.normalize(body).getBytes(StandardCharsets.UTF_8));
                        Enrichment e = enricher.enrich(a.title(), a.paragraphs(), a.site(), a.sources(),
                                a.tagsRaw());
                        entities += e.entities().size();
                        recordBytes += accepted.bytes();
                        articles++;
                    } else if (item instanceof IngestOutcome.Rejected rejected) {
                        recordBytes += rejected.bytes();
                        rejects++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;
        System.out.printf(Locale.ROOT, "limit files=%d articles=%d rejects=%d entities=%d record_bytes=%d "
                        + "stored_bytes=%d seconds=%.2f cpu_seconds=%.2f mb_per_s=%.2f mb_per_cpu_s=%.2f%n",
                files.size(), articles, rejects, entities, recordBytes, storedBytes, seconds, cpuSeconds,
                recordBytes / seconds / 1e6, recordBytes / cpuSeconds / 1e6);
    }
}
