package org.akhbar.generate;

import java.util.ArrayList;
import java.util.List;

/** A story's own text: its title and body paragraphs, about one {@link Topic}. */
record Story(String title, List<String> paragraphs, Topic topic) {

    Story {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The same story with one paragraph (never the lead) cut, as reprinting sites do. */
    Story trimmedAt(int paragraph) {
        List<String> kept = new ArrayList<>(paragraphs);
        kept.remove(Math.max(1, Math.min(paragraph, kept.size() - 1)));
        return new Story(title, kept, topic);
    }

    Story withTopic(Topic other) {
        return new Story(title, paragraphs, other);
    }
}
