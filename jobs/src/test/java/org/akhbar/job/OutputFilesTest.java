package org.akhbar.job;

import static org.apache.spark.sql.functions.desc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.akhbar.cli.NewsCli;
import org.akhbar.generate.CorpusGenerator;
import org.akhbar.generate.DumpFormat;
import org.akhbar.generate.GeneratorSettings;
import org.akhbar.table.TableWriter;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many small input files read by many tasks still make few output files: with a split limit of one byte each of
 * the 120 loose files is its own task, yet every table folder (or month folder) holds at most two files per core,
 * while a month's articles come from more tasks than that.
 */
@Tag("slow")
class OutputFilesTest {
    private static final int FILES = 120;
    private final SparkSession spark = SharedSpark.session();
    private final int mostFilesPerFolder = TableWriter.WRITE_TASKS_PER_CORE
            * spark.sparkContext().defaultParallelism();

    @Test
    void oneTaskPerInputFileStillWritesAtMostTwoFilesPerCorePerFolder(@TempDir Path tmp) throws Exception {
        Path dump = tmp.resolve("dump");
        new CorpusGenerator(new GeneratorSettings(FILES, dump, 11, DumpFormat.FILES, LocalDate.of(2023, 1, 1), 6,
                0.01)).run();
        Path warehouse = tmp.resolve("warehouse");
        assertEquals(0, NewsCli.execute("pipeline", "--input", dump.toString(), "--warehouse", warehouse.toString(),
                "--stop-after", "enrich", "--max-split-bytes", "1"));

        long articles = spark.read().parquet(warehouse.resolve("articles").toString()).count();
        long rejects = spark.read().parquet(warehouse.resolve("rejects").toString()).count();
        assertEquals(FILES, articles + rejects, "one record per loose file, each an article or a reject");
        long largestMonth = spark.read().parquet(warehouse.resolve("articles").toString())
                .groupBy("published_month").count().orderBy(desc("count")).first().getLong(1);
        assertTrue(largestMonth > mostFilesPerFolder, "a month from more tasks than files allowed: " + largestMonth);

        for (String table : List.of("articles", "rejects", "ingest_manifest", "article_entities", "article_tags",
                "article_sources")) {
            Map<Path, Long> filesPerFolder = parquetFilesPerFolder(warehouse.resolve(table));
            assertFalse(filesPerFolder.isEmpty(), table);
            filesPerFolder.forEach((folder, files) -> assertTrue(files <= mostFilesPerFolder,
                    files + " files in " + warehouse.relativize(folder)));
        }
    }

    private static Map<Path, Long> parquetFilesPerFolder(Path table) throws IOException {
        Map<Path, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(table)) {
            files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .forEach(f -> counts.merge(f.getParent(), 1L, Long::sum));
        }
        return counts;
    }
}
