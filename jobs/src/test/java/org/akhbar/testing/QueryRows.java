package org.akhbar.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A query result as text, the same whichever engine ran it: column names, and rows whose cells are {@value #NULL}
 * for null and {@code [a, b]} for arrays (as Spark casts them to text).
 */
public record QueryRows(List<String> columns, List<List<String>> rows) {
    public static final String NULL = "NULL";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The file {@code news sql --out FILE.csv} writes: a header line, an empty unquoted field for null, and arrays as
     * JSON text.
     */
    public static QueryRows fromCsv(Path file) throws IOException {
        List<List<String>> records = CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IllegalStateException(file + " has no header line");
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(record.stream().map(QueryRows::fromJsonArray).toList());
        }
        return new QueryRows(records.get(0), rows);
    }

    /** Every row of a JDBC result. */
    public static QueryRows fromJdbc(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                Object value = result.getObject(i);
                row.add(value == null ? NULL
                        : value instanceof Array array ? arrayText(Arrays.asList((Object[]) array.getArray()))
                        : result.getString(i));
            }
            rows.add(row);
        }
        return new QueryRows(columns, rows);
    }

    /** A cell that holds a JSON array as its array text; any other cell as it is. */
    private static String fromJsonArray(String cell) {
        if (cell == null) {
            return NULL;
        }
        if (!cell.startsWith("[")) {
            return cell;
        }
        try {
            return arrayText(JSON.readValue(cell, List.class));
        } catch (JsonProcessingException e) {
            return cell;
        }
    }

    private static String arrayText(List<?> values) {
        List<String> text = values.stream().map(v -> v == null ? NULL : v.toString()).toList();
        return "[" + String.join(", ", text) + "]";
    }

    /** RFC 4180 records, remembering which fields were quoted: an empty field without quotes is null. */
    private static final class CsvRecords {
        private CsvRecords() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean inQuotes = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    inQuotes = true;
                    quoted = true;
                } else if (c == ',' || c == '\n') {
                    record.add(quoted || field.length() > 0 ? field.toString() : null);
                    field.setLength(0);
                    quoted = false;
                    if (c == '\n') {
                        records.add(record);
                        record = new ArrayList<>();
                    }
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (quoted || field.length() > 0 || !record.isEmpty()) {
                record.add(quoted || field.length() > 0 ? field.toString() : null);
                records.add(record);
            }
            return records;
        }
    }
}
