package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.akhbar.job.BuildVersion;
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
    static final List<String> WRITES = List.of("article_duplicates", "story_flows", "outlet_flows",
            "outlet_originality", "day_counts", "cooccurrence_day_counts", "source_counts", "tag_frequencies",
            "entity_cooccurrence");
    /** The runs table's parameter that keeps the digest. */
    public static final String PARAMETER = "input_tables_digest";

    private AggregateInputs() {
    }

    static String digest(Warehouse warehouse, Map<String, String> parameters) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String table : READS) {
            RemoteIterator<LocatedFileStatus> files = warehouse.fileSystem().listFiles(warehouse.tablePath(table),
                    true);
            while (files.hasNext()) {
                FileStatus f = files.next();
                lines.add(f.getPath().toUri().getPath() + "\t" + f.getLen() + "\t" + f.getModificationTime());
            }
        }
        lines.sort(null);
        new TreeMap<>(parameters).forEach((name, value) -> lines.add(name + "=" + value));
        lines.add("build=" + BuildVersion.get());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of the last aggregate run, when it was computed from inputs of this digest and the tables it writes are
     * as it left them: each there with the columns of its schema, and none of the {@code retired} tables of earlier
     * versions left; null otherwise.
     */
    static String unchangedSince(Warehouse warehouse, String digest, List<String> retired) throws IOException {
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
        List<Row> last = warehouse.read("runs").where(col("command").equalTo("aggregate"))
                .orderBy(col("finished_at").desc()).select(col("run_id"), col("parameters").getItem(PARAMETER))
                .limit(1).collectAsList();
        return last.isEmpty() || !digest.equals(last.get(0).getString(1)) ? null : last.get(0).getString(0);
    }
}
