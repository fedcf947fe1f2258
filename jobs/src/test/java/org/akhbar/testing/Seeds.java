package org.akhbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five example pages bundled in data/sample/seeds. */
public final class Seeds {
    public static final Path FOLDER = Path.of("..", "data", "sample", "seeds").toAbsolutePath().normalize();
    public static final String S000 = "000_394f0d13aea4605b.txt";
    public static final String S001 = "001_594cce2a6f755b29.txt";
    public static final String S002 = "002_0795dd7ba1cf26a9.txt";
    public static final String S003 = "003_c61355213998c85b.txt";
    public static final String S004 = "004_595366c40d4cedef.txt";

    private Seeds() {
    }

    public static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
