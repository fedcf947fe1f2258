package org.akhbar.arabic;

/** Nisba adjectives, the relation adjectives of Arabic (سوداني Sudanese, سياسي political). */
public final class Nisba {
    private Nisba() {
    }

    /** A definite masculine singular nisba (السوداني، السياسي) in normal form: ال…ي with a stem between. */
    public static boolean isDefiniteMasculine(String normal) {
        return normal.length() > 3 && normal.startsWith("ال") && normal.endsWith("ي");
    }
}
