package org.akhbar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.akhbar.report.ReportJob;
import org.akhbar.report.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report of a period: one self-contained HTML page, the same as Markdown, and the"
                + " numbers behind it as CSV."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--period", paramLabel = "PERIOD", required = true,
            description = "A month (2023-09), an ISO week (2023-W37) or a day (2023-09-07), by publication date"
                    + " (UTC).")
    String period;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Local folder for report-PERIOD.html, report-PERIOD.md, PERIOD-*.csv and PERIOD-*.png"
                    + " (created if missing; files of the same period are replaced).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReportPeriod reportPeriod = ReportPeriod.parse(period); // a bad period is refused before Spark starts
        try (CommandSession session = CommandSession.start("news report")) {
            ReportJob.Summary summary = new ReportJob(session.spark()).run(warehouse.warehouse, reportPeriod, out);
            System.out.println(summary.line());
            return ExitCodes.OK;
        }
    }
}
