package org.akhbar.cli;

import picocli.CommandLine.Option;

/** {@code --warehouse DIR}, taken by every subcommand. */
final class WarehouseOption {
    @Option(names = "--warehouse", paramLabel = "DIR", required = true,
            description = "Warehouse folder: one sub-folder per table (local path, hdfs://, s3a://).")
    String warehouse;
}
