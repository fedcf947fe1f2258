package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LinearChainTest {
    @Test
    void decodingNeverLetsAnInsideLabelStartOrFollowAnotherType() {
        LinearChain chain = new LinearChain(4);
        int feature = 5;
        int b = chain.bucket(feature);
        chain.emission[b + NerLabels.of("I-PERS")] = 10; // the best label alone, but never allowed here
        chain.emission[b + NerLabels.of("B-LOC")] = 1;
        int[] features = new int[2 * TokenFeatures.PER_TOKEN];
        java.util.Arrays.fill(features, feature);
        PackedChain packed = PackedChain.of(chain);
        // A token scores 30 × a label's weight. Alone, I-PERS (300) cannot start a sentence: B-LOC (30) wins.
        assertArrayEquals(new int[] {NerLabels.of("B-LOC")}, chain.decode(features, 1));
        assertArrayEquals(new int[] {NerLabels.of("B-LOC")}, packed.decode(features, 1));
        // Two tokens: B-PERS then I-PERS (0 + 300) beats B-LOC B-LOC (60); B-LOC then I-PERS is not allowed.
        assertArrayEquals(new int[] {NerLabels.of("B-PERS"), NerLabels.of("I-PERS")}, chain.decode(features, 2));
        assertArrayEquals(new int[] {NerLabels.of("B-PERS"), NerLabels.of("I-PERS")}, packed.decode(features, 2));
    }

    @Test
    void transitionsDecideBetweenEqualEmissions() {
        LinearChain chain = new LinearChain(4);
        int b = chain.bucket(3);
        chain.emission[b + NerLabels.of("B-PERS")] = 1;
        chain.emission[b + NerLabels.of("I-PERS")] = 1;
        chain.transition[(NerLabels.of("B-PERS") + 1) * LinearChain.L + NerLabels.of("I-PERS")] = 5;
        int[] features = new int[2 * TokenFeatures.PER_TOKEN];
        java.util.Arrays.fill(features, 3);
        assertArrayEquals(new int[] {NerLabels.of("B-PERS"), NerLabels.of("I-PERS")}, chain.decode(features, 2));
        assertArrayEquals(new int[] {NerLabels.of("B-PERS"), NerLabels.of("I-PERS")},
                PackedChain.of(chain).decode(features, 2));
    }
}
