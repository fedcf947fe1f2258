package org.akhbar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.akhbar.generate.CorpusGenerator;
import org.akhbar.generate.DumpFormat;
import org.akhbar.generate.GeneratorSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic dump for tests and benchmarks: marked pages with planted signals.",
                "Pages come in every header and date form the parser reads; each names its publisher "
                        + "'موقع تجريبي N' (test site N). Planted entity pairs, tag trends, reprints, same-topic "
                        + "stories and bad files are listed in DIR/_planted.json, what each page says in "
                        + "DIR/_intended.jsonl.gz. The same options give byte-identical output."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N",
            description = "How many records: pages plus the bad files among them.")
    long articles;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder the dump is written to; must be new or empty.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "files",
            description = "files (one .txt per page) or tar (dump-00001.tar.gz ... of 10,000 pages each) "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2023-01-01",
            description = "First publication day (default: ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--months", paramLabel = "M", defaultValue = "13",
            description = "Months of publication days, at least 6 (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--bad-share", paramLabel = "SHARE", defaultValue = "0.01",
            description = "Share of records that are empty, binary, truncated or body-less files "
                    + "(default: ${DEFAULT-VALUE}).")
    double badShare;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(articles, out, seed, dumpFormat(), start, months, badShare);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (holdsFiles(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is not empty: generate into a new folder so that no old page stays mixed in");
        }
        System.out.println(new CorpusGenerator(settings).run().line() + " in " + out);
        return ExitCodes.OK;
    }

    private DumpFormat dumpFormat() {
        return switch (format) {
            case "files" -> DumpFormat.FILES;
            case "tar" -> DumpFormat.TAR;
            default -> throw new IllegalArgumentException("--format must be files or tar, not " + format);
        };
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isPresent();
        }
    }
}
