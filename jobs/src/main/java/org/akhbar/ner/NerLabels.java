package org.akhbar.ner;

import java.util.List;

/**
 * The tagger's labels: IOB2 over the four ANERcorp types. Decoding never lets {@code I-X} follow anything but
 * {@code B-X} or {@code I-X}, so every span it yields is well formed.
 */
public final class NerLabels {
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    public static final int O = 0;
    /** O, then B- and I- of each type in {@link #TYPES} order. */
    public static final int COUNT = 1 + 2 * TYPES.size();
    private static final String[] NAMES = names();

    private NerLabels() {
    }

    private static String[] names() {
        String[] names = new String[COUNT];
        names[O] = "O";
        for (int t = 0; t < TYPES.size(); t++) {
            names[begin(t)] = "B-" + TYPES.get(t);
            names[begin(t) + 1] = "I-" + TYPES.get(t);
        }
        return names;
    }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static boolean isBegin(int label) {
        return label != O && label % 2 == 1;
    }

    public static boolean isInside(int label) {
        return label != O && label % 2 == 0;
    }

    /** The type index of a B- or I- label; -1 for O. */
    public static int type(int label) {
        return label == O ? -1 : (label - 1) / 2;
    }

    public static String name(int label) {
        return NAMES[label];
    }

    /** The label of an IOB tag ({@code B-PERS}); IOB1's I- at a span's start reads the same. Unknown: O. */
    public static int of(String tag) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(tag)) {
                return i;
            }
        }
        return O;
    }

    /** Whether {@code next} may follow {@code previous} (-1: the sentence start). */
    public static boolean allowed(int previous, int next) {
        return !isInside(next) || (previous != -1 && previous != O && type(previous) == type(next));
    }
}
