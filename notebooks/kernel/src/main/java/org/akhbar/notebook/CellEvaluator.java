package org.akhbar.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs notebook cells as Java in one JShell. Snippets execute inside this JVM (JShell's local execution), so state
 * carries from cell to cell and snippets see the same classes as the kernel: the jobs, Spark and {@link Display}.
 */
public final class CellEvaluator implements AutoCloseable {
    private final JShell shell;

    /** {@code classpath} is what snippets compile against, normally the JVM's own class path. */
    public CellEvaluator(String classpath) {
        this.shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(classpath);
    }

    /**
     * Runs every snippet of the cell in order and returns the value of the last one when it is an expression, as
     * JShell prints it. The first snippet that does not compile or throws stops the cell.
     */
    public Optional<String> eval(String cell) throws CellFailure {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = cell;
        Optional<String> last = Optional.empty();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE
                    || info.completeness() == Completeness.CONSIDERED_INCOMPLETE) {
                throw new CellFailure("CompilationError", "the cell ends inside a statement",
                        List.of("incomplete Java at the end of the cell:", remaining.strip()));
            }
            // UNKNOWN (a syntax error) still goes to eval, which reports the compiler's diagnostics.
            String source = info.completeness() == Completeness.UNKNOWN ? remaining : info.source();
            remaining = info.completeness() == Completeness.UNKNOWN ? "" : info.remaining();
            last = evalSnippet(source);
        }
        return last;
    }

    /** Stops the snippet running now, if any (Jupyter's interrupt). */
    public void stop() {
        shell.stop();
    }

    private Optional<String> evalSnippet(String source) throws CellFailure {
        Optional<String> value = Optional.empty();
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // an earlier declaration updated by this one, not this snippet's own outcome
            }
            Snippet snippet = event.snippet();
            switch (event.status()) {
                case REJECTED -> throw compilationError(snippet);
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> throw unresolved(snippet);
                default -> {
                }
            }
            if (event.exception() != null) {
                throw thrown(event.exception());
            }
            if (isExpression(snippet)) {
                value = Optional.ofNullable(event.value());
            }
        }
        return value;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private CellFailure compilationError(Snippet snippet) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        for (Diag diag : errors) {
            lines.add(diag.getMessage(Locale.ROOT));
            lines.add(lineAt(source, (int) diag.getPosition()));
        }
        String message = errors.isEmpty() ? "the snippet was rejected" : errors.get(0).getMessage(Locale.ROOT);
        return new CellFailure("CompilationError", message, lines.isEmpty() ? List.of(message) : lines);
    }

    private CellFailure unresolved(Snippet snippet) {
        String missing = snippet instanceof jdk.jshell.DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "))
                : "";
        String message = "cannot find symbol: " + missing;
        return new CellFailure("CompilationError", message, List.of(message, snippet.source().strip()));
    }

    private static CellFailure thrown(JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            String message = "used before it could be defined: " + unresolved.getSnippet().source().strip();
            return new CellFailure("UnresolvedReference", message, List.of(message));
        }
        String name = exception instanceof EvalException eval ? eval.getExceptionClassName()
                : exception.getClass().getName();
        List<String> lines = new ArrayList<>();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String className = t instanceof EvalException eval ? eval.getExceptionClassName() : t.getClass().getName();
            lines.add((t == exception ? "" : "Caused by: ") + className
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            for (StackTraceElement frame : t.getStackTrace()) {
                lines.add("\tat " + frame);
                if (frame.getClassName().startsWith("REPL.")) {
                    break; // below the cell's own frame lie only JShell's and reflection's
                }
            }
        }
        return new CellFailure(name, exception.getMessage() == null ? name : exception.getMessage(), lines);
    }

    private static String lineAt(String source, int position) {
        if (position < 0 || position > source.length()) {
            return source.strip();
        }
        int start = source.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        int end = source.indexOf('\n', position);
        String line = source.substring(start, end < 0 ? source.length() : end);
        return line + "\n" + " ".repeat(position - start) + "^";
    }

    @Override
    public void close() {
        shell.close();
    }
}
