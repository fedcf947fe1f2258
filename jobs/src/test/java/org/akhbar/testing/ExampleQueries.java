package org.akhbar.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example queries of queries/, which docs/querying.md lists and tests run in every engine. */
public final class ExampleQueries {
    private static final Path FOLDER = Path.of("..", "queries");

    private ExampleQueries() {
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }
}
