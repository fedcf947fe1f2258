package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.akhbar.entity.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the public name lists say of words read from them by hand (../shared/data/ner/extra): سميث is the Arabic
 * of smith 2,934 times in Wikidata labels and of smyth 4, موغيريني of mogherini once; مقديشو is a city in
 * GeoNames and ArWikiCats; فرانكفورت is in the club نادي فرانكفورت (and the city).
 */
class NameLexiconTest {
    private static NameLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = NameLexicon.of(Gazetteer.bundled());
    }

    @Test
    void personNameWordsByHowOftenWikidataUsesThem() {
        assertEquals(NameLexicon.LIST_TOKEN_FREQUENT, lexicon.listBits("سميث") & tokenBands());
        assertEquals(NameLexicon.LIST_TOKEN_RARE, lexicon.listBits("موغيريني") & tokenBands());
    }

    @Test
    void townsAndClubs() {
        assertEquals(NameLexicon.LIST_PLACE, lexicon.listBits("مقديشو") & NameLexicon.LIST_PLACE);
        assertEquals(NameLexicon.LIST_CLUB, lexicon.listBits("فرانكفورت") & NameLexicon.LIST_CLUB);
        assertEquals(0, lexicon.listBits("والتي"));
    }

    @Test
    void listNamesAreNoGazetteerNames() {
        assertEquals(0, lexicon.bits("موغيريني"));
        assertEquals(0, lexicon.name("نادي فرانكفورت"));
    }

    private static int tokenBands() {
        return NameLexicon.LIST_TOKEN_RARE | NameLexicon.LIST_TOKEN_COMMON | NameLexicon.LIST_TOKEN_FREQUENT;
    }
}
