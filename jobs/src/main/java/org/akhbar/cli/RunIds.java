package org.akhbar.cli;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Run ids that sort by start time: {@code 20261122T113000Z-3fa2}. */
final class RunIds {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String next() {
        return STAMP.format(Instant.now()) + "-" + String.format("%04x", RANDOM.nextInt(0x10000));
    }
}
