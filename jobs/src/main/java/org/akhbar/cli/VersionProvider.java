package org.akhbar.cli;

import org.akhbar.job.BuildVersion;
import picocli.CommandLine;

/** The build's version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"news " + BuildVersion.get()};
    }
}
