package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.junit.jupiter.api.Test;

/** Sentences written for this test and the organisations named by their kind of body that each holds. */
class DescriptiveOrganisationsTest {
    private static final DescriptiveOrganisations RULE = new DescriptiveOrganisations();

    private static List<String> found(String sentence) {
        List<Word> words = ArabicTokenizer.words(sentence);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            KeptSpan span = RULE.at(words, i);
            if (span != null) {
                found.add(String.join(" ", words.subList(span.first(), span.last() + 1).stream()
                        .map(Word::surface).toList()));
                i = span.last();
            }
        }
        return found;
    }

    @Test
    void aBodyAndTheWordsWithTheArticleAfterItAreOneName() {
        assertEquals(List.of("جمعية الأمل الخيرية"), found("وقال مدير جمعية الأمل الخيرية إن الحملة بدأت"));
        assertEquals(List.of("لنقابة المعلمين المستقلة"), found("ووجه رسالة لنقابة المعلمين المستقلة أمس"));
        assertEquals(List.of("مستشفى الرحمة"), found("نقل المصابون إلى مستشفى الرحمة بعد الحادث"));
    }

    @Test
    void aPurposePhraseOrACoordinatedWordEndsTheName() {
        assertEquals(List.of("شركة النور للمقاولات"), found("فازت شركة النور للمقاولات بالصفقة"));
        assertEquals(List.of("لحزب التقدم والاشتراكية"), found("وقال الأمين العام لحزب التقدم والاشتراكية إن"));
    }

    @Test
    void aGenericBodyNeedsMoreThanOneWordToBeNamed() {
        assertEquals(List.of(), found("اجتمع مجلس الإدارة ولجنة التحكيم في مركز الاستقبال"));
        assertEquals(List.of("مجلس التعاون الخليجي", "مركز البيان للدراسات"),
                found("قدم مجلس التعاون الخليجي منحة إلى مركز البيان للدراسات"));
    }

    @Test
    void aBodyWithTheArticleIsADescriptionNotAName() {
        assertEquals(List.of(), found("وقالت الشركة الوطنية إن الأسعار سترتفع"));
    }

    @Test
    void relativePronounsDescriptiveAdjectivesAndASecondBodyAreLeftOut() {
        assertEquals(List.of("جمعية الأمل"), found("أعلنت جمعية الأمل التي تأسست قبل عامين"));
        assertEquals(List.of("مركز التدريب المهني"), found("افتتح مركز التدريب المهني الجديد أمس"));
        assertEquals(List.of("جمعية الأمل"), found("وقعت جمعية الأمل والجمعية الوطنية اتفاقا"));
    }

    @Test
    void aNameStopsAtAClauseBreak() {
        assertEquals(List.of(), found("قالت شركة، الخميس، إنها ستغلق"));
    }

    @Test
    void wordsStartingWithAHamzaOnAlefOrATimeAreNoPartOfAName() {
        assertEquals(List.of(), found("وقعت شركة ألمانية عقدا مع بنك إلكتروني"));
        assertEquals(List.of("نقابة الأطباء"), found("أضربت نقابة الأطباء للمرة الثانية"));
        assertEquals(List.of(), found("رفع التقرير للجنة الوطنية العليا"), "للجنة: to the committee");
    }
}
