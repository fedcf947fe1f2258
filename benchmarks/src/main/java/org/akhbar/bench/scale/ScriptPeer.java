package org.akhbar.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The short script a user writes for source counts and tag frequencies by month instead of running the product
 * (issue 18): every loose page file read on N threads, the appended article cut off at its {@code إقرأ أيضاً:}
 * line, the month taken from the {@code تاريخ النشر:} line, the {@code المصدر:} lines and the {@code كلمات
 * دلالية:} line split on spaces, (month, source) and (month, tag) counted in per-thread hash maps merged at the
 * end. No normalisation, entities, duplicates, rejects or Parquet: the speed of reading and splitting the pages,
 * which the pipeline's speed is set against. Usage: {@code ScriptPeer FOLDER THREADS}; prints one
 * {@code key=value} line.
 */
public final class ScriptPeer {
    private static final String APPENDED = "إقرأ أيضاً:";
    private static final String DATE = "تاريخ النشر:";
    private static final String SOURCE = "المصدر:";
    private static final String TAGS = "كلمات دلالية:";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{1,2}/(\\d{1,2})/(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?,? ([^\\d]+?) (\\d{4})");

    private ScriptPeer() {
    }

    /** Counts of one thread, merged at the end. */
    private static final class Counts {
        final Map<String, Long> sources = new HashMap<>();
        final Map<String, Long> tags = new HashMap<>();
        long pages;
        long bytes;

        void add(Counts other) {
            other.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
            other.tags.forEach((k, v) -> tags.merge(k, v, Long::sum));
            pages += other.pages;
            bytes += other.bytes;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ScriptPeer FOLDER THREADS");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .toList();
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Counts>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                Counts counts = new Counts();
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    count(files.get(i), counts);
                }
                return counts;
            }));
        }
        Counts total = new Counts();
        for (Future<Counts> part : parts) {
            total.add(part.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "script pages=%d bytes=%d source_rows=%d tag_rows=%d seconds=%.2f threads=%d "
                        + "mb_per_s=%.2f%n", total.pages, total.bytes, total.sources.size(), total.tags.size(),
                seconds, threads, total.bytes / seconds / 1e6);
    }

    private static void count(Path file, Counts counts) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.pages++;
        counts.bytes += bytes.length;
        String page = new String(bytes, StandardCharsets.UTF_8);
        String month = "unknown";
        List<String> sources = new ArrayList<>();
        String tagLine = null;
        for (int from = 0; from < page.length(); ) {
            int end = page.indexOf('\n', from);
            String line = page.substring(from, end < 0 ? page.length() : end);
            from = end < 0 ? page.length() : end + 1;
            if (line.startsWith(APPENDED)) {
                break;
            } else if (line.startsWith(DATE) && month.equals("unknown")) {
                month = month(line.substring(DATE.length()));
            } else if (line.startsWith(SOURCE)) {
                sources.add(line.substring(SOURCE.length()).trim());
            } else if (line.startsWith(TAGS) && tagLine == null) {
                tagLine = line.substring(TAGS.length());
            }
        }
        for (String source : sources) {
            counts.sources.merge(month + '\t' + source, 1L, Long::sum);
        }
        if (tagLine != null) {
            for (String tag : tagLine.trim().split(" ")) {
                if (!tag.isEmpty()) {
                    counts.tags.merge(month + '\t' + tag, 1L, Long::sum);
                }
            }
        }
    }

    /** yyyy-mm of a date line, or "unknown". */
    private static String month(String dateLine) {
        StringBuilder ascii = new StringBuilder(dateLine.length());
        for (int i = 0; i < dateLine.length(); i++) {
            char c = dateLine.charAt(i);
            ascii.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c);
        }
        String line = ascii.toString();
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return m.group(1) + "-" + m.group(2);
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            return m.group(2) + "-" + (m.group(1).length() == 1 ? "0" : "") + m.group(1);
        }
        m = NAMED.matcher(line);
        if (m.find() && PeerMonths.BY_NAME.containsKey(m.group(1))) {
            return m.group(2) + String.format(Locale.ROOT, "-%02d", PeerMonths.BY_NAME.get(m.group(1)));
        }
        return "unknown";
    }
}
