package org.akhbar.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes down what was planted: {@code _intended.jsonl.gz} (one line per good page, streamed) and
 * {@code _planted.json}. The long lists of {@code _planted.json} (reprints, same-topic pairs, bad files) are
 * spilled to temporary files while generating and copied in at the end, so that they never fill the heap.
 * Names starting with {@code _} are not read as input by the ingest job.
 */
final class PlantedLog implements Closeable {
    static final String PLANTED = "_planted.json";
    static final String INTENDED = "_intended.jsonl.gz";

    record Reprint(String original, String reprint, long daysLater) {
    }

    record SameTopic(String first, String second, List<String> entities) {
    }

    record Bad(String file, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final Path spillDir;
    private final BufferedWriter intended;
    private final Map<String, Spill> spills = new LinkedHashMap<>();

    PlantedLog(Path out) throws IOException {
        this.out = out;
        this.spillDir = Files.createDirectories(out.resolve("_planting"));
        this.intended = new BufferedWriter(new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out.resolve(INTENDED)), 1 << 16), StandardCharsets.UTF_8));
        for (String list : List.of("reprints", "sameTopicDifferentStories", "badFiles")) {
            spills.put(list, new Spill(spillDir.resolve(list + ".jsonl")));
        }
    }

    void page(IntendedPage page) throws IOException {
        intended.write(JSON.writeValueAsString(page));
        intended.write('\n');
    }

    void reprint(Reprint r) throws IOException {
        spills.get("reprints").add(r);
    }

    void sameTopic(SameTopic s) throws IOException {
        spills.get("sameTopicDifferentStories").add(s);
    }

    void bad(Bad b) throws IOException {
        spills.get("badFiles").add(b);
    }

    /** Writes {@code _planted.json}: the given fields first, then the spilled lists, and removes the spills. */
    void finish(Map<String, Object> fields) throws IOException {
        for (Spill spill : spills.values()) {
            spill.writer.close();
        }
        try (OutputStream stream = Files.newOutputStream(out.resolve(PLANTED));
             JsonGenerator json = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                json.writeFieldName(field.getKey());
                JSON.writeValue(json, field.getValue());
            }
            for (Map.Entry<String, Spill> list : spills.entrySet()) {
                json.writeFieldName(list.getKey());
                json.writeStartArray();
                try (BufferedReader reader = Files.newBufferedReader(list.getValue().file, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        json.writeTree(JSON.readTree(line));
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        for (Spill spill : spills.values()) {
            Files.delete(spill.file);
        }
        Files.delete(spillDir);
    }

    @Override
    public void close() throws IOException {
        intended.close();
        for (Spill spill : spills.values()) {
            spill.writer.close();
        }
    }

    private static final class Spill {
        final Path file;
        final BufferedWriter writer;

        Spill(Path file) throws IOException {
            this.file = file;
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void add(Object value) throws IOException {
            writer.write(JSON.writeValueAsString(value));
            writer.write('\n');
        }
    }
}
