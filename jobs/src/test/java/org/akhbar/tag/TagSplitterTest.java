package org.akhbar.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.akhbar.arabic.SegmentedText;
import org.junit.jupiter.api.Test;

class TagSplitterTest {
    private static final TagSplitter SPLITTER = new TagSplitter(Set.of("اوبك+", "اسعار النفط"));

    private static List<String> inText(String tagLine, String title, String... paragraphs) {
        List<String> segments = new ArrayList<>();
        segments.add(title);
        segments.addAll(List.of(paragraphs));
        return SPLITTER.split(tagLine, SegmentedText.of(segments)).stream()
                .map(t -> t.raw() + (t.inText() ? " +" : " -")).toList();
    }

    @Test
    void aTagIsInTheTextWhenItsWordsComeThereInOrderWithOrWithoutAClitic() {
        assertEquals(List.of("أوبك+ +", "أسعار النفط +", "فيينا -"),
                inText("أوبك+ أسعار النفط فيينا", "اجتماع أوبك+ اليوم", "تراجعت أسعار النفط.",
                        "وقال وزير إن وبأسعار أخرى"));
        // "النفط" with the clitic و is still the word; "أوبك" alone is another tag than "أوبك+"
        assertEquals(List.of("النفط +", "أوبك -"), inText("النفط أوبك", "اجتماع أوبك+ اليوم", "ارتفع الذهب والنفط"));
    }
}
