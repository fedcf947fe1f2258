package org.akhbar.ner;

import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.TextNormalizer;

/**
 * The hashed features of every token of a sentence, {@link #PER_TOKEN} a token in one flat array: the normal
 * form and its ±2 window, the form without proclitics (و ف ب ل ك and the article ال) and its neighbours,
 * prefixes and suffixes, the word's shape, what the {@link NameLexicon} says of it and its neighbours (gazetteer
 * names by type and position, nisba adjectives, trigger words, and apart from those what the public name lists
 * say: person-name words by frequency band, full names, towns, clubs), whole gazetteer names over several words,
 * and two word bigrams. A feature is a template number mixed with the hash of its value; no feature table is kept.
 */
public final class TokenFeatures {
    /** Raised whenever a template changes: a model is only read by the features it was trained with. */
    public static final int VERSION = 4;
    public static final int PER_TOKEN = 35;
    /** The first features of every token, those of the word alone ({@link #word}); the rest are of its context. */
    public static final int LOCAL = 17;
    private static final String NONE = "\u0000";
    private static final String START = "\u0001";
    private static final String END = "\u0002";
    private static final int NONE_HASH = NONE.hashCode();
    private static final int GAZETTEER_BITS = NameLexicon.PERS_FIRST | NameLexicon.PERS_LATER | NameLexicon.LOC_FIRST
            | NameLexicon.LOC_LATER | NameLexicon.ORG_FIRST | NameLexicon.ORG_LATER | NameLexicon.NISBA
            | NameLexicon.SINGLE_WORD;
    private static final int FIRST_BITS = NameLexicon.PERS_FIRST | NameLexicon.LOC_FIRST | NameLexicon.ORG_FIRST;
    private static final int LATER_BITS = NameLexicon.PERS_LATER | NameLexicon.LOC_LATER | NameLexicon.ORG_LATER;
    private static final int TRIGGER_BITS = NameLexicon.TITLE | NameLexicon.SPEECH | NameLexicon.LOC_WORD
            | NameLexicon.ORG_WORD;

    private final NameLexicon lexicon;

    public TokenFeatures(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A sentence's tokens with their normal forms and their forms without proclitics. */
    public record Words(String[] tokens, String[] normal, String[] stem) {
        public static Words of(String[] tokens) {
            String[] normal = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                normal[i] = TextNormalizer.normalizeWord(tokens[i]);
            }
            return of(tokens, normal);
        }

        public static Words of(String[] tokens, String[] normal) {
            String[] stem = new String[normal.length];
            for (int i = 0; i < normal.length; i++) {
                int cut = procliticLength(normal[i]);
                stem[i] = cut == 0 ? normal[i] : normal[i].substring(cut);
            }
            return new Words(tokens, normal, stem);
        }

        public int size() {
            return tokens.length;
        }
    }

    /**
     * What the features need of one word alone, the same wherever it stands: its shape, its lexicon bits and those
     * of its form without proclitics, its {@link #LOCAL} features (form, stem, affixes, clitics, shape, bits), and
     * the features it gives the tokens around it: {@link #AS_PREVIOUS} to the next token, {@link #AS_NEXT} to the
     * one before, {@link #AS_SECOND_PREVIOUS} and {@link #AS_SECOND_NEXT} to those two away. Only
     * {@link #PAIRED} features of a token depend on more than one word.
     */
    public record Word(int shape, int bits, int stemBits, int[] local, int[] asPrevious, int[] asNext,
                       int[] asSecondPrevious, int[] asSecondNext) {
    }

    /** Features a token has from the word before it: its form and stem, its bits and its stem's, its list bits. */
    public static final int AS_PREVIOUS = 5;
    public static final int AS_NEXT = 5;
    /** Features a token has from the word two before it (its form and trigger bits), and two after (its form). */
    public static final int AS_SECOND_PREVIOUS = 2;
    public static final int AS_SECOND_NEXT = 1;
    /** Features of a token that depend on it and its neighbours together: shapes, whole names, bigrams. */
    public static final int PAIRED = PER_TOKEN - LOCAL - AS_PREVIOUS - AS_NEXT - AS_SECOND_PREVIOUS - AS_SECOND_NEXT;

    /** What stands before the first token and after the last. */
    public static final Word START_WORD = neighbourOnly(START.hashCode(), -1);
    public static final Word END_WORD = neighbourOnly(END.hashCode(), -2);

