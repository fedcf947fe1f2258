package org.akhbar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.akhbar.cli.NewsCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the committed notebooks headless, as {@code jupyter nbconvert --execute}, with the akhbar kernel installed from
 * notebooks/install-kernel, over a warehouse the pipeline builds from a small generated dump. Every code cell must
 * run without error and the outputs the notebooks are about must be there.
 */
@Tag("slow")
class NotebooksTest {
    private static final Path ROOT = Path.of(System.getProperty("akhbar.root", "../..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Path warehouse;
    private static Path jupyterPath;

    @BeforeAll
    static void buildWarehouseAndInstallKernel() throws Exception {
        boolean jupyter = run(List.of("jupyter", "nbconvert", "--version"), Map.of(), work.resolve("version.log"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(jupyter, "jupyter nbconvert is not installed (Debian: jupyter-nbconvert"
                    + " python3-nbclient python3-ipykernel jupyter-client); CI runs this test");
        } else {
            assertTrue(jupyter, "CI needs jupyter nbconvert, see .ci/run");
        }
        Path dump = work.resolve("dump");
        warehouse = work.resolve("warehouse");
        // Six months of 300 generated records: enough for monthly tag trends and co-occurring pairs.
        assertEquals(0, NewsCli.execute("generate", "--articles", "300", "--months", "6", "--seed", "7",
                "--out", dump.toString()));
        assertEquals(0, NewsCli.execute("pipeline", "--input", dump.toString(), "--warehouse", warehouse.toString()));
        jupyterPath = work.resolve("jupyter");
        assertTrue(run(List.of(NOTEBOOKS.resolve("install-kernel").toString(), "--jupyter-path", jupyterPath.toString()),
                Map.of("AKHBAR_KERNEL_CLASSPATH", TestClasspath.value()), work.resolve("install.log")),
                "install-kernel failed: " + log("install.log"));
    }

    @Test
    void exploreTables() throws Exception {
        JsonNode notebook = execute("01-explore-tables.ipynb");
        String text = allOutputText(notebook);
        for (String table : List.of("articles", "rejects", "article_entities", "entity_cooccurrence", "runs")) {
            assertTrue(text.contains(table), "no output names the table " + table);
        }
        assertTrue(countOutputs(notebook, "text/html") >= 4, "the queries show as HTML tables");
    }

    @Test
    void tagTrendsAndNetwork() throws Exception {
        JsonNode notebook = execute("02-tag-trends-and-network.ipynb");
        assertTrue(countOutputs(notebook, "image/png") >= 4, "the trend chart, the bar chart and the two networks");
        assertTrue(countOutputs(notebook, "text/html") >= 3, "the tables of strongest pairs, outlet flows and wires");
    }

    private static JsonNode execute(String name) throws Exception {
        Path out = work.resolve("executed");
        String logName = name + ".log";
        boolean ok = run(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                        "--ExecutePreprocessor.timeout=300", "--output-dir", out.toString(),
                        NOTEBOOKS.resolve(name).toString()),
                Map.of("JUPYTER_PATH", jupyterPath.toString(),
                        "AKHBAR_WAREHOUSE", warehouse.toString(),
                        "AKHBAR_KERNEL_CLASSPATH", TestClasspath.value(),
                        "AKHBAR_DRIVER_MEMORY", "1g",
                        "AKHBAR_JAVA_OPTS", "-Dspark.master=local[2] -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"),
                work.resolve(logName));
        // nbconvert stops at the first failing cell and prints its traceback.
        assertTrue(ok, name + " did not run:\n" + log(logName));
        JsonNode notebook = JSON.readTree(out.resolve(name).toFile());
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : notebook.get("cells")) {
            if ("code".equals(cell.get("cell_type").asText())) {
                if (cell.get("execution_count").isNull()) {
                    problems.add("cell " + index + " did not run");
                }
                for (JsonNode output : cell.get("outputs")) {
                    if ("error".equals(output.get("output_type").asText())) {
                        problems.add("cell " + index + ": " + output.get("evalue").asText());
                    }
                }
            }
            index++;
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        return notebook;
    }

    private static int countOutputs(JsonNode notebook, String mimeType) {
        int count = 0;
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (output.path("data").has(mimeType)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String allOutputText(JsonNode notebook) {
        StringBuilder text = new StringBuilder();
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                joined(output.path("text"), text);
                joined(output.path("data").path("text/plain"), text);
            }
        }
        return text.toString();
    }

    /** Notebook text is a string or a list of lines. */
    private static void joined(JsonNode node, StringBuilder into) {
        if (node.isArray()) {
            node.forEach(line -> into.append(line.asText()));
        } else if (node.isTextual()) {
            into.append(node.asText());
        }
    }

    private static boolean run(List<String> command, Map<String, String> environment, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            Files.writeString(log, e.toString(), StandardCharsets.UTF_8);
            return false; // not installed
        }
    }

    private static String log(String name) throws IOException {
        return Files.readString(work.resolve(name), StandardCharsets.UTF_8);
    }
}
