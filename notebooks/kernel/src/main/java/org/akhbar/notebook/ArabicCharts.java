package org.akhbar.notebook;

import java.awt.Font;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Chart text in DejaVu Sans (Debian's fonts-dejavu-core), whose Arabic glyphs Java2D joins and lays out right to left;
 * the JDK's logical default font may map to one without Arabic, which draws boxes.
 */
public final class ArabicCharts {
    public static final String FONT_FAMILY = "DejaVu Sans";

    private ArabicCharts() {
    }

    public static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, 1).deriveFont(size);
    }

    /** Sets every text of the chart to DejaVu Sans and returns the chart. */
    public static <C extends Chart<?, ?>> C useArabicFont(C chart) {
        Styler styler = chart.getStyler();
        styler.setBaseFont(font(Font.PLAIN, 12f));
        styler.setChartTitleFont(font(Font.BOLD, 15f));
        styler.setLegendFont(font(Font.PLAIN, 12f));
        styler.setAnnotationTextFont(font(Font.PLAIN, 11f));
        styler.setAnnotationTextPanelFont(font(Font.PLAIN, 11f));
        styler.setToolTipFont(font(Font.PLAIN, 11f));
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(font(Font.PLAIN, 12f));
            axes.setAxisTickLabelsFont(font(Font.PLAIN, 11f));
        }
        return chart;
    }
}
