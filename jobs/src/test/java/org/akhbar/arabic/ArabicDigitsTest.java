package org.akhbar.arabic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDigitsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        0123456789                        | 0123456789
        ٠١٢٣٤٥٦٧٨٩                        | 0123456789
        ۰۱۲۳۴۵۶۷۸۹                        | 0123456789
        ०१२३४५६७८९                        | 0123456789
        ０１２３４５６７８９                | 0123456789
        ৭ সেপ্টেম্বর ২০২৩                  | 7 সেপ্টেম্বর 2023
        ٧ سبتمبر ٢٠٢٣                     | 7 سبتمبر 2023
        ۷ سپتامبر ۲۰۲۳                    | 7 سپتامبر 2023
        abc                               | abc
        """)
    void foldsDecimalDigitsOfEveryScript(String input, String expected) {
        assertEquals(expected, ArabicDigits.toAscii(input));
    }

    @Test
    void foldsDigitsOutsideTheBasicMultilingualPlane() {
        // U+1D7CE..U+1D7D7: MATHEMATICAL BOLD DIGIT ZERO..NINE
        String bold = new StringBuilder()
            .appendCodePoint(0x1D7CF).appendCodePoint(0x1D7D0).appendCodePoint(0x1D7CE).toString();
        assertEquals("120", ArabicDigits.toAscii(bold));
    }

    @Test
    void mapsArabicSeparatorsButKeepsArabicComma() {
        assertEquals("3.5", ArabicDigits.toAscii("٣٫٥"));
        assertEquals("1,000", ArabicDigits.toAscii("١٬٠٠٠"));
        assertEquals("1، 2", ArabicDigits.toAscii("١، ٢"));
    }

    @Test
    void leavesNonDigitNumbersAlone() {
        // Superscripts and Roman numerals are numbers but not decimal digits.
        assertEquals("²Ⅻ", ArabicDigits.toAscii("²Ⅻ"));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", ArabicDigits.toAscii(""));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals("2023", ArabicDigits.toAscii(new StringBuilder("٢٠٢٣")));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> ArabicDigits.toAscii(null));
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(20230907L);
        for (int i = 0; i < 10_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            String input = new String(chars);
            assertDoesNotThrow(() -> ArabicDigits.toAscii(input), () -> "input: " + input);
        }
    }
}
