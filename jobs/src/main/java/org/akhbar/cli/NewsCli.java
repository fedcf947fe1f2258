package org.akhbar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code news}: the one command line of the project; each job is a subcommand. */
@Command(name = "news",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Arabic news analytics on Apache Spark: dumps of crawled pages in, Parquet tables out.",
        subcommands = {
                IngestCommand.class,
                EnrichCommand.class,
                AggregateCommand.class,
                PipelineCommand.class,
                ReportCommand.class,
                SqlCommand.class,
                DdlCommand.class,
                GenerateCommand.class,
                EvalEntitiesCommand.class,
                TrainNerCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; used by main and by tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new NewsCli());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