    /** The word-alone part of the features of {@code token}, whose normal form is {@code normal}. */
    public Word word(String token, String normal, String stem) {
        int cut = normal.length() - stem.length();
        int shape = shape(token);
        int bits = lexicon.bits(normal);
        int stemBits = cut == 0 ? bits : lexicon.bits(stem);
        int listBits = lexicon.listBits(normal);
        int[] local = {
            mix(0, 0),
            mix(1, normal.hashCode()),
            mix(6, stem.hashCode()),
            mix(9, prefix(normal, 2)),
            mix(10, prefix(normal, 3)),
            mix(11, suffix(normal, 1)),
            mix(12, suffix(normal, 2)),
            mix(13, suffix(normal, 3)),
            mix(14, prefix(stem, 2)),
            mix(15, suffix(stem, 2)),
            mix(16, cut == 0 ? 0 : hash(normal, 0, cut)),
            mix(17, shape * 31 + Math.min(normal.length(), 12)),
            mix(19, bits & GAZETTEER_BITS),
            mix(20, stemBits & GAZETTEER_BITS),
            mix(30, listBits),
            mix(31, cut == 0 ? listBits : lexicon.listBits(stem)),
            mix(34, bits == 0 && listBits == 0 ? vowelShape(stem) : -1),
        };
        return neighbourFeatures(shape, bits, stemBits, listBits, local, normal.hashCode(), stem.hashCode());
    }

    private static Word neighbourOnly(int hash, int bits) {
        return neighbourFeatures(0, bits, bits, bits, new int[0], hash, hash);
    }

    private static Word neighbourFeatures(int shape, int bits, int stemBits, int listBits, int[] local,
                                          int normalHash, int stemHash) {
        return new Word(shape, bits, stemBits, local,
                new int[] {mix(2, normalHash), mix(7, stemHash), mix(21, bits), mix(27, stemBits), mix(32, listBits)},
                new int[] {mix(3, normalHash), mix(8, stemHash), mix(22, bits), mix(28, stemBits), mix(33, listBits)},
                new int[] {mix(4, normalHash), mix(23, bits & TRIGGER_BITS)},
                new int[] {mix(5, normalHash)});
    }

    /** The features of one sentence. */
    public int[] of(Words words) {
        Word[] read = new Word[words.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = word(words.tokens()[i], words.normal()[i], words.stem()[i]);
        }
        return of(words, read);
    }

    /**
     * The features of one sentence whose words were read by {@link #word}, maybe long before: per token its
     * {@link #LOCAL} word-alone features, then those of its context.
     */
    public int[] of(Words words, Word[] read) {
        int n = read.length;
        int[] paired = paired(words, read);
        int[] out = new int[n * PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int o = i * PER_TOKEN;
            System.arraycopy(read[i].local(), 0, out, o, LOCAL);
            o += LOCAL;
            Word previous = neighbour(read, i - 1);
            Word next = neighbour(read, i + 1);
            int p = i * PAIRED;
            out[o] = previous.asPrevious()[0];
            out[o + 1] = next.asNext()[0];
            out[o + 2] = neighbour(read, i - 2).asSecondPrevious()[0];
            out[o + 3] = neighbour(read, i + 2).asSecondNext()[0];
            out[o + 4] = previous.asPrevious()[1];
            out[o + 5] = next.asNext()[1];
            out[o + 6] = paired[p];
            out[o + 7] = previous.asPrevious()[2];
            out[o + 8] = next.asNext()[2];
            out[o + 9] = neighbour(read, i - 2).asSecondPrevious()[1];
            out[o + 10] = paired[p + 1];
            out[o + 11] = paired[p + 2];
            out[o + 12] = paired[p + 3];
            out[o + 13] = previous.asPrevious()[3];
            out[o + 14] = next.asNext()[3];
            out[o + 15] = paired[p + 4];
            out[o + 16] = previous.asPrevious()[4];
            out[o + 17] = next.asNext()[4];
        }
        return out;
    }

    /**
     * The {@link #PAIRED} features of every token, in one flat array: the shapes of the token and its neighbours,
     * the whole gazetteer name it stands in, the bigrams with each neighbour, the whole-name labels around it. The
     * rest of a token's features are those of the words alone (its own and its neighbours', {@link Word}).
     */
    public int[] paired(Words words, Word[] read) {
        String[] normal = words.normal();
        String[] stem = words.stem();
        int n = normal.length;
        int[] shape = new int[n];
        int[] bits = new int[n];
        int[] stemBits = new int[n];
        for (int i = 0; i < n; i++) {
            shape[i] = read[i].shape();
            bits[i] = read[i].bits();
            stemBits[i] = read[i].stemBits();
        }
        int[] nameLabel = nameLabels(normal, stem, bits, stemBits);
        int[] out = new int[n * PAIRED];
        for (int i = 0; i < n; i++) {
            int o = i * PAIRED;
            String w = normal[i];
            out[o] = mix(18, (at(shape, i - 1) * 64 + shape[i]) * 64 + at(shape, i + 1));
            out[o + 1] = mix(24, nameLabel[i]);
            out[o + 2] = mix(25, word(normal, i - 1).hashCode() * 31 + w.hashCode());
            out[o + 3] = mix(26, w.hashCode() * 31 + word(normal, i + 1).hashCode());
            out[o + 4] = mix(29, (at(nameLabel, i - 1) * 64 + nameLabel[i]) * 64 + at(nameLabel, i + 1));
        }
        return out;
    }

