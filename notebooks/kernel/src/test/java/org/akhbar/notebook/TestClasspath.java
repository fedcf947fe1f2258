package org.akhbar.notebook;

/** The test JVM's class path as a list of entries (surefire starts the JVM from a manifest-only jar). */
final class TestClasspath {
    private TestClasspath() {
    }

    static String value() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
