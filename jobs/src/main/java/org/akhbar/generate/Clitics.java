package org.akhbar.generate;

/** Glues a proclitic to a word the way Arabic spelling does: {@code ل + الجزائر = للجزائر}. */
final class Clitics {
    private Clitics() {
    }

    static String attach(String clitic, String word) {
        if (clitic.isEmpty()) {
            return word;
        }
        if (clitic.endsWith("ل") && word.startsWith("ال")) {
            return clitic + word.substring(1);
        }
        return clitic + word;
    }
}
