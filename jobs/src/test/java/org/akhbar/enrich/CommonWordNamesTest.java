package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.entity.Gazetteer;
import org.akhbar.entity.Mention;
import org.junit.jupiter.api.Test;

/**
 * Gazetteer names that are also common words, read in context with the learned tagger on: مالي is "financial"
 * as often as it is Mali, and الكاف in Tunisian news is the Kef region as often as the football confederation.
 * Each expected set was decided by reading the sentence.
 */
class CommonWordNamesTest {
    private static final EntityLayer LAYER = new EntityLayer(Gazetteer.bundled(), true);

    private static Set<String> gazetteerIds(String text) {
        Set<String> ids = new TreeSet<>();
        for (Mention m : LAYER.find(SegmentedText.of(List.of(text))).gazetteer()) {
            ids.add(m.entity().id());
        }
        return ids;
    }

    @Test
    void financialIsNotMali() {
        assertEquals(Set.of(), gazetteerIds("وأكد الوزير أن مكافحة الفساد المالي والإداري أولوية للحكومة"));
        assertEquals(Set.of(), gazetteerIds("تواجه الشركات عجزا ماليا وفساد مالي كبير"));
        assertEquals(Set.of("country:tn"), gazetteerIds("دعم القطاع البنكي والمالي في تونس"));
    }

    @Test
    void maliTheCountryStays() {
        assertEquals(Set.of("country:ml"), gazetteerIds("قتل عشرة جنود في هجوم شمال مالي أمس"));
        assertEquals(Set.of("country:ml"), gazetteerIds("التقى رئيس مالي بنظيره في العاصمة"));
        assertEquals(Set.of("country:ml"), gazetteerIds("وصل الوفد إلى مالي صباح اليوم"));
    }

    @Test
    void kefIsTheTunisianRegionWhereTunisiaIsNamedAndTheConfederationOtherwise() {
        assertEquals(Set.of("city:el-kef"), gazetteerIds("زار الوالي ولاية الكاف لمتابعة المشاريع"));
        assertEquals(Set.of("city:el-kef", "country:tn"),
                gazetteerIds("أمطار غزيرة في الكاف بحسب المعهد الوطني للرصد الجوي في تونس"));
        assertEquals(Set.of("org:caf", "region:africa"), gazetteerIds("أعلن الكاف عن موعد كأس أمم إفريقيا"));
    }
}
