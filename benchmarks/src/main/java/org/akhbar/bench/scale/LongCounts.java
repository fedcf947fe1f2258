package org.akhbar.bench.scale;

/** Counts keyed by a packed long in one open-addressed table: the combiner of the aggregate limit, no boxing. */
final class LongCounts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private long[] values;
    private int size;

    LongCounts() {
        keys = new long[1 << 16];
        values = new long[1 << 16];
        java.util.Arrays.fill(keys, EMPTY);
    }

    void add(long key, long delta) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                values[slot] = delta;
                grow();
                return;
            }
        }
        values[slot] += delta;
    }

    int size() {
        return size;
    }

    /** What is done with each key and its count. */
    interface Entry {
        void accept(long key, long count);
    }

    void forEach(Entry each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                each.accept(keys[i], values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
