package org.akhbar.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.akhbar.entity.Entity;
import org.akhbar.entity.EntityType;

/**
 * How one story writes its entities, as Arabic sites do: mostly the canonical name, sometimes another spelling
 * or the name without hamza, a person's bare surname once the full name was given, and clitics glued on.
 */
final class Mentions {
    private final SplittableRandom random;
    private final Set<String> introduced = new HashSet<>();

    Mentions(SplittableRandom random) {
        this.random = random;
    }

    /** The entity's name with the clitic ({@code و ب ل وب ول}, or none) glued to it. */
    String name(Entity e, String clitic) {
        return Clitics.attach(clitic, spelling(e));
    }

    private String spelling(Entity e) {
        boolean firstPersonMention = e.type() == EntityType.PERSON && introduced.add(e.id());
        if (e.type() == EntityType.PERSON && !firstPersonMention) {
            String[] words = e.nameAr().split(" ");
            if (words.length > 1 && random.nextInt(2) == 0) {
                return words[words.length - 1];
            }
        }
        double roll = random.nextDouble();
        List<String> aliases = arabicAliases(e);
        if (firstPersonMention) {
            // A person is introduced by a full name; a bare surname only follows it.
            aliases.removeIf(alias -> !alias.contains(" "));
        }
        if (roll < 0.2 && !aliases.isEmpty()) {
            return aliases.get(random.nextInt(aliases.size()));
        }
        if (roll < 0.32) {
            return withoutHamza(e.nameAr());
        }
        return e.nameAr();
    }

    /** Other Arabic spellings of at least two words or four letters, so that a bare alias is not a common word. */
    private static List<String> arabicAliases(Entity e) {
        List<String> kept = new ArrayList<>();
        for (String alias : e.aliases()) {
            if (isArabic(alias) && (alias.contains(" ") || alias.length() >= 4)) {
                kept.add(alias);
            }
        }
        return kept;
    }

    static String withoutHamza(String name) {
        return name.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }
}
