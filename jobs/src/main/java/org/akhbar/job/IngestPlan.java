package org.akhbar.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.akhbar.dump.InputFile;

/**
 * Which listed files a run reads: all of them for a full run, else those new or changed since the manifest
 * (another size or modification time). Unchanged files are skipped with the record count the manifest kept.
 */
record IngestPlan(List<InputFile> toRead, List<InputFile> skipped, long recordsSkipped) {

    /** What the manifest remembers of one ingested file. */
    record Ingested(long size, long modificationTime, long records) {
    }

    static IngestPlan of(List<InputFile> listed, Map<String, Ingested> manifest, boolean full) {
        List<InputFile> toRead = new ArrayList<>();
        List<InputFile> skipped = new ArrayList<>();
        long recordsSkipped = 0;
        for (InputFile file : listed) {
            Ingested before = full ? null : manifest.get(file.uri());
            if (before != null && before.size() == file.size()
                    && before.modificationTime() == file.modificationTime()) {
                skipped.add(file);
                recordsSkipped += before.records();
            } else {
                toRead.add(file);
            }
        }
        return new IngestPlan(List.copyOf(toRead), List.copyOf(skipped), recordsSkipped);
    }

    long bytesToRead() {
        return toRead.stream().mapToLong(InputFile::size).sum();
    }
}
