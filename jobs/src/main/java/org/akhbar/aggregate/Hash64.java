package org.akhbar.aggregate;

/** 64-bit hashes computed in plain Java, the same in every JVM: of a text, and a mixer of longs. */
final class Hash64 {
    private Hash64() {
    }

    /** FNV-1a over the UTF-16 units of {@code text}, mixed. */
    static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
