package org.akhbar.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * What a notebook cell shows besides its printed text: tables, charts, pictures and HTML, each published as one
 * output of the running cell. Outside the kernel the plain-text form is printed instead.
 */
public final class Display {
    public static final int DEFAULT_ROWS = 20;

    private static volatile Consumer<DisplayData> sink = data -> System.out.println(data.getData(
            io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));

    private Display() {
    }

    /** The kernel routes every output to the cell running now. */
    static void publishTo(Consumer<DisplayData> target) {
        sink = target;
    }

    /** The first {@value #DEFAULT_ROWS} rows of a query's result. */
    public static void table(Dataset<Row> rows) {
        table(rows, DEFAULT_ROWS);
    }

    /** The first {@code maxRows} rows, every value as Spark shows it as a string (timestamps in the session's zone). */
    public static void table(Dataset<Row> rows, int maxRows) {
        show(tableOf(rows, maxRows));
    }

    public static void show(HtmlTable table) {
        DisplayData data = new DisplayData(table.text());
        data.putHTML(table.html());
        sink.accept(data);
    }

    /** A chart drawn at its own width and height. */
    public static void png(IChart chart) {
        png(BitmapEncoder.getBufferedImage(chart));
    }

    public static void png(BufferedImage image) {
        DisplayData data = new DisplayData("<picture " + image.getWidth() + "x" + image.getHeight() + ">");
        data.putData("image/png", java.util.Base64.getEncoder().encodeToString(org.akhbar.report.Png.encode(image)));
        sink.accept(data);
    }

    public static void html(String html) {
        DisplayData data = new DisplayData(html);
        data.putHTML(html);
        sink.accept(data);
    }

    static HtmlTable tableOf(Dataset<Row> rows, int maxRows) {
        String[] columns = rows.columns();
        // Renamed by position first: a result may repeat a column name.
        String[] positional = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            positional[i] = "c" + i;
        }
        Dataset<Row> byPosition = rows.toDF(positional);
        Column[] asText = new Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            asText[i] = byPosition.col(positional[i]).cast("string");
        }
        // One row more than shown tells whether there are more, without counting the whole result.
        List<Row> collected = byPosition.select(asText).limit(maxRows + 1).collectAsList();
        List<List<String>> values = new ArrayList<>();
        for (Row row : collected.subList(0, Math.min(maxRows, collected.size()))) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                line.add(row.isNullAt(i) ? null : row.getString(i));
            }
            values.add(line);
        }
        return new HtmlTable(List.of(columns), values, collected.size() > maxRows);
    }
}
