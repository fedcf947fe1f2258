package org.akhbar.arabic;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.arabic.ArabicTokenizer.Word;

/**
 * A text in segments (an article's title, then its paragraphs) cut into words once: cutting and normalising is
 * the costliest step of enrichment, and the entity matcher and the tag splitter both read the same words.
 */
public final class SegmentedText {
    private final List<List<Word>> segments;
    private String spacedNormal;

    private SegmentedText(List<List<Word>> segments) {
        this.segments = segments;
    }

    /** @param segments the texts in order; a null segment (an article without a title) has no words */
    public static SegmentedText of(List<String> segments) {
        List<List<Word>> words = new ArrayList<>(segments.size());
        for (String segment : segments) {
            words.add(ArabicTokenizer.words(segment));
        }
        return new SegmentedText(words);
    }

    public int size() {
        return segments.size();
    }

    public List<Word> words(int segment) {
        return segments.get(segment);
    }

    /** The words of the first segment, the title; none when there is no title or no segment. */
    public List<Word> title() {
        return segments.isEmpty() ? List.of() : segments.get(0);
    }

    /**
     * Every word's normal form with one space between words and one before and after them all, so that a phrase
     * of whole words in normal form is found as {@code " " + phrase + " "} (segments are not kept apart: nor were
     * the paragraphs of the text this replaced).
     */
    public String spacedNormal() {
        if (spacedNormal == null) {
            StringBuilder s = new StringBuilder(" ");
            for (List<Word> segment : segments) {
                for (Word w : segment) {
                    s.append(w.normal()).append(' ');
                }
            }
            spacedNormal = s.toString();
        }
        return spacedNormal;
    }
}
