package org.akhbar.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SegmentedTextTest {

    @Test
    void spacedNormalHoldsEveryWordOfEverySegmentInNormalForm() {
        SegmentedText text = SegmentedText.of(Arrays.asList(null, "قالت روسيا، اليوم", "اجتماع أوبك+ في فيينا."));

        assertTrue(text.words(0).isEmpty(), "no title");
        assertEquals(3, text.size());
        // أ → ا; the comma and full stop are not words; the + glued to أوبك stays with it
        assertEquals(" قالت روسيا اليوم اجتماع اوبك+ في فيينا ", text.spacedNormal());
    }
}
