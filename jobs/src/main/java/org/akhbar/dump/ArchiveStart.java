package org.akhbar.dump;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * What an archive's first bytes say before any entry is read. A streaming reader takes a zip without its
 * signature, or a tar shorter than one header, for an archive that simply has no entries; a file corrupted in
 * transfer would then vanish without a reject.
 *
 * @param message for {@link Verdict#CORRUPT}, what was expected and what was found
 */
record ArchiveStart(Verdict verdict, String message) {
    /** Enough for a whole tar header; a zip's signature is its first four bytes. */
    static final int HEAD_BYTES = 512;
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] ZIP_END_OF_DIRECTORY = {'P', 'K', 5, 6};
    private static final byte[] ZIP_SPANNED = {'P', 'K', 7, 8};
    private static final byte[] ZIP_SPANNED_SINGLE = {'P', 'K', '0', '0'};
    private static final String ZIP_EXPECTED = "the zip signature PK\\3\\4 (50 4b 03 04)";

    enum Verdict { ENTRIES, EMPTY, CORRUPT }

    /** Judges the first {@link #HEAD_BYTES} bytes (fewer when the data ends sooner) of a tar or zip. */
    static ArchiveStart of(InputFormat.Container container, byte[] head) {
        return switch (container) {
            case ZIP -> zip(head);
            case TAR -> tar(head);
            default -> throw new IllegalArgumentException("not an archive: " + container);
        };
    }

    private static ArchiveStart zip(byte[] head) {
        if (head.length < ZIP_ENTRY.length) {
            return corrupt(endsEarly(head.length) + ZIP_EXPECTED);
        }
        byte[] signature = Arrays.copyOf(head, ZIP_ENTRY.length);
        if (Arrays.equals(signature, ZIP_ENTRY) || Arrays.equals(signature, ZIP_SPANNED)
                || Arrays.equals(signature, ZIP_SPANNED_SINGLE)) {
            return new ArchiveStart(Verdict.ENTRIES, null);
        }
        if (Arrays.equals(signature, ZIP_END_OF_DIRECTORY)) {
            return new ArchiveStart(Verdict.EMPTY, null);
        }
        return corrupt("not a zip archive: it starts with " + hex(signature) + " where " + ZIP_EXPECTED
                + " is expected");
    }

    private static ArchiveStart tar(byte[] head) {
        if (head.length < HEAD_BYTES) {
            return corrupt(endsEarly(head.length) + "a whole 512-byte tar header");
        }
        boolean allZero = true;
        for (byte b : head) {
            allZero &= b == 0;
        }
        if (allZero) {
            return new ArchiveStart(Verdict.EMPTY, null); // the end-of-archive marker comes first
        }
        if (!checksumMatches(head)) {
            return corrupt("not a tar archive: the checksum of its first 512-byte header does not match (it starts"
                    + " with " + hex(Arrays.copyOf(head, 8)) + ")");
        }
        return new ArchiveStart(Verdict.ENTRIES, null);
    }

    private static boolean checksumMatches(byte[] header) {
        try {
            return TarUtils.verifyCheckSum(header);
        } catch (IllegalArgumentException e) {
            return false; // the checksum field is not an octal number
        }
    }

    private static String endsEarly(int bytes) {
        return bytes == 0 ? "the archive is empty (0 bytes) where it should start with "
                : String.format(Locale.ROOT, "the archive ends after %d bytes, before ", bytes);
    }

    private static ArchiveStart corrupt(String message) {
        return new ArchiveStart(Verdict.CORRUPT, message);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
