package org.akhbar.dump;

/** What reading a file yields: raw records still to parse, parsed outcomes, and one summary per file. */
public sealed interface ReadItem permits RawRecord, IngestOutcome, FileRead {
}
