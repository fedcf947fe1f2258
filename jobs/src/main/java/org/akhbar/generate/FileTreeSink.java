package org.akhbar.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One file per record under {@code pages/NNNN/}, a thousand per folder so that no folder grows huge. */
final class FileTreeSink implements DumpSink {
    private static final int FILES_PER_FOLDER = 1000;

    private final Path root;

    FileTreeSink(Path root) {
        this.root = root;
    }

    @Override
    public String write(long index, String extension, byte[] bytes, boolean loose) throws IOException {
        String location = String.format(Locale.ROOT, "pages/%04d/", index / FILES_PER_FOLDER)
                + DumpSink.recordName(index, extension);
        Path file = root.resolve(location);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return location;
    }


    @Override
    public void close() {
    }
}
