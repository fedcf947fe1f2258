package org.akhbar.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inflections of nisba adjectives that curated lists leave out: from {@code أمريكي} also the accusative
 * {@code أمريكياً}, the plurals {@code أمريكيين}, {@code أمريكيون}, {@code أمريكيات}, and each with and without
 * the article.
 */
final class NisbaForms {
    private static final String ARTICLE = "ال";

    private NisbaForms() {
    }

    static Set<String> expand(List<String> forms) {
        Set<String> out = new LinkedHashSet<>(forms);
        for (String form : forms) {
            String bare = form.startsWith(ARTICLE) ? form.substring(ARTICLE.length()) : form;
            if (!bare.endsWith("ي")) {
                continue;
            }
            for (String inflected : new String[] {bare, bare + "ا", bare + "ين", bare + "ون", bare + "ة", bare + "ات"}) {
                out.add(inflected);
                out.add(ARTICLE + inflected);
            }
        }
        return out;
    }
}
