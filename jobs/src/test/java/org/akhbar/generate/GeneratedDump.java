package org.akhbar.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A dump generated into a test folder, with what the generator says it planted. */
public record GeneratedDump(Path dir, CorpusGenerator.Summary summary) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static GeneratedDump generate(Path dir, long articles, long seed, DumpFormat format, double badShare) {
        GeneratorSettings settings = new GeneratorSettings(articles, dir, seed, format, LocalDate.of(2023, 1, 1), 13,
                badShare);
        try {
            return new GeneratedDump(dir, new CorpusGenerator(settings).run());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode planted() throws IOException {
        return JSON.readTree(dir.resolve(PlantedLog.PLANTED).toFile());
    }

    List<JsonNode> intended() throws IOException {
        return intended(dir);
    }

    /** What the generator says each page of the dump in {@code dir} holds, a JSON object a page. */
    public static List<JsonNode> intended(Path dir) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve(PlantedLog.INTENDED))), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                pages.add(JSON.readTree(line));
            }
        }
        return pages;
    }

    String text(String location) throws IOException {
        return Files.readString(dir.resolve(location), StandardCharsets.UTF_8);
    }

    static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
