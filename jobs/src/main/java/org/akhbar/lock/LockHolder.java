package org.akhbar.lock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Who holds a warehouse lock, written into the lock file so a refused run can name it. */
record LockHolder(String command, long pid, String host, Instant since) {

    static LockHolder thisProcess(String command) {
        return new LockHolder(command, ProcessHandle.current().pid(), hostName(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** One line: {@code news ingest (pid 4242 on host-a, since 2026-11-22T02:30:01Z)}. */
    String describe() {
        return command + " (pid " + pid + " on " + host + ", since " + since + ")";
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
