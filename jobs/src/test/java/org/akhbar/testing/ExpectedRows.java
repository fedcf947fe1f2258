package org.akhbar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The result an example query must give over the sample warehouse, written down by reading the input pages:
 * {@code queries/expected/NAME.tsv} among the test resources. Lines starting with {@code #} say how it was read; then a
 * header and the rows in order, tab separated. A cell is {@value QueryRows#NULL} for null, {@code [a, b]} for an
 * array, {@value #ANY} for a value no reading can give (a time, a compressed size), and {@value #DUMP} stands for
 * the sample dump folder. Numbers are equal by value (0.5 = 0.50), since engines print them differently.
 */
public record ExpectedRows(String query, List<String> columns, List<List<String>> rows) {
    public static final String ANY = "*";
    public static final String DUMP = "{dump}";

    /** The expected rows of an example query of queries/. */
    public static ExpectedRows of(Path query) {
        String name = query.getFileName().toString().replaceFirst("\\.sql$", "");
        String resource = "/queries/expected/" + name + ".tsv";
        try (InputStream in = ExpectedRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(query + " has no expected rows: write " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            String dump = SampleWarehouse.dump().toString();
            List<List<String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(Arrays.stream(line.split("\t", -1)).map(cell -> cell.replace(DUMP, dump)).toList());
            }
            return new ExpectedRows(query.toString(), List.of(lines.get(0).split("\t", -1)), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code actual} has these columns and rows, in this order. */
    public void assertMatches(QueryRows actual) {
        assertEquals(columns, actual.columns(), query + ": columns");
        for (int r = 0; r < Math.max(rows.size(), actual.rows().size()); r++) {
            List<String> want = r < rows.size() ? rows.get(r) : null;
            List<String> got = r < actual.rows().size() ? actual.rows().get(r) : null;
            if (want == null || got == null || !rowMatches(want, got)) {
                fail(query + ": row " + (r + 1) + " differs: expected\n  " + text(want) + "\nbut got\n  " + text(got)
                        + "\n" + rows.size() + " rows expected; all " + actual.rows().size() + " rows got:\n"
                        + String.join("\n", actual.rows().stream().map(ExpectedRows::text).toList()));
            }
        }
    }

    private static boolean rowMatches(List<String> want, List<String> got) {
        if (want.size() != got.size()) {
            return false;
        }
        for (int c = 0; c < want.size(); c++) {
            if (!cellMatches(want.get(c), got.get(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean cellMatches(String want, String got) {
        if (want.equals(ANY) || want.equals(got)) {
            return true;
        }
        BigDecimal wantNumber = number(want);
        BigDecimal gotNumber = number(got);
        return wantNumber != null && gotNumber != null && wantNumber.compareTo(gotNumber) == 0;
    }

    private static BigDecimal number(String cell) {
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(List<String> row) {
        return row == null ? "(no row)" : String.join("\t", row);
    }
}
