package org.akhbar.generate;

import org.akhbar.entity.Entity;

/** The definite nisba adjective of a country, masculine ({@code الروسي}) and feminine ({@code الروسية}). */
record Nisba(String masculine, String feminine) {

    /** The first definite masculine form in the gazetteer, or null when the country has none. */
    static Nisba of(Entity country) {
        for (String form : country.nisba()) {
            if (form.startsWith("ال") && form.endsWith("ي") && !form.contains(" ")) {
                return new Nisba(form, form + "ة");
            }
        }
        return null;
    }
}
