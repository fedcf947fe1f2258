package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsAlignByDrawnWidthWithArabicDiacritics() {
        TextTable table = new TextTable(List.of("name", "n"), new boolean[] {false, true}, 0);
        table.add(List.of("مُحَمَّد", "7")); // 4 letters, 4 harakat
        table.add(Arrays.asList("abcdefg", null));
        assertEquals(List.of("name    |    n", "--------+-----", "مُحَمَّد    |    7", "abcdefg | NULL"),
                table.lines());
    }

    @Test
    void longValuesAreCutBetweenWholeCharacters() {
        TextTable table = new TextTable(List.of("t"), new boolean[] {false}, 3);
        table.add(List.of("مُحَمَّد")); // the cut keeps each letter with its marks
        table.add(List.of("a😀😀😀b")); // never inside a surrogate pair
        table.add(List.of("one\ntwo"));
        List<String> lines = table.lines();
        assertEquals("مُحَ…", lines.get(2).strip());
        assertEquals("a😀…", lines.get(3).strip());
        assertEquals("on…", lines.get(4).strip());
    }
}