    /** The word at {@code i}, or what stands before the first and after the last. */
    public static Word neighbour(Word[] read, int i) {
        return i < 0 ? START_WORD : i >= read.length ? END_WORD : read[i];
    }

    /**
     * Whole gazetteer names of two to {@link NameLexicon#MAX_NAME_WORDS} words, longest first, the first word
     * also without its proclitics: 0 outside, 2t+1 on the first word and 2t+2 on the others of a type-t name.
     * Only runs of words that the lexicon marks as first and later words of names are looked up whole.
     */
    private int[] nameLabels(String[] normal, String[] stem, int[] bits, int[] stemBits) {
        int[] labels = new int[normal.length];
        for (int i = 0; i < normal.length; i++) {
            boolean first = (bits[i] & FIRST_BITS) != 0;
            boolean stemFirst = stem[i] != normal[i] && (stemBits[i] & FIRST_BITS) != 0;
            if (!first && !stemFirst) {
                continue;
            }
            int longest = 1;
            while (longest < NameLexicon.MAX_NAME_WORDS && i + longest < normal.length
                    && (bits[i + longest] & LATER_BITS) != 0) {
                longest++;
            }
            for (int len = longest; len >= 2; len--) {
                int type = nameAt(normal, first ? normal[i] : null, stemFirst ? stem[i] : null, i, len);
                if (type > 0) {
                    labels[i] = 2 * type - 1;
                    for (int k = 1; k < len; k++) {
                        labels[i + k] = 2 * type;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        return labels;
    }

    private int nameAt(String[] normal, String firstWord, String firstStem, int i, int len) {
        StringBuilder rest = new StringBuilder();
        for (int k = 1; k < len; k++) {
            rest.append(' ').append(normal[i + k]);
        }
        int type = firstWord == null ? 0 : lexicon.name(firstWord + rest);
        return type > 0 || firstStem == null ? type : lexicon.name(firstStem + rest);
    }

    /** How many leading characters are proclitics, each cut while more than three letters are left to cut from. */
    static int procliticLength(String w) {
        return Proclitics.ALL.length(w, 3);
    }

    /** 1 Arabic letters, 2 Latin, 3 digits, 4 punctuation or symbols, 5 mixed; +8 when a Latin capital starts it. */
    static int shape(String token) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) {
                arabic = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            } else {
                other = true;
            }
        }
        int kinds = (arabic ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0);
        int shape = kinds > 1 ? 5 : arabic ? 1 : latin ? 2 : digit ? 3 : other ? 4 : 0;
        if (other && kinds > 0) {
            shape += 16;
        }
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) ? shape + 8 : shape;
    }

    /**
     * How a word not in any list is spelled, as foreign names transliterated into Arabic are: how many long vowels
     * (ا، و، ي) follow its first letter, and its longest run of consonants (كوليبالي: 4 and 1; Arabic words follow
     * root patterns with fewer long vowels and longer consonant runs, استثمارات: 2 and 4). 0 for shorter words.
     */
    static int vowelShape(String stem) {
        int vowels = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 1; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                vowels++;
                run = 0;
            } else {
                longestRun = Math.max(longestRun, ++run);
            }
        }
        return stem.length() < 4 ? 0 : Math.min(vowels, 5) * 8 + Math.min(longestRun, 7);
    }

    private static String word(String[] words, int i) {
        return i < 0 ? START : i >= words.length ? END : words[i];
    }

    private static int at(int[] values, int i) {
        return i < 0 ? -1 : i >= values.length ? -2 : values[i];
    }

    private static int prefix(String w, int n) {
        return w.length() < n ? NONE_HASH : hash(w, 0, n);
    }

    private static int suffix(String w, int n) {
        return w.length() < n ? NONE_HASH : hash(w, w.length() - n, w.length());
    }

    /** {@code w.substring(from, to).hashCode()} without the substring: the tagger runs on every word. */
    static int hash(String w, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + w.charAt(i);
        }
        return h;
    }

    /** A template's number and a value's hash, mixed (murmur3's finaliser) so that buckets spread evenly. */
    static int mix(int template, int value) {
        int h = template * 0x9E3779B1 ^ value * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
