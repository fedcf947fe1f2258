package org.akhbar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

class DisplayTest {
    private final List<DisplayData> shown = new ArrayList<>();

    DisplayTest() {
        Display.publishTo(shown::add);
    }

    @AfterEach
    void detach() {
        Display.publishTo(data -> {
        });
    }

    @Test
    void aChartIsShownAsAPngOfItsSize() throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(320).height(200).title("وسوم").build();
        chart.addSeries("مقالات", List.of("روسيا", "أرمينيا"), List.of(5, 3));
        Display.png(ArabicCharts.useArabicFont(chart));
        assertEquals(1, shown.size());
        byte[] png = Base64.getDecoder().decode((String) shown.get(0).getData(MIMEType.IMAGE_PNG));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void aTableCarriesHtmlAndText() {
        Display.show(new HtmlTable(List.of("a"), List.of(List.of("1")), false));
        assertEquals("a\n1\n(1 row)", shown.get(0).getData(MIMEType.TEXT_PLAIN));
        assertTrue(((String) shown.get(0).getData(MIMEType.TEXT_HTML)).startsWith("<table>"));
    }

    @Test
    void chartTextIsInAFontWithArabicLetters() {
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()).contains(ArabicCharts.FONT_FAMILY);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "DejaVu Sans is not installed (Debian: fonts-dejavu-core)");
        }
        Font font = ArabicCharts.font(Font.PLAIN, 12f);
        assertEquals(ArabicCharts.FONT_FAMILY, font.getFamily());
        assertEquals(-1, font.canDisplayUpTo("الجزيرة نت"));
    }
}
