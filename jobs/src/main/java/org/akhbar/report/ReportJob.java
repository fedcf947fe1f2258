package org.akhbar.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.akhbar.job.WarehouseConventions;
import org.apache.spark.sql.SparkSession;

/** Reads a period's numbers, builds the report and writes its files. */
public final class ReportJob {
    private final SparkSession spark;

    public ReportJob(SparkSession spark) {
        this.spark = spark;
    }

    public Summary run(String warehouse, ReportPeriod period, Path out) throws IOException {
        ReportFont.useHeadlessGraphics();
        // A session of its own: the report's views never leak into a session the caller shares.
        SparkSession session = spark.newSession();
        WarehouseConventions.apply(session);
        ReportData data = new ReportLoader(session).load(warehouse, period);
        List<Path> files = ReportFiles.write(ReportBuilder.build(data), out);
        return new Summary(data, files);
    }

    /** What a run wrote, for the command's one summary line. */
    public record Summary(ReportData data, List<Path> files) {
        public String line() {
            String label = data.period().label();
            if (data.isEmpty()) {
                return "report " + label + ": no articles published in the period; wrote a page that says so: "
                        + files.get(0);
            }
            long csv = files.stream().filter(f -> f.toString().endsWith(".csv")).count();
            long png = files.stream().filter(f -> f.toString().endsWith(".png")).count();
            return String.format(Locale.ROOT, "report %s: %d articles (%d without duplicates) → %s, %s, %d CSV and %d"
                    + " PNG files", label, data.articles(), data.articlesDedup(), files.get(0),
                    files.get(1).getFileName(), csv, png);
        }
    }
}
