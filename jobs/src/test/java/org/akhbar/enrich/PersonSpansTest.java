package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.NameLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sentences written for this test, each with the person span the tagger reads on pages like them (the five classes
 * of wrong learned persons found by reading real pages), and what of it names someone.
 */
class PersonSpansTest {
    private static PersonSpans spans;

    @BeforeAll
    static void load() {
        spans = new PersonSpans(NameLexicon.of(Gazetteer.bundled()));
    }

    private static String kept(String sentence, int first, int last) {
        return SpanRuleCases.kept(spans::keep, sentence, first, last);
    }

    @Test
    void aVerbOrParticleGluedBeforeTheNameIsCut() {
        assertEquals("بن عاشور", kept("انتقد بن عاشور القرار الأخير", 0, 2));
        assertEquals("بن يحي", kept("واشار بن يحي إلى أن الموسم صعب", 0, 2));
        assertEquals("هولاند", kept("وأعلن بأن هولاند سيزور تونس", 1, 2));
    }

    @Test
    void aRoleAfterTheNameIsCutAndADefiniteTitleBeforeIt() {
        assertEquals("هشام بن عمران", kept("هشام بن عمران مدير الديوان", 0, 3));
        assertEquals("قيس سعيد", kept("الرئيس قيس سعيد", 0, 2));
        assertEquals("امين معلوف", kept("امين معلوف", 0, 1), "امين is a given name as well as a title");
        assertEquals("قيس سعيد", kept("والرئيس قيس سعيد", 0, 2), "a definite title behind a conjunction");
        assertEquals("محمد السيد", kept("محمد السيد", 0, 1), "a definite title after a name is a family name");
        assertEquals("علي بن أبي طالب", kept("علي بن أبي طالب", 0, 3), "طالب ends a name, though a verb too");
    }

    @Test
    void aFragmentEndingInAConnectorIsNoName() {
        assertNull(kept("وصل زيد بن إلى المطار", 1, 2));
    }

    @Test
    void namesWrittenOneAfterAnotherAreNoOnePerson() {
        assertNull(kept("فتحي العيادي كريم الهاروني عبد المجيد النجار", 0, 6));
        assertNull(kept("فتحي العيادي محمد الهاروني", 0, 3));
        assertEquals("محمد بن سلمان بن عبد العزيز", kept("محمد بن سلمان بن عبد العزيز", 0, 5));
        assertEquals("عبد المجيد النجار", kept("عبد المجيد النجار", 0, 2));
        assertEquals("علي عبد الله صالح", kept("علي عبد الله صالح", 0, 3), "a patronymic, not a second person");
    }

    @Test
    void aPlaceOrInstitutionNamedAfterAPersonIsNoPerson() {
        assertNull(kept("نقل إلى مستشفى شارل نيكول بالعاصمة", 3, 4));
        assertNull(kept("في شارع محمد الخامس", 2, 3));
        assertNull(kept("جائزة نجيب محفوظ للرواية", 0, 2), "the span takes in the facility word");
        assertEquals("نجيب محفوظ", kept("افتتح الوزير مستشفى، نجيب محفوظ حاضر", 3, 4),
                "a clause break ends the facility's name");
    }
}
