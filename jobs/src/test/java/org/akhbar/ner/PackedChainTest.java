package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PackedChainTest {
    private static final int L = NerLabels.COUNT;

    /** Every token of a sentence has the same 30 features, all {@code feature}. */
    private static int[] sentence(int feature, int tokens) {
        int[] features = new int[tokens * TokenFeatures.PER_TOKEN];
        Arrays.fill(features, feature);
        return features;
    }

    @Test
    void aBucketFindsItsOwnRowWhateverIsStoredBeforeItAndAnEmptyBucketScoresNothing() {
        // Buckets 3, 64 and 200 lie in three different 64-bucket words of the bitmap; each prefers another label.
        LinearChain chain = new LinearChain(8);
        chain.emission[chain.bucket(3) + NerLabels.of("B-LOC")] = 2;
        chain.emission[chain.bucket(64) + NerLabels.of("B-ORG")] = 2;
        chain.emission[chain.bucket(64) + NerLabels.of("B-LOC")] = 1;
        chain.emission[chain.bucket(200) + NerLabels.of("B-MISC")] = 1;
        chain.transition[NerLabels.O] = 0.5f; // only an empty bucket lets the start's preference for O decide
        PackedChain packed = PackedChain.of(chain);
        assertArrayEquals(new int[] {NerLabels.of("B-LOC")}, packed.decode(sentence(3, 1), 1));
        assertArrayEquals(new int[] {NerLabels.of("B-ORG")}, packed.decode(sentence(64, 1), 1));
        assertArrayEquals(new int[] {NerLabels.of("B-MISC")}, packed.decode(sentence(200, 1), 1));
        assertArrayEquals(new int[] {NerLabels.O}, packed.decode(sentence(100, 1), 1));
        // A feature's hash keeps only its low 8 bits here: 256 + 64 is bucket 64.
        assertArrayEquals(new int[] {NerLabels.of("B-ORG")}, packed.decode(sentence(256 + 64, 1), 1));
    }

    @Test
    void whatIsWrittenReadsBackToTheSameBytesAndLabels() throws IOException {
        LinearChain chain = new LinearChain(10);
        chain.emission[chain.bucket(7) + NerLabels.of("B-PERS")] = 3;
        chain.emission[chain.bucket(7) + NerLabels.of("I-PERS")] = -1.5f;
        chain.emission[chain.bucket(900) + NerLabels.of("I-PERS")] = 4;
        chain.transition[(NerLabels.of("B-PERS") + 1) * L + NerLabels.of("I-PERS")] = 0.25f;
        PackedChain packed = PackedChain.of(chain);
        byte[] written = bytes(packed);
        PackedChain read = PackedChain.read(new DataInputStream(new ByteArrayInputStream(written)));
        assertArrayEquals(written, bytes(read));
        int[] features = sentence(7, 2);
        Arrays.fill(features, TokenFeatures.PER_TOKEN, features.length, 900);
        // B-PERS (90) then I-PERS (120 + 0.25) beats every other pair the rules allow.
        int[] expected = {NerLabels.of("B-PERS"), NerLabels.of("I-PERS")};
        assertArrayEquals(expected, chain.decode(features, 2));
        assertArrayEquals(expected, read.decode(features, 2));
    }

    @Test
    void weightsOfTheWordAloneSummedBeforeDecodeAsIfReadWithTheRest() {
        LinearChain chain = new LinearChain(8);
        chain.emission[chain.bucket(5) + NerLabels.of("B-PERS")] = 2; // a word-alone feature
        chain.emission[chain.bucket(9) + NerLabels.of("B-LOC")] = 3; // a context feature, stronger
        PackedChain packed = PackedChain.of(chain);
        int[] features = sentence(5, 1);
        Arrays.fill(features, TokenFeatures.LOCAL, TokenFeatures.PER_TOKEN, 9);
        int[][] localSums = {packed.sums(Arrays.copyOf(features, TokenFeatures.LOCAL))};
        int[] rest = Arrays.copyOfRange(features, TokenFeatures.LOCAL, TokenFeatures.PER_TOKEN);
        int perToken = rest.length;
        // 14 × 2 for B-PERS against 16 × 3 for B-LOC: the context wins, whichever way the weights are summed.
        assertArrayEquals(new int[] {NerLabels.of("B-LOC")}, packed.decode(features, 1));
        assertArrayEquals(new int[] {NerLabels.of("B-LOC")}, packed.decode(rest, perToken, 1, localSums));
        Arrays.fill(rest, 100); // a context of no weight
        assertArrayEquals(new int[] {NerLabels.of("B-PERS")}, packed.decode(rest, perToken, 1, localSums));
    }

    private static byte[] bytes(PackedChain chain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            chain.write(out);
        }
        return bytes.toByteArray();
    }
}
