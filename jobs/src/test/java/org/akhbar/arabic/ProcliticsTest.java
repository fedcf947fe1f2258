package org.akhbar.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcliticsTest {
    @Test
    void allCutsConjunctionPrepositionAndArticle() {
        assertEquals("رئيس", Proclitics.ALL.strip("وبالرئيس", 3));
        assertEquals("رئيس", Proclitics.ALL.strip("للرئيس", 3), "ل + ال written لل");
        assertEquals("رئيس", Proclitics.ALL.strip("فللرئيس", 3));
        assertEquals("قاهره", Proclitics.ALL.strip("القاهره", 3));
        assertEquals("يروت", Proclitics.ALL.strip("وبيروت", 3), "greedy: the ب of بيروت reads as a preposition");
    }

    @Test
    void shortWordsThatStartWithTheLettersStayWhole() {
        assertEquals("ولد", Proclitics.ALL.strip("ولد", 3));
        assertEquals("بلد", Proclitics.ALL.strip("بلد", 3));
        assertEquals("كل", Proclitics.ALL.strip("كل", 3));
        assertEquals("الي", Proclitics.ALL.strip("الي", 3));
    }

    @Test
    void eachCutNeedsMoreLettersThanTheLimitBeforeIt() {
        assertEquals(1, Proclitics.ALL.length("وبلد", 3), "و cut from 4 letters; بلد, 3, is left");
        assertEquals(0, Proclitics.ALL.length("وبلد", 4));
    }

    @Test
    void narrowerVariantsLeaveTheArticleOrThePreposition() {
        assertEquals("الرئيس", Proclitics.CONJUNCTION_AND_PREPOSITION.strip("وبالرئيس", 3));
        assertEquals("الحمروني", Proclitics.CONJUNCTION_AND_PREPOSITION.strip("وبالحمروني", 4));
        assertEquals("بلعاتي", Proclitics.CONJUNCTION_AND_PREPOSITION.strip("لبلعاتي", 4));
        assertEquals("لعاتي", Proclitics.CONJUNCTION_AND_PREPOSITION.strip("وبلعاتي", 4), "greedy, as ALL");
        assertEquals("بالرئيس", Proclitics.CONJUNCTION.strip("وبالرئيس", 3));
        assertEquals("السوداني", Proclitics.CONJUNCTION.strip("والسوداني", 3));
    }

    @Test
    void aRunIsConjunctionThenPrepositionThenArticleInThatOrder() {
        assertTrue(Proclitics.isRun("وبالرئيس", 4));
        assertTrue(Proclitics.isRun("فلسطين", 1));
        assertTrue(Proclitics.isRun("القاهره", 2));
        assertFalse(Proclitics.isRun("بوالرئيس", 2), "preposition before conjunction");
        assertFalse(Proclitics.isRun("الوزير", 3), "the article then و");
        assertFalse(Proclitics.isRun("مصر", 1));
    }
}
