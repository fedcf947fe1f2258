package org.akhbar.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.akhbar.dump.DumpReader;
import org.akhbar.dump.FileRead;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.InputFormat;
import org.akhbar.dump.JsonFields;
import org.akhbar.dump.RawRecord;
import org.akhbar.dump.ReadItem;
import org.akhbar.dump.ReadLimits;
import org.akhbar.dump.SplitPlanner;
import org.akhbar.progress.ReadCounters;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads and parses input files in Spark tasks. Small files are packed into splits, read and parsed where they are
 * read, so millions of small files are not millions of tasks. An archive or JSON Lines file larger than a fair
 * share of the work is streamed by one task (decompression is sequential) and its raw records are spread over
 * every core before parsing, so one big archive neither fills a heap nor leaves cores idle.
 */
final class DumpParsing {
    private static final int SPREAD_PARTITIONS_PER_CORE = 2;

    private final SparkSession spark;
    private final IngestOptions options;
    private final ReadCounters read;

    DumpParsing(SparkSession spark, IngestOptions options) {
        this(spark, options, ReadCounters.register(spark.sparkContext()));
    }

    DumpParsing(SparkSession spark, IngestOptions options, ReadCounters read) {
        this.spark = spark;
        this.options = options;
        this.read = read;
    }

    /** One row per record (article or reject) and one per file read. */
    Dataset<Row> parse(List<InputFile> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = jsc.defaultParallelism();
        long fairShare = SplitPlanner.targetSplitBytes(files, cores, options.maxSplitBytes());
        List<InputFile> inline = new ArrayList<>();
        List<InputFile> spread = new ArrayList<>();
        for (InputFile f : files) {
            boolean large = InputFormat.of(f.relativePath()).holdsManyRecords() && f.size() > fairShare;
            (large ? spread : inline).add(f);
        }
        Broadcast<Map<String, String>> conf = jsc.broadcast(HadoopConf.copyOf(jsc.hadoopConfiguration()));
        ReadLimits limits = options.limits();
        JsonFields jsonFields = options.jsonFields();
        StructType schema = IngestRows.schema();
        IngestRows rows = new IngestRows(schema);
        ReadCounters read = this.read;

        List<SplitPlanner.Split> splits = SplitPlanner.plan(inline, cores, options.maxSplitBytes());
        // Only the kinds of input there are: an empty side would add an empty partition (and, for the spread
        // side, a shuffle of nothing), and the writes merge partitions as if they held work. No input at all is
        // one empty inline partition.
        JavaRDD<Row> parsed = null;
        if (!splits.isEmpty() || spread.isEmpty()) {
            parsed = jsc.parallelize(splits, Math.max(1, splits.size())).mapPartitions(it -> {
                DumpReader reader = new DumpReader(HadoopConf.rebuild(conf.value()), limits, jsonFields);
                return new FileItems(filesOf(it), reader::read, read).map(rows::toRow);
            });
        }
        if (!spread.isEmpty()) {
            JavaRDD<Row> parsedSpread = jsc.parallelize(spread, spread.size())
                    .mapPartitions(it -> {
                        DumpReader reader = new DumpReader(HadoopConf.rebuild(conf.value()), limits, jsonFields);
                        return new FileItems(it, reader::scan, read);
                    })
                    .repartition(Math.max(1, cores * SPREAD_PARTITIONS_PER_CORE))
                    .mapPartitions(it -> {
                        DumpReader reader = new DumpReader(HadoopConf.rebuild(conf.value()), limits, jsonFields);
                        return new Mapped<ReadItem, Row>(it,
                                item -> rows.toRow(item instanceof RawRecord r ? reader.parse(r) : item));
                    });
            parsed = parsed == null ? parsedSpread : parsed.union(parsedSpread);
        }
        return spark.createDataFrame(parsed, schema);
    }

    private static Iterator<InputFile> filesOf(Iterator<SplitPlanner.Split> splits) {
        List<InputFile> files = new ArrayList<>();
        splits.forEachRemaining(split -> files.addAll(split.files()));
        return files.iterator();
    }

    /**
     * The items of each file in turn, counting every file read to its end; the file being read is closed when the
     * task ends, even early.
     */
    private static final class FileItems implements Iterator<ReadItem> {
        private final Iterator<InputFile> files;
        private final Function<InputFile, DumpReader.ItemIterator> open;
        private final ReadCounters read;
        private DumpReader.ItemIterator current = DumpReader.ItemIterator.empty();

        FileItems(Iterator<InputFile> files, Function<InputFile, DumpReader.ItemIterator> open, ReadCounters read) {
            this.files = files;
            this.open = open;
            this.read = read;
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> current.close());
            }
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && files.hasNext()) {
                current.close();
                current = open.apply(files.next());
            }
            return current.hasNext();
        }

        @Override
        public ReadItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadItem item = current.next();
            if (item instanceof FileRead done) {
                read.fileRead(done.file().size());
            }
            return item;
        }

        <T> Iterator<T> map(Function<ReadItem, T> f) {
            return new Mapped<>(this, f);
        }
    }

    private record Mapped<A, B>(Iterator<A> in, Function<A, B> f) implements Iterator<B> {
        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public B next() {
            return f.apply(in.next());
        }
    }

    /** Hadoop's Configuration is not serializable; tasks rebuild it from the driver's entries. */
    static final class HadoopConf {
        private HadoopConf() {
        }

        static Map<String, String> copyOf(Configuration conf) {
            Map<String, String> copy = new java.util.HashMap<>();
            conf.forEach(e -> copy.put(e.getKey(), e.getValue()));
            return copy;
        }

        static Configuration rebuild(Map<String, String> entries) {
            Configuration conf = new Configuration(false);
            entries.forEach(conf::set);
            return conf;
        }
    }
}
