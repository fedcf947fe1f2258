package org.akhbar.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import org.akhbar.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource({"أذربيجان,اذربيجان", "إيران,ايران", "آسيا,اسيا", "مصطفى,مصطفي", "الإمارات,الامارات",
            "قوة,قوه", "أيضاً,ايضا", "ﻷ,لا", "ی,ي", "کرملین,كرملين", "٢٠٢٣,2023", "۲۰۲۳,2023", "RT,rt",
            "مـوسكو,موسكو"})
    void wordsFoldAsDocumented(String word, String normal) {
        assertEquals(normal, TextNormalizer.normalizeWord(word));
    }

    @Test
    void theFastPathAgreesWithLuceneOnEveryWordOfTheSeeds() throws Exception {
        Method full = TextNormalizer.class.getDeclaredMethod("normalizeWordFully", String.class);
        full.setAccessible(true);
        int checked = 0;
        for (String seed : new String[] {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004}) {
            for (String word : Seeds.text(seed).split("[^\\p{L}\\p{M}\\p{Nd}\\u0640]+")) {
                String fast = TextNormalizer.plainArabicOrAscii(word);
                if (fast != null) {
                    assertEquals(full.invoke(null, word), fast, word);
                    checked++;
                }
            }
        }
        assertNotNull(checked > 2000 ? "" : null, "most words take the fast path: " + checked);
    }

    @Test
    void wholeTextsLoseDiacriticsPunctuationAndInvisibleMarks() {
        assertEquals("قالت روسيا اليوم الخميس", TextNormalizer.normalize("قالتْ روسيا،\u200F اليومَ «الخميس»!"));
    }

    @Test
    void lowerCasesLatinAndOtherScriptsButLeavesArabicAsItIs() {
        assertEquals("قالت bbc عربي", TextNormalizer.normalize("قالت BBC عربي"));
        assertEquals("école σοφια", TextNormalizer.normalize("ÉCOLE ΣΟΦΙΑ"),
                "letters outside ASCII and Arabic go through the full Unicode rules");
        assertEquals("رقم 2024", TextNormalizer.normalize("رقم ٢٠٢٤"), "Arabic-Indic digits become ASCII");
    }
}
