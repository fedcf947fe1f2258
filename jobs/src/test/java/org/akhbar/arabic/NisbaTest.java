package org.akhbar.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NisbaTest {
    @Test
    void definiteMasculineNisbaIsTheArticleAStemAndYa() {
        assertTrue(Nisba.isDefiniteMasculine("السوداني"));
        assertTrue(Nisba.isDefiniteMasculine("السياسي"));
        assertFalse(Nisba.isDefiniteMasculine("السودانيه"), "feminine");
        assertFalse(Nisba.isDefiniteMasculine("سوداني"), "indefinite");
        assertFalse(Nisba.isDefiniteMasculine("الي"), "no stem");
    }
}
