package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.akhbar.job.BuildVersion;
import org.akhbar.job.Sha256;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.Warehouse;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;

/**
 * What the aggregate tables are computed from, as one digest: the files of the tables aggregate reads (every commit
 * writes new files with new names, so a table rewritten or a partition replaced changes it), the run's parameters
 * and the build. A run whose digest equals the last aggregate's has nothing to recompute: a day with no new pages
 * costs a listing of the input tables instead of every pass.
 */
public final class AggregateInputs {
    /** The tables aggregate reads. */
    static final List<String> READS = List.of("articles", "article_entities", "article_tags", "article_sources");
    /** The tables aggregate writes: when one is missing, the run recomputes. */
    static final List<String> WRITES = List.of("article_duplicates", DuplicateLinks.TABLE, "story_flows",
            "outlet_flows", "outlet_originality", "day_counts", "cooccurrence_day_counts", DayInputs.TABLE,
            "source_counts", "tag_frequencies", "entity_cooccurrence");
    /** The runs table's parameter that keeps the digest. */
    public static final String PARAMETER = "input_tables_digest";
    /** The runs table's parameter that keeps the digest of the written tables' files. */
    public static final String OUTPUT_PARAMETER = "output_tables_digest";
    /** The runs table's parameter that keeps the digest of the parameters and the build alone. */
    public static final String SETTINGS_PARAMETER = "settings_digest";
    /** The runs table's parameter that keeps the digest of the outlets publishing a crawled page. */
    public static final String CRAWLED_PARAMETER = "crawled_outlets_digest";
    private static final String UNKNOWN = "unknown";
    private static final String CODE = codeDigest();

    private AggregateInputs() {
    }

    static String digest(Warehouse warehouse, Map<String, String> parameters) throws IOException {
        List<String> lines = listing(warehouse, READS);
        lines.add(settings(parameters));
        return Sha256.ofLines(lines);
    }

    /** The digest of the parameters and the build: what, beside the inputs, the tables written depend on. */
    static String settings(Map<String, String> parameters) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(parameters).forEach((name, value) -> lines.add(name + "=" + value));
        lines.add("build=" + BuildVersion.get());
        lines.add("code=" + CODE);
        return Sha256.ofLines(lines);
    }

    /** The digest of the files of the tables aggregate writes, as a run left them. */
    static String outputs(Warehouse warehouse) throws IOException {
        return Sha256.ofLines(listing(warehouse, WRITES));
    }

    /**
     * Every file of the tables (path below its table, size), sorted. Spark names each file it writes anew, so the
     * name and size tell a file; neither the warehouse's place nor the files' times count, so a warehouse copied or
     * moved elsewhere keeps its digests.
     */
    private static List<String> listing(Warehouse warehouse, List<String> tables) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String table : tables) {
            if (!warehouse.exists(table)) {
                lines.add(table + " missing");
                continue;
            }
            URI tableUri = warehouse.tablePath(table).toUri();
            RemoteIterator<LocatedFileStatus> files = warehouse.fileSystem().listFiles(warehouse.tablePath(table),
                    true);
            while (files.hasNext()) {
                FileStatus f = files.next();
                lines.add(table + "/" + tableUri.relativize(f.getPath().toUri()).getPath() + "\t" + f.getLen());
            }
        }
        lines.sort(null);
        return lines;
    }

    /**
     * The program's own bytes: an unreleased build keeps its version number from commit to commit, so a changed
     * aggregation must be told by its code (the jar, or the class folder when run from a build tree). "unknown"
     * where the code cannot be read as files (then the version alone tells).
     */
    private static String codeDigest() {
        try {
            Path code = Path.of(AggregateInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = Sha256.digest();
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(Files.readAllBytes(file));
                }
            }
            return Sha256.hex(sha.digest());
        } catch (IOException | URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return UNKNOWN;
        }
    }

    /** The last aggregate run, as far as the tables it wrote are still as it left them. */
    record LastRun(String runId, String inputDigest, String settings, String crawledOutlets) {
        /** Its id, when it was computed from inputs of this digest; null otherwise. */
        String unchangedSince(String digest) {
            return digest.equals(inputDigest) ? runId : null;
        }

        /**
         * Whether its tables were computed with these {@code settings} (parameters and build): then a run may keep the
         * rows of the periods its inputs left alone. Never without the program's bytes, since an unreleased build
         * would keep rows its changed code no longer gives.
         */
        boolean reusableWith(String settings) {
            return !CODE.equals(UNKNOWN) && settings.equals(this.settings);
        }

        /** Whether the outlets publishing a crawled page, which tell a credited origin, are those it saw. */
        boolean sameCrawledOutlets(String digest) {
            return digest.equals(crawledOutlets);
        }
    }

    /**
     * The last aggregate run when the tables it writes are as it left them: each there with the columns of its
     * schema, and none of the {@code retired} tables of earlier versions left; null otherwise.
     */
    static LastRun lastAsLeft(Warehouse warehouse, List<String> retired) throws IOException {
        if (!warehouse.exists("runs")) {
            return null;
        }
        for (String table : retired) {
            if (warehouse.fileSystem().exists(warehouse.tablePath(table))) {
                return null;
            }
        }
        for (String table : WRITES) {
            if (!warehouse.exists(table) || !Set.copyOf(warehouse.storedColumns(table))
                    .equals(Set.of(TableSchemas.load(table).fieldNames()))) {
                return null;
            }
        }
        // The outputs must be those the last run left: a run that died half-way (with other options) replaced some.
        List<Row> last = warehouse.read("runs").where(col("command").equalTo("aggregate"))
                .orderBy(col("finished_at").desc()).select(col("run_id"), col("parameters").getItem(PARAMETER),
                        col("parameters").getItem(OUTPUT_PARAMETER), col("parameters").getItem(SETTINGS_PARAMETER),
                        col("parameters").getItem(CRAWLED_PARAMETER))
                .limit(1).collectAsList();
        if (last.isEmpty() || !outputs(warehouse).equals(last.get(0).getString(2))) {
            return null;
        }
        return new LastRun(last.get(0).getString(0), last.get(0).getString(1), last.get(0).getString(3),
                last.get(0).getString(4));
    }
}
