package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Buckets of 7 days from day 0. A body and its copy a day later across a bucket's end meet in both buckets (the
 * copy is sent back to the earlier one) and are linked once, in the bucket of the earlier day.
 */
class NearDuplicateBucketTest {
    private static final String BODY = "قال المتحدث باسم الحكومة إن الوزير سيزور العاصمة الأسبوع المقبل لبحث الاتفاق"
            + " الجديد مع نظرائه في المنطقة";

    @Test
    void anArticleNearTheStartOfABucketIsAlsoComparedInTheOneBefore() {
        assertArrayEquals(new long[] {2, 1}, NearDuplicateBucket.bucketsOf(14), "day 14 starts bucket 2");
        assertArrayEquals(new long[] {2, 1}, NearDuplicateBucket.bucketsOf(16), "16 − 3 is in bucket 1");
        assertArrayEquals(new long[] {2}, NearDuplicateBucket.bucketsOf(17), "17 − 3 is in bucket 2");
    }

    @Test
    void linksAPairOnceInTheBucketOfItsEarlierDay() {
        NearDuplicateBucket.Sketch late = sketch("b", 13);
        NearDuplicateBucket.Sketch next = sketch("a", 14);
        NearDuplicateBucket.Sketch far = sketch("c", 18);
        assertEquals(List.of(new NearDuplicateBucket.Link("a", "b", 1.0)),
                NearDuplicateBucket.links(1, List.of(late, next)), "13 and 14 are a day apart");
        assertEquals(List.of(), NearDuplicateBucket.links(2, List.of(next, far)), "14 and 18 are 4 days apart");
        assertEquals(List.of(), NearDuplicateBucket.links(2, List.of(late, next)),
                "bucket 2 does not report a pair whose earlier day is in bucket 1");
    }

    @Test
    void anIncrementComparesOnlyPairsWithAFreshArticle() {
        NearDuplicateBucket.Sketch stored = sketch("a", 7, false);
        NearDuplicateBucket.Sketch storedToo = sketch("b", 8, false);
        NearDuplicateBucket.Sketch fresh = sketch("c", 9, true);
        assertEquals(List.of(), NearDuplicateBucket.links(1, List.of(stored, storedToo)),
                "the link of two stored articles is kept from the last run, not found again");
        assertEquals(List.of(new NearDuplicateBucket.Link("a", "c", 1.0), new NearDuplicateBucket.Link("b", "c", 1.0)),
                NearDuplicateBucket.links(1, List.of(stored, storedToo, fresh)), "c is new: both its links");
    }

    private static NearDuplicateBucket.Sketch sketch(String id, int day) {
        return sketch(id, day, true);
    }

    private static NearDuplicateBucket.Sketch sketch(String id, int day, boolean fresh) {
        long[] shingles = ShingleSketch.shingleHashes(BODY);
        return new NearDuplicateBucket.Sketch(id, day, shingles, ShingleSketch.bandKeys(shingles), fresh);
    }
}
