package org.akhbar.notebook;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Started by Jupyter (see kernel.json) with the connection file it wrote; serves until Jupyter shuts it down. */
public final class KernelMain {
    // The kernel library logs every socket start and stop at INFO into Jupyter's console, under loggers named
    // like "Loop-Shell-0"; only the root logger covers them all.
    private static final Logger ROOT_LOG = Logger.getLogger("");

    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelMain CONNECTION_FILE (Jupyter passes it; see notebooks/README.md)");
            System.exit(2);
        }
        KernelConnectionProperties properties =
                KernelConnectionProperties.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        ROOT_LOG.setLevel(Level.WARNING);
        JupyterConnection connection = new JupyterConnection(properties);
        JShellKernel kernel = new JShellKernel(new CellEvaluator(System.getProperty("java.class.path")));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        // Spark leaves non-daemon threads behind; the kernel's life ends with the connection.
        System.exit(0);
    }
}
