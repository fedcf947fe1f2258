package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.NameLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences written for this test, each with an organisation span the tagger may read, and what of it stands. */
class OrganisationSpansTest {
    private static OrganisationSpans spans;

    @BeforeAll
    static void load() {
        NameLexicon lexicon = NameLexicon.of(Gazetteer.bundled());
        spans = new OrganisationSpans(lexicon, new PersonSpans(lexicon));
    }

    private static String kept(String sentence, int first, int last) {
        return SpanRuleCases.kept(spans::keep, sentence, first, last);
    }

    @Test
    void aSpanThatNamesItsKindOfBodyStands() {
        assertEquals("وزارة الفلاحة", kept("وأعلنت وزارة الفلاحة عن برنامج جديد", 1, 2));
        assertEquals("حركة الشعب", kept("انسحبت حركة الشعب من المشاورات", 1, 2));
    }

    @Test
    void aNameAfterAWordForItsKindOfBodyStandsWithoutIt() {
        assertEquals("موزاييك", kept("وقال في تصريح لإذاعة موزاييك إن الوضع صعب", 4, 4));
        assertEquals("الشروق", kept("ونقلت صحيفة الشروق عن مصادر", 2, 2));
    }

    @Test
    void aCountryAdjectiveAfterTheNameIsPartOfIt() {
        assertEquals("اتحاد الصناعات المصرية", kept("وطالب اتحاد الصناعات المصرية بخفض الفائدة", 1, 2));
        assertEquals("حزب الله اللبناني", kept("وقال حزب الله اللبناني في بيان", 1, 2));
    }

    @Test
    void aParticleAtEitherEndIsCut() {
        assertEquals("المنظمة الدولية", kept("وإلا فستخسر المنظمة الدولية أي شرعية", 2, 4));
    }

    @Test
    void aSpanWithNoWordForABodyIsNoOrganisation() {
        assertNull(kept("سافر الفريق إلى الجزيرة أمس", 3, 3), "the island");
        assertNull(kept("المبلغ غير كاف لتغطية النفقات", 2, 2), "«enough»");
        assertNull(kept("يترقب الجمهور لقاء كلاسيكو الأرض", 3, 4), "a match");
    }

    @Test
    void aLatinAcronymStandsAlone() {
        assertEquals("NATO", kept("وقال متحدث باسم NATO إن الحلف مستعد", 3, 3));
        assertNull(kept("وقال متحدث باسم Nato إن الحلف مستعد", 3, 3), "not written as an acronym");
    }
}
