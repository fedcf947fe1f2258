package org.akhbar.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.entity.Entity;

/** Fills the slots of a {@link Templates} template with one topic's names, through one story's {@link Mentions}. */
final class TemplateFiller {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)(?::([^}]*))?}");

    private final Topic topic;
    private final Mentions mentions;
    private final SplittableRandom random;
    private String tag;

    TemplateFiller(Topic topic, Mentions mentions, SplittableRandom random) {
        this.topic = topic;
        this.mentions = mentions;
        this.random = random;
        this.tag = topic.tags().get(0);
    }

    /** Fills a template; {@code {T}} becomes the given tag. */
    String fill(String template, String tagForSlot) {
        this.tag = tagForSlot;
        return fill(template);
    }

    String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String clitic = m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), clitic)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String slot, String clitic) {
        Nisba nisba = Nisba.of(topic.countries().get(0));
        return switch (slot) {
            case "P" -> mentions.name(topic.people().get(0), clitic);
            case "P2" -> mentions.name(topic.people().get(1), clitic);
            case "C" -> mentions.name(topic.countries().get(0), clitic);
            case "C2" -> mentions.name(topic.countries().get(1), clitic);
            case "L" -> mentions.name(topic.place(), clitic);
            case "O" -> mentions.name(topic.organisation(), clitic);
            case "S" -> mentions.name(topic.outlet(), clitic);
            case "N" -> Clitics.attach(clitic, nisba.masculine());
            case "NF" -> Clitics.attach(clitic, nisba.feminine());
            case "T" -> Clitics.attach(clitic, tag);
            case "DAY" -> Templates.WEEKDAYS.get(day().getDayOfWeek().ordinal());
            case "NUM" -> Integer.toString(3 + random.nextInt(97));
            case "U" -> mentions.name(topic.unlisted().person(), clitic);
            case "UL" -> mentions.name(topic.unlisted().place(), clitic);
            case "UO" -> mentions.name(topic.unlisted().organisation(), clitic);
            case "EP" -> english(topic.people().get(0));
            case "EC2" -> english(topic.countries().get(1));
            case "EL" -> english(topic.place());
            default -> throw new IllegalArgumentException("unknown slot " + slot);
        };
    }

    private LocalDate day() {
        return LocalDate.ofInstant(topic.published(), ZoneOffset.UTC);
    }

    private static String english(Entity e) {
        return e.nameEn();
    }
}
