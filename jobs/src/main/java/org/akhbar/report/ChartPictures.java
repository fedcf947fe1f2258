package org.akhbar.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** The report's bar charts, drawn by XChart with the shipped DejaVu font so Arabic labels are shaped. */
final class ChartPictures {
    static final int WIDTH = 900;
    /** Tall enough for names written upright under the bars: sloped names would overlap and XChart drops them. */
    static final int HEIGHT = 520;
    private static final Color RAW = new Color(0x1f, 0x6f, 0xb4);
    private static final Color DEDUP = new Color(0xf0, 0x8a, 0x24);
    private static final Color RISING = new Color(0x2c, 0x9a, 0x4a);
    private static final Color FALLING = new Color(0xc4, 0x3c, 0x3c);

    private ChartPictures() {
    }

    static ReportDocument.Picture volume(ReportData data, String title) {
        List<String> x = data.volume().stream().map(p -> shortDate(p.start(), data)).toList();
        CategoryChart chart = chart(title, "عدد المقالات", x.size() > 12 ? 90 : 0);
        chart.addSeries("الكل", x, data.volume().stream().map(ReportData.VolumePoint::articles).toList());
        chart.addSeries("دون المكررات", x,
                data.volume().stream().map(ReportData.VolumePoint::articlesDedup).toList());
        return picture("volume", title, chart);
    }

    static ReportDocument.Picture sources(ReportData data, String title) {
        List<String> x = data.sources().stream().map(ReportData.SourceRow::name).toList();
        CategoryChart chart = chart(title, "عدد المقالات", 90);
        chart.addSeries("الكل", x, data.sources().stream().map(ReportData.SourceRow::articles).toList());
        chart.addSeries("دون المكررات", x, data.sources().stream().map(ReportData.SourceRow::articlesDedup).toList());
        return picture("sources", title, chart);
    }

    /** Rising tags then falling ones: two overlapped series, so each bar has one colour above or below zero. */
    static ReportDocument.Picture tags(ReportData data, String title) {
        List<ReportData.TagTrend> tags = new ArrayList<>(data.risingTags());
        tags.addAll(data.fallingTags());
        List<String> x = tags.stream().map(ReportData.TagTrend::tag).toList();
        CategoryChart chart = chart(title, "درجة الاتجاه", 90);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setSeriesColors(new Color[] {RISING, FALLING});
        chart.addSeries("صاعد", x, tags.stream().map(t -> t.trendScore() > 0 ? t.trendScore() : 0.0).toList());
        chart.addSeries("هابط", x, tags.stream().map(t -> t.trendScore() < 0 ? t.trendScore() : 0.0).toList());
        return picture("tags", title, chart);
    }

    static ReportDocument.Picture entities(ReportData data, String title) {
        List<String> x = data.entities().stream().map(ReportData.EntityRow::nameAr).toList();
        CategoryChart chart = chart(title, "عدد المقالات", 90);
        chart.addSeries("الكل", x, data.entities().stream().map(ReportData.EntityRow::articles).toList());
        chart.addSeries("دون المكررات", x, data.entities().stream().map(ReportData.EntityRow::articlesDedup).toList());
        return picture("entities", title, chart);
    }

    private static CategoryChart chart(String title, String yTitle, int labelRotation) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yTitle)
                .build();
        CategoryStyler s = chart.getStyler();
        s.setBaseFont(ReportFont.plain(13f));
        s.setChartTitleFont(ReportFont.bold(16f));
        s.setAxisTitleFont(ReportFont.plain(13f));
        s.setAxisTickLabelsFont(ReportFont.plain(12f));
        s.setLegendFont(ReportFont.plain(13f));
        s.setAnnotationTextFont(ReportFont.plain(11f));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridVerticalLinesVisible(false);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setSeriesColors(new Color[] {RAW, DEDUP});
        s.setXAxisLabelRotation(labelRotation);
        // Upright labels are one line high, so every category can keep its label (XChart thins them otherwise).
        s.setXAxisTickMarkSpacingHint(labelRotation == 90 ? 16 : 74);
        s.setLocale(Locale.ROOT);
        s.setYAxisDecimalPattern("#,##0.#");
        return chart;
    }

    private static ReportDocument.Picture picture(String name, String alt, CategoryChart chart) {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        return new ReportDocument.Picture(name, alt, Png.encode(image), image.getWidth(), image.getHeight());
    }

    /** Days as MM-DD (the year is in the report's title); weeks by their Monday. */
    private static String shortDate(LocalDate day, ReportData data) {
        return data.timeline().bucketType().equals(ReportPeriod.WEEK) ? day.toString() : day.toString().substring(5);
    }
}
