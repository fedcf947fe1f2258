package org.akhbar.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code news} in a separate JVM with the test classpath, as bin/news would. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder news(List<String> jvmFlags, List<String> args, Path log) throws IOException {
        return java(jvmFlags, "org.akhbar.cli.NewsCli", args, log);
    }

    /** Any main class of the test classpath, started like {@link #news}. */
    public static ProcessBuilder java(List<String> jvmFlags, String mainClass, List<String> args, Path log)
            throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + Path.of("conf", "jvm.options").toAbsolutePath());
        command.add("-Xmx1g");
        command.addAll(List.of(ShortJvm.FLAGS.split(" ")));
        command.add("-Dspark.master=local[1]");
        command.add("-Dspark.ui.enabled=false");
        command.add("-Dlog4j2.configurationFile=" + Path.of("conf", "log4j2.properties").toAbsolutePath());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.redirectError(log.toFile());
        return builder;
    }
}
