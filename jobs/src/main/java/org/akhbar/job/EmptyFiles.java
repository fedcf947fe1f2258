package org.akhbar.job;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.akhbar.dump.EmptyInput;

/**
 * The files a run read whole that gave no record (an empty archive, a JSON Lines file of blank lines), so that the
 * summary names them instead of counting them silently among the files read.
 *
 * @param byReason how many files of each {@link EmptyInput} code
 * @param examples a few of them, as the user gave them, with their code
 */
public record EmptyFiles(SortedMap<String, Long> byReason, List<Example> examples) {
    public static final EmptyFiles NONE = new EmptyFiles(new TreeMap<>(), List.of());
    /** Enough to find the rest in {@code ingest_manifest}. */
    static final int MAX_EXAMPLES = 10;

    public record Example(String sourceFile, String reason) {
    }

    public EmptyFiles {
        byReason = new TreeMap<>(byReason);
        examples = List.copyOf(examples);
    }

    public long count() {
        return byReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code 2 gave no record: 1 empty_archive, 1 no_lines}. */
    String phrase() {
        return count() + " gave no record: " + byReason.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** One line per reason with what it means and the files behind it. */
    List<String> lines() {
        return byReason.entrySet().stream().map(e -> {
            List<String> files = examples.stream().filter(x -> x.reason().equals(e.getKey()))
                    .map(Example::sourceFile).toList();
            long unnamed = e.getValue() - files.size();
            return String.format("  no record: %d %s (%s): %s%s", e.getValue(), e.getKey(), description(e.getKey()),
                    String.join(", ", files), unnamed > 0 ? " and " + unnamed + " more in ingest_manifest" : "");
        }).toList();
    }

    private static String description(String code) {
        for (EmptyInput kind : EmptyInput.values()) {
            if (kind.code().equals(code)) {
                return kind.description();
            }
        }
        return code;
    }

    static EmptyFiles of(Map<String, Long> byReason, List<Example> examples) {
        return byReason.isEmpty() ? NONE : new EmptyFiles(new TreeMap<>(byReason), examples);
    }
}
