package org.akhbar.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * The inputs a real dump holds beside articles, each with the reject reason code the ingest job gives it
 * ({@link org.akhbar.article.RejectReason}).
 */
enum BadFile {
    /** A zero-byte file. */
    EMPTY("empty", ".txt"),
    /** An image saved under a page's name. */
    BINARY("binary", ".txt"),
    /** A gzipped page cut off in the middle, as an interrupted download leaves it. */
    TRUNCATED("truncated", ".txt.gz"),
    /** A page with its header, title, date, source and tag lines but no body. */
    NO_BODY("no_body", ".txt");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    final String reasonCode;
    final String extension;

    BadFile(String reasonCode, String extension) {
        this.reasonCode = reasonCode;
        this.extension = extension;
    }

    /** The file's bytes; {@code goodPage} is a page these bytes may be made from. */
    byte[] bytes(String goodPage, SplittableRandom random) {
        return switch (this) {
            case EMPTY -> new byte[0];
            case BINARY -> binary(random);
            case TRUNCATED -> {
                byte[] whole = gzip(goodPage.getBytes(StandardCharsets.UTF_8));
                yield Arrays.copyOf(whole, whole.length / 2);
            }
            case NO_BODY -> labelsOnly(goodPage).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] binary(SplittableRandom random) {
        byte[] bytes = new byte[1024 + random.nextInt(3072)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, PNG_SIGNATURE.length);
        bytes[PNG_SIGNATURE.length] = 0;
        return bytes;
    }

    /** Keeps the lines up to the date line and the source and tag lines: everything but a body. */
    private static String labelsOnly(String page) {
        StringBuilder kept = new StringBuilder();
        for (String line : page.split("\n")) {
            if (line.startsWith("المصدر:") || line.startsWith("كلمات دلالية:") || line.startsWith(DateLines.LABEL)
                    || line.endsWith(":") && !line.startsWith("إقرأ")) {
                kept.append(line).append('\n');
            }
            if (line.startsWith("كلمات دلالية:")) {
                break;
            }
        }
        return kept.toString();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
