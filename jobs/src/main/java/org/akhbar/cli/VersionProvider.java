package org.akhbar.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = NewsCli.class.getPackage().getImplementationVersion();
        return new String[] {"news " + (version == null ? "development" : version)};
    }
}
