package org.akhbar.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Spark home made of the Maven-resolved Spark jars, with no Spark distribution: {@code jars/} links every jar
 * that the build listed in {@code target/spark-classpath.txt} (Spark's runtime set, without the application's
 * own libraries). It has no {@code bin/}, so jobs/submit starts SparkSubmit with {@code java}.
 */
public final class SparkHome {
    private static final Path CLASSPATH_FILE = Path.of("target", "spark-classpath.txt");

    private SparkHome() {
    }

    public static Path create(Path dir) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("jars"));
        String classpath = Files.readString(CLASSPATH_FILE, StandardCharsets.UTF_8).trim();
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            Path target = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(target.getFileName()), target);
        }
        return dir;
    }
}
