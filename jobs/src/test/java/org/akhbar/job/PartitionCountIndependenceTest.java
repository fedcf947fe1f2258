package org.akhbar.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.akhbar.cli.NewsCli;
import org.akhbar.generate.CorpusGenerator;
import org.akhbar.generate.DumpFormat;
import org.akhbar.generate.GeneratorSettings;
import org.akhbar.testing.SharedSpark;
import org.akhbar.testing.WarehouseComparison;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids, duplicate clusters and aggregates do not depend on how the work is partitioned: the pipeline over one
 * generated archive (with planted reprints) writes the same tables with one partition everywhere and with four.
 * One partition: the archive is smaller than the smallest split, so one task reads and parses it, and every
 * shuffle has one partition. Four: a split limit below the archive's size sends its records through the shuffle
 * that spreads parsing over 2 × 2 cores, and every shuffle keeps four partitions (adaptive merging off).
 */
@Tag("slow")
class PartitionCountIndependenceTest {
    private static final long SMALLEST_SPLIT_BYTES = 1024 * 1024;
    private static final long SPREAD_SPLIT_BYTES = 64 * 1024;

    @Test
    void onePartitionAndFourWriteTheSameTables(@TempDir Path tmp) throws Exception {
        Path dump = tmp.resolve("dump");
        new CorpusGenerator(new GeneratorSettings(300, dump, 7, DumpFormat.TAR, LocalDate.of(2023, 1, 1), 6, 0.01))
                .run();
        Path archive = dump.resolve("dump-00001.tar.gz");
        long size = Files.size(archive);
        assertTrue(size > SPREAD_SPLIT_BYTES && size < SMALLEST_SPLIT_BYTES / 2, "archive of " + size + " bytes");

        Path onePartition = tmp.resolve("one-partition");
        Path fourPartitions = tmp.resolve("four-partitions");
        RuntimeConfig conf = SharedSpark.session().conf();
        String shufflePartitions = conf.get("spark.sql.shuffle.partitions");
        String coalesce = conf.get("spark.sql.adaptive.coalescePartitions.enabled");
        try {
            conf.set("spark.sql.shuffle.partitions", "1");
            assertEquals(0, NewsCli.execute("pipeline", "--input", dump.toString(), "--warehouse",
                    onePartition.toString()));
            conf.set("spark.sql.shuffle.partitions", "4");
            conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false");
            assertEquals(0, NewsCli.execute("pipeline", "--input", dump.toString(), "--warehouse",
                    fourPartitions.toString(), "--max-split-bytes", String.valueOf(SPREAD_SPLIT_BYTES)));
        } finally {
            conf.set("spark.sql.shuffle.partitions", shufflePartitions);
            conf.set("spark.sql.adaptive.coalescePartitions.enabled", coalesce);
        }

        // The comparison means something only if the planted reprints were found and entities paired.
        long duplicates = SharedSpark.session().read().parquet(onePartition.resolve("article_duplicates").toString())
                .count();
        long pairs = SharedSpark.session().read().parquet(onePartition.resolve("entity_cooccurrence").toString())
                .count();
        assertTrue(duplicates > 0 && pairs > 0, duplicates + " duplicates, " + pairs + " co-occurrence rows");
        // The runs differ only in the split limit they were given, which the runs table records.
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), onePartition, fourPartitions,
                "runs.parameters"));
    }
}
