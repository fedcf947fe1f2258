package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shingle sets, band keys and Jaccard similarity, with expected values counted by hand. */
class ShingleSketchTest {
    @Test
    void countsDistinctFiveWordRuns() {
        // 10 words, 6 runs of five; the last run repeats the first, so 5 distinct shingles.
        assertEquals(5, ShingleSketch.shingleHashes("واحد اثنان ثلاثة أربعة خمسة واحد اثنان ثلاثة أربعة خمسة").length);
        assertEquals(2, ShingleSketch.shingleHashes("واحد اثنان ثلاثة أربعة خمسة ستة").length);
        assertEquals(1, ShingleSketch.shingleHashes("واحد اثنان ثلاثة").length, "a short body is one shingle");
        assertEquals(0, ShingleSketch.shingleHashes(" ،. ").length, "no words, no shingles");
    }

    @Test
    void comparesNormalisedWords() {
        assertArrayEquals(ShingleSketch.shingleHashes("أعلن الرئيس إطلاق مبادرة جديدة"),
                ShingleSketch.shingleHashes("اعلن الرئيس اطلاق مبادرة جديده"),
                "hamza on alef and final teh marbuta are spelling variants");
    }

    @Test
    void jaccardOfSortedSets() {
        assertEquals(0.5, ShingleSketch.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
        assertEquals(1.0, ShingleSketch.jaccard(new long[] {-5, 7}, new long[] {-5, 7}));
        assertEquals(0.0, ShingleSketch.jaccard(new long[] {1}, new long[] {2}));
        assertEquals(0.0, ShingleSketch.jaccard(new long[0], new long[0]));
    }

    @Test
    void similarSetsShareABandAndDisjointOnesDoNot() {
        long[] base = IntStream.range(0, 1000).asLongStream().toArray();
        long[] mostly = IntStream.range(100, 1100).asLongStream().toArray(); // 900 / 1100 = 0.82
        long[] other = IntStream.range(5000, 6000).asLongStream().toArray();
        long[] keys = ShingleSketch.bandKeys(base);
        assertEquals(ShingleSketch.BANDS, keys.length);
        assertArrayEquals(keys, ShingleSketch.bandKeys(base.clone()));
        assertTrue(shared(keys, ShingleSketch.bandKeys(mostly)) > 0,
                "J = 0.82 misses every one of 25 bands of 3 with probability (1 - 0.82^3)^25 < 1e-7");
        assertEquals(0, shared(keys, ShingleSketch.bandKeys(other)));
    }

    @Test
    void shortBodiesShareNoBandUnlessTheyShareShingles() {
        // Two shingles fill at most 2 of the 75 bins; the empty ones must not make two bodies agree.
        long[] one = {11, 12};
        long[] other = {21, 22};
        assertEquals(0, shared(ShingleSketch.bandKeys(one), ShingleSketch.bandKeys(other)));
        assertEquals(ShingleSketch.BANDS, shared(ShingleSketch.bandKeys(one),
                ShingleSketch.bandKeys(new long[] {12, 11})), "the same set in another order");
    }

    private static long shared(long[] a, long[] b) {
        return IntStream.range(0, a.length).filter(i -> a[i] == b[i]).count();
    }
}
