package org.akhbar.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams per article and purpose, derived from the seed alone: any article can be drawn again
 * on its own (a reprint redraws its original) and the output never depends on the order of work.
 */
final class RandomStreams {
    enum Purpose { ROLE, TOPIC, STORY, PAGE, BAD_FILE }

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    SplittableRandom of(Purpose purpose, long index) {
        return new SplittableRandom(mix(mix(seed) ^ mix(purpose.ordinal() + 1L) * 31 ^ mix(index + 0x9E3779B97F4A7C15L)));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
