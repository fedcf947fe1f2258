package org.akhbar.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a story about a topic from the templates: a lead, an organisation paragraph, a paragraph on the names no
 * gazetteer lists when the topic has any, then 5 to 9 more.
 */
final class StoryWriter {

    Story write(Topic topic, SplittableRandom random) {
        Mentions mentions = new Mentions(random);
        TemplateFiller filler = new TemplateFiller(topic, mentions, random);
        String title = filler.fill(pick(Templates.HEADLINES, random));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(filler.fill(pick(Templates.LEADS, random)));
        paragraphs.add(filler.fill(pick(Templates.ORGANISATION, random)));
        String unlisted = unlistedParagraph(topic.unlisted(), filler, random);
        if (!unlisted.isEmpty()) {
            paragraphs.add(unlisted);
        }
        List<String> unused = new ArrayList<>(Templates.SENTENCES);
        int more = 5 + random.nextInt(5);
        for (int i = 0; i < more; i++) {
            int sentences = 1 + random.nextInt(3);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < sentences && !unused.isEmpty(); s++) {
                if (s > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(filler.fill(unused.remove(random.nextInt(unused.size()))));
            }
            paragraphs.add(paragraph.toString());
        }
        StringBuilder closing = new StringBuilder();
        for (String tag : topic.tags()) {
            if (closing.length() > 0) {
                closing.append(' ');
            }
            closing.append(filler.fill(pick(Templates.TAG_SENTENCES, random), tag));
        }
        paragraphs.add(closing.toString());
        return new Story(title, paragraphs, topic);
    }

    /** The sentences on the unlisted names: a person with a role (with the place or organisation), then the rest. */
    private static String unlistedParagraph(Topic.Unlisted unlisted, TemplateFiller filler, SplittableRandom random) {
        List<String> sentences = new ArrayList<>();
        boolean placeNamed = false;
        boolean organisationNamed = false;
        if (unlisted.person() != null) {
            double roll = random.nextDouble();
            if (unlisted.place() != null && roll < 0.4) {
                sentences.add(pick(Templates.UNLISTED_PERSON_AND_PLACE, random));
                placeNamed = true;
            } else if (unlisted.organisation() != null && roll < 0.8) {
                sentences.add(pick(Templates.UNLISTED_PERSON_AND_ORGANISATION, random));
                organisationNamed = true;
            } else {
                sentences.add(pick(Templates.UNLISTED_PERSON, random));
            }
            if (random.nextDouble() < 0.6) {
                sentences.add(pick(Templates.UNLISTED_PERSON_AGAIN, random));
            }
        }
        if (unlisted.place() != null && !placeNamed) {
            sentences.add(pick(Templates.UNLISTED_PLACE, random));
        }
        if (unlisted.organisation() != null && !organisationNamed) {
            sentences.add(pick(Templates.UNLISTED_ORGANISATION, random));
        }
        StringBuilder paragraph = new StringBuilder();
        for (String sentence : sentences) {
            paragraph.append(paragraph.length() > 0 ? " " : "").append(filler.fill(sentence));
        }
        return paragraph.toString();
    }

    /** A headline about the topic, for links to other articles. */
    String headline(Topic topic, SplittableRandom random) {
        return new TemplateFiller(topic, new Mentions(random), random).fill(pick(Templates.HEADLINES, random));
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
