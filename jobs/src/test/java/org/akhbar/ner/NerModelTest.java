package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.entity.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.akhbar.entity.EntityEvaluation;
import org.akhbar.testing.AnercorpTrainSplit;
import org.junit.jupiter.api.Test;

class NerModelTest {
    private static Gazetteer gazetteer;
    private static TokenFeatures features;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
        features = new TokenFeatures(NameLexicon.of(gazetteer));
    }

    private static Sentence sentence(String annotated) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String pair : annotated.split(" ")) {
            int cut = pair.lastIndexOf('/');
            tokens.add(pair.substring(0, cut));
            tags.add(pair.substring(cut + 1));
        }
        return new Sentence(tokens, tags);
    }

    @Test
    void aTinyCorpusIsLearnedAndTheModelReadsBackAsItWasWritten() throws IOException {
        List<Sentence> train = List.of(
                sentence("قال/O الوزير/O سمير/B-PERS بلحاج/I-PERS في/O صفاقس/B-LOC"),
                sentence("زار/O وفد/O من/O شركة/O المراعي/B-ORG مدينة/O قابس/B-LOC"),
                sentence("أكد/O رضا/B-PERS الزواري/I-PERS أن/O الاجتماع/O انتهى/O"));
        NerModel model = new PerceptronTrainer(features, 12, 1).train(train, train, 5, e -> { });
        for (Sentence s : train) {
            assertArrayEquals(s.labels(), model.tag(s.tokens().toArray(String[]::new)), s.tokens().toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), features);
        for (Sentence s : train) {
            assertArrayEquals(s.labels(), read.tag(s.tokens().toArray(String[]::new)), s.tokens().toString());
        }
    }

    /**
     * Sentences written for this test, of people and a city in no gazetteer list; annotated by hand. The bundled
     * model finds the three people and Lyon, and no place that is not one; it misses the organisations (الخطوط
     * التونسية، جمعية القضاة التونسيين، الاتحاد العام التونسي للشغل), as docs/entities.md's figures say of ORG.
     */
    @Test
    void theBundledModelFindsPeopleTheGazetteerDoesNotName() {
        NerModel model = NerModel.bundled(gazetteer);
        NameLexicon lexicon = NameLexicon.of(gazetteer);
        for (String surname : List.of("بلعاتي", "الحمروني", "الحمادي")) {
            assertEquals(0, lexicon.bits(org.akhbar.arabic.TextNormalizer.normalizeWord(surname))
                    & (NameLexicon.PERS_FIRST | NameLexicon.PERS_LATER), surname + " is in no gazetteer name");
        }
        assertEquals(0, lexicon.bits("ليون") & (NameLexicon.LOC_FIRST | NameLexicon.SINGLE_WORD));
        List<Sentence> article = List.of(
                sentence("وقال/O وزير/O الزراعة/O التونسي/O عبد/B-PERS المنعم/I-PERS بلعاتي/I-PERS إن/O الحكومة/O"
                        + " ستدعم/O الفلاحين/O في/O ولاية/O القصرين/B-LOC ./O"),
                sentence("وأكد/O المتحدث/O باسم/O شركة/O النقل/O عماد/B-PERS الحمروني/I-PERS أن/O الحافلات/O"
                        + " ستعود/O إلى/O العمل/O ./O"),
                sentence("وقال/O رئيس/O جمعية/B-ORG القضاة/I-ORG التونسيين/I-ORG أنس/B-PERS الحمادي/I-PERS إن/O"
                        + " الاتحاد/B-ORG العام/I-ORG التونسي/I-ORG للشغل/I-ORG يرفض/O القرار/O ./O"),
                sentence("وأعلنت/O شركة/O الخطوط/B-ORG التونسية/I-ORG عن/O رحلات/O إلى/O مدينة/O ليون/B-LOC"
                        + " الفرنسية/O ./O"));
        SpanScores scores = model.score(article);
        assertEquals(new EntityEvaluation.Score("PERS", 3, 3, 3), scores.score("PERS"));
        EntityEvaluation.Score places = scores.score("LOC");
        assertEquals(places.predicted(), places.truePositives(), "every place it finds is a gold place");
        Sentence lyon = article.get(3);
        int at = lyon.tokens().indexOf("ليون");
        assertEquals("B-LOC", NerLabels.name(model.tag(lyon.tokens().toArray(String[]::new))[at]), "Lyon");
    }

    /**
     * The words of one sentence, read again from the tagger's cache of words it saw (in another sentence, in
     * another order, one of them as another token), give the labels a model that never saw them gives.
     */
    @Test
    void wordsReadFromTheCacheGiveTheLabelsOfAFreshRead() {
        String[] first = "وقال وزير الزراعة عبد المنعم بلعاتي إن الحكومة ستدعم الفلاحين في القصرين".split(" ");
        String[] again = "وأكد عبد المنعم بلعاتي في القصرين أن الحكومة ستدعم الفلاحين".split(" ");
        NerModel fresh = NerModel.bundled(gazetteer);
        int[] expected = fresh.tag(again);
        NerModel warm = NerModel.bundled(gazetteer);
        warm.tag(first);
        assertArrayEquals(expected, warm.tag(again));
        assertArrayEquals(expected, warm.tag(again), "a second time, every word from the cache");
        assertEquals("B-PERS", NerLabels.name(expected[1]), "عبد المنعم بلعاتي");
    }

    /**
     * Summing what each word gives its neighbours once per word type, in one thread's cache, gives the labels of
     * looking every feature up for every token (a warm cache from the second sentence on, sentence starts and ends,
     * words read before under another normal form): on 20 sentences written by hand for this test.
     */
    @Test
    void summedWordFeaturesGiveTheLabelsOfEveryFeatureLookedUp() throws IOException {
        assertEquals(20, taggedAlikeBothWays(Path.of("src", "test", "resources", "ner", "handwritten.conll")));
    }

    /** The same on every sentence of the training file, where {@code AKHBAR_ANERCORP} names it. */
    @Test
    void summedWordFeaturesGiveTheLabelsOfEveryFeatureLookedUpOnTheTrainingFile() throws IOException {
        assertEquals(3973, taggedAlikeBothWays(AnercorpTrainSplit.assumeAvailable()));
    }

    private static int taggedAlikeBothWays(Path corpus) throws IOException {
        NerModel model = NerModel.bundled(gazetteer);
        int sentences = 0;
        for (Sentence s : ConllCorpus.read(corpus)) {
            TokenFeatures.Words words = TokenFeatures.Words.of(s.tokens().toArray(String[]::new));
            assertArrayEquals(model.tagFeatureByFeature(words), model.tag(words), s.tokens().toString());
            sentences++;
        }
        return sentences;
    }
}
