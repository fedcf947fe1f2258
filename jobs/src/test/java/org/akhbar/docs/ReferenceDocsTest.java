package org.akhbar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/commands.md and docs/tables.md say what the code says. With {@code AKHBAR_WRITE_DOCS=1} the test writes
 * them instead: {@code AKHBAR_WRITE_DOCS=1 mvn -B test -pl jobs -Dtest=ReferenceDocsTest}.
 */
class ReferenceDocsTest {
    private static final Path DOCS = Path.of("..", "docs");

    @ParameterizedTest
    @CsvSource({"commands.md, commands", "tables.md, tables"})
    void isInSyncWithTheCode(String file, String page) throws IOException {
        Supplier<String> render = page.equals("commands") ? ReferenceDocs::commands : ReferenceDocs::tables;
        String expected = render.get();
        Path path = DOCS.resolve(file);
        if ("1".equals(System.getenv("AKHBAR_WRITE_DOCS"))) {
            Files.createDirectories(DOCS);
            Files.writeString(path, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/" + file + " is out of date: regenerate it with"
                + " AKHBAR_WRITE_DOCS=1 mvn -B test -pl jobs -Dtest=ReferenceDocsTest");
    }
}
