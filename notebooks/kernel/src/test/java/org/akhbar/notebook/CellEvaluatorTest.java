package org.akhbar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells evaluated the way the kernel evaluates them, without Jupyter. */
class CellEvaluatorTest {
    private static CellEvaluator cells;

    @BeforeAll
    static void startShell() {
        cells = new CellEvaluator(TestClasspath.value());
    }

    @AfterAll
    static void closeShell() {
        cells.close();
    }

    @Test
    void stateCarriesFromCellToCell() throws CellFailure {
        cells.eval("int answerBase = 20;");
        assertEquals(Optional.of("42"), cells.eval("answerBase * 2 + 2"));
    }

    @Test
    void onlyAFinalExpressionHasAValue() throws CellFailure {
        assertEquals(Optional.of("3"), cells.eval("int one = 1;\nint two = 2;\none + two"));
        assertEquals(Optional.empty(), cells.eval("int three = 3;"));
        assertEquals(Optional.empty(), cells.eval("String s = \"x\"; // a comment after the last statement"));
        assertEquals(Optional.of("\"ab\""), cells.eval("\"a\" + \"b\""));
    }

    @Test
    void methodsAndImportsDefinedInOneCellServeTheNext() throws CellFailure {
        cells.eval("import java.util.stream.IntStream;\nint sumTo(int n) { return IntStream.rangeClosed(1, n).sum(); }");
        assertEquals(Optional.of("55"), cells.eval("sumTo(10)"));
    }

    @Test
    void printedTextGoesToTheStandardOutputOfTheMoment() throws CellFailure {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Optional.empty(), cells.eval("System.out.println(\"مرحبا\");"));
        } finally {
            System.setOut(original);
        }
        assertEquals("مرحبا\n", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCompilationErrorNamesTheProblemAndTheLine() {
        CellFailure failure = assertThrows(CellFailure.class, () -> cells.eval("int ok = 1;\nString n = 5;"));
        assertEquals("CompilationError", failure.name());
        assertTrue(failure.getMessage().contains("incompatible types"), failure.getMessage());
        assertTrue(failure.traceback().contains("String n = 5;\n           ^"), failure.traceback().toString());
    }

    @Test
    void anUnknownNameFailsTheCell() {
        CellFailure failure = assertThrows(CellFailure.class, () -> cells.eval("noSuchVariable + 1"));
        assertEquals("CompilationError", failure.name());
        assertTrue(failure.getMessage().contains("cannot find symbol"), failure.getMessage());
    }

    @Test
    void aThrownExceptionFailsTheCellWithItsClassMessageAndCause() {
        CellFailure failure = assertThrows(CellFailure.class, () -> cells.eval(
                "throw new IllegalStateException(\"boom\", new java.io.IOException(\"disk\"));"));
        assertEquals("java.lang.IllegalStateException", failure.name());
        assertEquals("boom", failure.getMessage());
        assertEquals("java.lang.IllegalStateException: boom", failure.traceback().get(0));
        assertTrue(failure.traceback().contains("Caused by: java.io.IOException: disk"), failure.traceback().toString());
    }

    @Test
    void theSnippetsBeforeAFailureHaveRunAndTheShellGoesOn() throws CellFailure {
        assertThrows(CellFailure.class, () -> cells.eval("int before = 7;\nObject o = null; o.hashCode();"));
        assertEquals(Optional.of("7"), cells.eval("before"));
    }

    @Test
    void anIncompleteCellIsAnError() {
        CellFailure failure = assertThrows(CellFailure.class, () -> cells.eval("if (true) {"));
        assertEquals("CompilationError", failure.name());
    }

    @Test
    void cellsReachTheKernelsDisplayThroughTheSameClasses() throws CellFailure {
        List<DisplayData> shown = new ArrayList<>();
        Display.publishTo(shown::add);
        cells.eval("org.akhbar.notebook.Display.png(new java.awt.image.BufferedImage(3, 2,"
                + " java.awt.image.BufferedImage.TYPE_INT_RGB));");
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).hasDataForType(MIMEType.IMAGE_PNG));
        assertEquals("<picture 3x2>", shown.get(0).getData(MIMEType.TEXT_PLAIN));
    }
}
