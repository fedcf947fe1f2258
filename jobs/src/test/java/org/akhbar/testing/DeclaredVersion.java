package org.akhbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The version the parent pom.xml declares, read from the file rather than from the build. */
public final class DeclaredVersion {
    private DeclaredVersion() {
    }

    public static String read() {
        try {
            String pom = Files.readString(Path.of("..", "pom.xml"));
            int start = pom.indexOf("<version>") + "<version>".length();
            return pom.substring(start, pom.indexOf("</version>", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
