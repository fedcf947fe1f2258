package org.akhbar.generate;

import java.util.SplittableRandom;

/**
 * Decides each record's role from its own random stream, so that any record's role (and the original a reprint
 * copies) can be known without generating anything before it.
 */
final class Roles {
    static final double REPRINT_SHARE = 0.10;
    static final double SAME_TOPIC_SHARE = 0.005;
    /** How far back a reprint or same-topic story looks for its original. */
    private static final int LOOKBACK = 200;

    record Assignment(Role role, long original) {
    }

    private final RandomStreams streams;
    private final double badShare;

    Roles(RandomStreams streams, double badShare) {
        this.streams = streams;
        this.badShare = badShare;
    }

    Assignment of(long index) {
        SplittableRandom random = streams.of(RandomStreams.Purpose.ROLE, index);
        Role drawn = drawn(random.nextDouble());
        if (drawn != Role.REPRINT && drawn != Role.SAME_TOPIC) {
            return new Assignment(drawn, -1);
        }
        long back = 1 + random.nextLong(Math.min(index, LOOKBACK) + 1);
        for (long candidate = index - back; candidate >= 0 && candidate >= index - 2 * LOOKBACK; candidate--) {
            if (isOriginal(candidate)) {
                return new Assignment(drawn, candidate);
            }
        }
        return new Assignment(Role.ORIGINAL, -1);
    }

    private boolean isOriginal(long index) {
        return drawn(streams.of(RandomStreams.Purpose.ROLE, index).nextDouble()) == Role.ORIGINAL;
    }

    private Role drawn(double roll) {
        if (roll < badShare) {
            return Role.BAD;
        }
        if (roll < badShare + REPRINT_SHARE) {
            return Role.REPRINT;
        }
        if (roll < badShare + REPRINT_SHARE + SAME_TOPIC_SHARE) {
            return Role.SAME_TOPIC;
        }
        return Role.ORIGINAL;
    }
}
