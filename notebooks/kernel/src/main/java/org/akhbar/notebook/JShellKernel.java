package org.akhbar.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.List;
import java.util.Optional;

/** The Jupyter side of the kernel: each execute request is one cell for the {@link CellEvaluator}. */
final class JShellKernel extends BaseKernel {
    private final CellEvaluator evaluator;
    private final LanguageInfo languageInfo;

    JShellKernel(CellEvaluator evaluator) {
        this.evaluator = evaluator;
        String version = Runtime.version().toString();
        this.languageInfo = new LanguageInfo.Builder("java").version(version).mimetype("text/x-java-source")
                .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build();
        Display.publishTo(this::display);
    }

    @Override
    public DisplayData eval(String cell) throws Exception {
        Optional<String> value = evaluator.eval(cell);
        return value.map(DisplayData::new).orElse(null);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (JShell) with akhbar and Spark";
    }

    @Override
    public List<String> formatError(Exception e) {
        return e instanceof CellFailure failure ? failure.traceback() : super.formatError(e);
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void onShutdown(boolean restart) {
        evaluator.close();
    }
}
