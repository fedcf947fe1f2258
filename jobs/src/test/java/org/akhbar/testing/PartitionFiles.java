package org.akhbar.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The Parquet files of each partition folder of a table: a partition a run left alone keeps the same names. */
public final class PartitionFiles {
    private PartitionFiles() {
    }

    /** Folder name (column=value) → the names of its Parquet files. */
    public static Map<String, Set<String>> of(Path table) throws IOException {
        Map<String, Set<String>> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(table)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                try (Stream<Path> parquet = Files.list(folder)) {
                    files.put(folder.getFileName().toString(), new TreeSet<>(parquet.map(f -> f.getFileName()
                            .toString()).filter(name -> name.endsWith(".parquet")).toList()));
                }
            }
        }
        return files;
    }
}
