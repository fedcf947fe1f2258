package org.akhbar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.WordClasses;
import org.akhbar.entity.Entity;
import org.akhbar.entity.EntityType;
import org.akhbar.entity.Gazetteer;

/**
 * What the tagger knows of words before it reads them: for each normal word, the kinds of gazetteer names it
 * stands in (first word or later word of a person's, place's or organisation's name, a nisba adjective), whole
 * multi-word names by type, and the trigger words of {@code ner/triggers.tsv} (titles, verbs of speech, words
 * for places and for organisations).
 */
public final class NameLexicon implements Serializable {
    public static final int PERS_FIRST = 1;
    public static final int PERS_LATER = 1 << 1;
    public static final int LOC_FIRST = 1 << 2;
    public static final int LOC_LATER = 1 << 3;
    public static final int ORG_FIRST = 1 << 4;
    public static final int ORG_LATER = 1 << 5;
    public static final int NISBA = 1 << 6;
    public static final int SINGLE_WORD = 1 << 7;
    public static final int TITLE = 1 << 8;
    public static final int SPEECH = 1 << 9;
    public static final int LOC_WORD = 1 << 10;
    public static final int ORG_WORD = 1 << 11;
    /** Bits of the public name lists ({@link #listBits}), kept apart from the gazetteer's and the triggers'. */
    public static final int LIST_TOKEN_RARE = 1;
    public static final int LIST_TOKEN_COMMON = 1 << 1;
    public static final int LIST_TOKEN_FREQUENT = 1 << 2;
    public static final int LIST_NAME = 1 << 3;
    public static final int LIST_PERSON_FIRST = 1 << 4;
    public static final int LIST_PERSON_LATER = 1 << 5;
    public static final int LIST_PLACE = 1 << 6;
    public static final int LIST_PLACE_PART = 1 << 7;
    public static final int LIST_CLUB = 1 << 8;
    static final String NAME_LISTS = "/ner/name-lists.tsv.gz";
    /** Person-name words seen fewer times than this in Wikidata labels are rare, up to the next bound common. */
    private static final int COMMON_TOKEN = 3;
    private static final int FREQUENT_TOKEN = 30;

    /** Longest gazetteer name matched as a whole, in words. */
    public static final int MAX_NAME_WORDS = 5;

    private final Map<String, Integer> bits = new HashMap<>();
    /** What the public name lists say of a normal word: {@code LIST_*} bits. */
    private final Map<String, Integer> listBits = new HashMap<>();
    /** Whole names of two words or more, their words joined by one space → 1 + the NER type index. */
    private final Map<String, Integer> names = new HashMap<>();

    private NameLexicon() {
    }

    public static NameLexicon of(Gazetteer gazetteer) {
        NameLexicon lexicon = new NameLexicon();
        for (Entity e : gazetteer.entities()) {
            int type = typeIndex(e.type());
            lexicon.addName(e.nameAr(), type);
            e.aliases().forEach(a -> lexicon.addName(a, type));
            for (String form : e.nisba()) {
                for (String w : words(form)) {
                    lexicon.bits.merge(w, NISBA, (a, b) -> a | b);
                }
            }
        }
        lexicon.readTriggers();
        lexicon.readNameLists();
        return lexicon;
    }

    /** The bits of one normal word; 0 when it is in no list. */
    public int bits(String normal) {
        Integer b = bits.get(normal);
        return b == null ? 0 : b;
    }

    /** The {@code LIST_*} bits of one normal word; 0 when no public list holds it. */
    public int listBits(String normal) {
        Integer b = listBits.get(normal);
        return b == null ? 0 : b;
    }

    /** 1 + the type index of the whole name these words make, or 0. */
    public int name(String joinedNormal) {
        Integer t = names.get(joinedNormal);
        return t == null ? 0 : t;
    }

    private void addName(String name, int type) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return;
        }
        int first = switch (type) {
            case 0 -> PERS_FIRST;
            case 1 -> LOC_FIRST;
            default -> ORG_FIRST;
        };
        for (int i = 0; i < words.size(); i++) {
            int bit = i == 0 ? first : first << 1;
            if (words.size() == 1) {
                bit |= SINGLE_WORD;
            }
            bits.merge(words.get(i), bit, (a, b) -> a | b);
        }
        if (words.size() > 1 && words.size() <= MAX_NAME_WORDS) {
            names.putIfAbsent(String.join(" ", words), 1 + type);
        }
    }

    private void readTriggers() {
        WordClasses.read("/ner/triggers.tsv", Map.of("title", TITLE, "speech", SPEECH, "loc", LOC_WORD, "org",
                ORG_WORD)).forEach((word, bit) -> bits.merge(word, bit, (a, b) -> a | b));
    }

    /**
     * The public lists of {@value #NAME_LISTS} (built by {@code bin/build-name-lists}): person-name words by how
     * often Wikidata labels use them, given and family names, full names of well-known people, towns and clubs.
     * They are evidence for the tagger only: a list name becomes no gazetteer entity.
     */
    private void readNameLists() {
        try (InputStream in = NameLexicon.class.getResourceAsStream(NAME_LISTS)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + NAME_LISTS
                        + ": rebuild it with bin/build-name-lists");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] row = line.split("\t");
                List<String> words = words(row[1]);
                if (!words.isEmpty()) {
                    addListed(row[0], words, Integer.parseInt(row[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addListed(String kind, List<String> words, int count) {
        for (int i = 0; i < words.size(); i++) {
            boolean single = words.size() == 1;
            int bit = switch (kind) {
                case "person-token" -> count < COMMON_TOKEN ? LIST_TOKEN_RARE
                        : count < FREQUENT_TOKEN ? LIST_TOKEN_COMMON : LIST_TOKEN_FREQUENT;
                case "name" -> LIST_NAME;
                case "person" -> i == 0 ? LIST_PERSON_FIRST : LIST_PERSON_LATER;
                case "place" -> single ? LIST_PLACE : LIST_PLACE_PART;
                case "club" -> LIST_CLUB;
                default -> 0;
            };
            listBits.merge(words.get(i), bit, (a, b) -> a | b);
        }
    }

    private static List<String> words(String text) {
        return ArabicTokenizer.words(text).stream().map(ArabicTokenizer.Word::normal).filter(w -> !w.isEmpty())
                .toList();
    }

    /** The NER type index ({@link NerLabels#TYPES}) of a gazetteer type. */
    static int typeIndex(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case LOC -> 1;
            case ORG -> 2;
        };
    }
}
