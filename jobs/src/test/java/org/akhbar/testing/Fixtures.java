package org.akhbar.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small input files written by the tests themselves. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path write(Path file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path writeGzip(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the five seeds into {@code folder}. */
    public static void copySeeds(Path folder) {
        for (String seed : new String[] {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004}) {
            write(folder.resolve(seed), Seeds.text(seed));
        }
    }
}
