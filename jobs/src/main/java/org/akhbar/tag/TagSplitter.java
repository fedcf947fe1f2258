package org.akhbar.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.SegmentedText;

/**
 * Splits the space-joined tag line ({@code كلمات دلالية:}) into real tags. Multi-word tags are joined by the same
 * spaces as tags, so the split uses, in order:
 *
 * <ol>
 *   <li>known units, longest first: the tag vocabulary (curated plus learned from the corpus) and gazetteer
 *       names ({@code دميتري بيسكوف}, {@code قوات حفظ السلام الروسية});</li>
 *   <li>a word with the conjunction {@code و} whose remainder is a known unit joins the tag before it
 *       ({@code أرمينيا وأذربيجان});</li>
 *   <li>Arabic noun-phrase grammar for unknown words: an indefinite noun takes a following definite word or name
 *       as its complement (idafa: {@code وزير الخارجية}, {@code عام الاستدامة}), and a definite word takes a
 *       following definite adjective ending in {@code ي/ية} ({@code التغير المناخي}, {@code القوات الاذرية});</li>
 *   <li>a preposition starts a fragment ({@code فی إقلیم}), which is dropped.</li>
 * </ol>
 * A tag line that repeats the title's words (four or more, in order) is split into single words. A leading run of
 * three or more tags none of which occurs in the title or body, followed by tags that do, is the site's box of
 * trending tags and is flagged {@code siteBox}.
 */
public final class TagSplitter implements Serializable {
    private static final int MAX_UNIT_WORDS = 6;
    private static final int MIN_SITE_BOX_RUN = 3;
    private static final int MIN_TITLE_WORDS = 4;
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "علي", "الي", "عن", "مع", "حتي", "منذ");

    private final Set<String> units;

    /** @param units known tags and names in normal form (words joined by one space) */
    public TagSplitter(Set<String> units) {
        this.units = Set.copyOf(units);
    }

    /** @param text the article's title (segment 0, possibly without words) and paragraphs */
    public List<Tag> split(String tagLine, SegmentedText text) {
        List<Word> words = ArabicTokenizer.words(tagLine);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Tag> tags = repeatsTitle(words, text.title()) ? singleWords(words) : segment(words);
        return flagSiteBox(tags, text.spacedNormal());
    }

    private List<Tag> segment(List<Word> words) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String first = words.get(i).normal();
            if (PREPOSITIONS.contains(first)) {
                break; // a trailing fragment such as "فی إقلیم"
            }
            int known = longestUnit(words, i);
            int end;
            String how;
            if (known > 0) {
                end = i + known;
                how = "vocabulary";
            } else {
                end = grammarEnd(words, i);
                how = end - i > 1 ? "grammar" : "word";
            }
            if (end < words.size() && joinsByConjunction(words, end)) {
                int conjunctEnd = end + Math.max(1, longestUnit(conjunctionStripped(words, end), 0));
                end = Math.min(words.size(), conjunctEnd);
                how = "conjunction";
            }
            tags.add(tag(words, i, end, tags.size(), how));
            i = end;
        }
        return tags;
    }

    /** Words of the longest known unit starting at {@code i}, or 0. */
    private int longestUnit(List<Word> words, int i) {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= MAX_UNIT_WORDS && i + n <= words.size(); n++) {
            key.append(n > 1 ? " " : "").append(words.get(i + n - 1).normal());
            if (units.contains(key.toString())) {
                best = n;
            }
        }
        return best;
    }

    private int grammarEnd(List<Word> words, int i) {
        int end = i + 1;
        while (end < words.size() && longestUnit(words, end) <= 1) {
            String last = words.get(end - 1).normal();
            String next = words.get(end).normal();
            boolean lastDefinite = last.startsWith("ال");
            boolean nextDefinite = next.startsWith("ال");
            boolean idafa = !lastDefinite && !units.contains(last) && (nextDefinite || units.contains(next))
                    && !PREPOSITIONS.contains(next);
            boolean adjective = lastDefinite && nextDefinite && (next.endsWith("ي") || next.endsWith("يه"));
            if (!idafa && !adjective) {
                break;
            }
            end++;
            if (idafa && units.contains(next) && !nextDefinite) {
                break; // a name closes the phrase: "محاكمة ترامب"
            }
        }
        return end;
    }

    private boolean joinsByConjunction(List<Word> words, int at) {
        String w = words.get(at).normal();
        // Only و (and) joins the units of a list; ف (then) does not.
        return w.charAt(0) == 'و' && Proclitics.CONJUNCTION.length(w, 3) == 1
                && longestUnit(conjunctionStripped(words, at), 0) > 0;
    }

    private static List<Word> conjunctionStripped(List<Word> words, int at) {
        List<Word> rest = new ArrayList<>(words.subList(at, words.size()));
        Word w = rest.get(0);
        rest.set(0, new Word(w.surface().substring(1), w.normal().substring(1), false));
        return rest;
    }

    private static boolean repeatsTitle(List<Word> words, List<Word> titleWords) {
        if (words.size() < MIN_TITLE_WORDS) {
            return false;
        }
        int t = 0;
        for (Word w : words) {
            while (t < titleWords.size() && !titleWords.get(t).normal().equals(w.normal())) {
                t++;
            }
            if (t == titleWords.size()) {
                return false;
            }
            t++;
        }
        return true;
    }

    private static List<Tag> singleWords(List<Word> words) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            tags.add(tag(words, i, i + 1, i, "title_words"));
        }
        return tags;
    }

    private static Tag tag(List<Word> words, int from, int to, int position, String how) {
        StringBuilder raw = new StringBuilder();
        StringBuilder normal = new StringBuilder();
        for (int k = from; k < to; k++) {
            raw.append(k > from ? " " : "").append(words.get(k).surface());
            normal.append(k > from ? " " : "").append(words.get(k).normal());
        }
        return new Tag(raw.toString(), normal.toString(), position, false, how, false);
    }

    private static List<Tag> flagSiteBox(List<Tag> tags, String text) {
        List<Tag> out = new ArrayList<>(tags.size());
        for (Tag t : tags) {
            out.add(new Tag(t.raw(), t.normal(), t.position(), false, t.how(), occursIn(t, text)));
        }
        int run = 0;
        while (run < out.size() && !out.get(run).inText()) {
            run++;
        }
        if (run >= MIN_SITE_BOX_RUN && run < out.size()) {
            for (int k = 0; k < run; k++) {
                Tag t = out.get(k);
                out.set(k, new Tag(t.raw(), t.normal(), t.position(), true, t.how(), false));
            }
        }
        return out;
    }

    /**
     * The tag in the text, as a whole word sequence, possibly with a clitic on its first word.
     *
     * @param normalText the text's words in normal form, spaced as {@link SegmentedText#spacedNormal()}
     */
    private static boolean occursIn(Tag tag, String normalText) {
        for (String clitic : new String[] {"", "و", "ب", "ل", "ف", "وب", "ول", "لل"}) {
            String needle = " " + clitic + (clitic.equals("لل") && tag.normal().startsWith("ال")
                    ? tag.normal().substring(2) : tag.normal()) + " ";
            if (normalText.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Units from tag texts and names: each normalised to words joined by one space. */
    public static Set<String> units(Iterable<String> texts) {
        Set<String> out = new HashSet<>();
        for (String text : texts) {
            String normal = String.join(" ", ArabicTokenizer.words(text).stream().map(Word::normal).toList());
            if (!normal.isEmpty()) {
                out.add(normal);
            }
        }
        return out;
    }
}
