package org.akhbar.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Replaces a table folder of a warehouse (or some of its partition folders) with a freshly
 * written version, so that a crash at any point can be repaired to either the complete old or
 * the complete new version.
 *
 * <h2>Layout</h2>
 * <pre>
 * &lt;warehouse&gt;/&lt;table&gt;/                    live table, read directly by Spark, DuckDB, Trino
 * &lt;warehouse&gt;/_staging/&lt;table&gt;-&lt;runId&gt;/   new version; the writer marks it complete with _SUCCESS
 * &lt;warehouse&gt;/_trash/&lt;table&gt;-&lt;runId&gt;/     old version, moved aside during the commit
 * &lt;warehouse&gt;/_journal/&lt;table&gt;.commit     key=value lines describing a commit in progress
 * </pre>
 * Helper folders start with {@code _}, which Spark and DuckDB-style globs skip.
 *
 * <h2>Protocol</h2>
 * <ol>
 *   <li>{@link CommitStep#CHECK_STAGING}: staging must hold {@code _SUCCESS}; no other commit of
 *       the table may be pending.</li>
 *   <li>{@link CommitStep#WRITE_JOURNAL}: write the journal to a temporary name and rename it, so
 *       a journal is never half-written. The journal is the commit point: once it exists,
 *       {@link #recover()} rolls the commit <em>forward</em> as long as the staged data is still
 *       there.</li>
 *   <li>{@link CommitStep#MOVE_OLD_ASIDE}: rename the live folder to {@code _trash} (skipped when
 *       there is none).</li>
 *   <li>{@link CommitStep#MOVE_NEW_IN}: rename the staging folder to the live path.</li>
 *   <li>{@link CommitStep#DELETE_OLD}: delete the trash and staging leftovers.</li>
 *   <li>{@link CommitStep#DELETE_JOURNAL}: delete the journal.</li>
 * </ol>
 * {@link #replacePartitions} runs steps 3 and 4 once per partition folder, under a single
 * journal; a listed partition that the new run did not write is moved aside and not replaced.
 * Call {@link #recover()} at the start of every run, before reading or writing.
 *
 * <h2>Guarantees</h2>
 * On HDFS and local disks a folder rename is atomic, and only whole-folder renames touch a live
 * path, so a reader sees either the complete old or the complete new table (or partition), never
 * a mix. Between steps 3 and 4 there is a short window in which the folder does not exist; a
 * reader that lists it then fails or sees an empty table and must retry. With
 * {@link #replacePartitions} each partition is swapped on its own, so a reader running during the
 * commit may see some partitions already new and others still old.
 *
 * <p>On object stores such as S3, rename is a copy followed by a delete, file by file: readers can
 * see a partially copied table during the copy, and a crash in the middle of a rename can leave
 * partial folders that recovery cannot always tell apart from complete ones. There, prefer a table
 * format with its own commit protocol (Delta Lake, Iceberg, Hudi) or an S3-aware committer.
 *
 * <p>The protocol assumes one writer per warehouse at a time: {@link #recover()} treats every
 * staging folder without a journal as abandoned and deletes it.
 */
public final class TableCommitter {

    static final String SUCCESS_MARKER = "_SUCCESS";
    private static final String STAGING_DIR = "_staging";
    private static final String TRASH_DIR = "_trash";
    private static final String JOURNAL_DIR = "_journal";
    private static final String JOURNAL_SUFFIX = ".commit";
    private static final String TEMP_SUFFIX = ".tmp";

    private static final String KEY_TABLE = "table";
    private static final String KEY_RUN_ID = "runId";
    private static final String KEY_MODE = "mode";
    private static final String KEY_STAGING = "staging";
    private static final String KEY_BACKUP = "backup";
    private static final String KEY_PARTITION = "partition";
    private static final String KEY_DROPPED = "droppedPartition";

    private enum Mode { TABLE, PARTITIONS }

    /**
     * What a journal records. Staging and backup are stored relative to the warehouse so that a
     * journal stays valid if the warehouse is moved or mounted under another URI.
     */
    private record Journal(String table, String runId, Mode mode, String staging, String backup,
            List<String> partitions, List<String> dropped) { }

    /** One folder swap: the whole table, or one partition of it. */
    private record Unit(String name, Path live, Path staging, Path backup, Path marker, boolean drop) { }

    private final FileSystem fs;
    private final Path warehouse;
    private final CommitHook hook;

    public TableCommitter(FileSystem fs, Path warehouse) {
        this(fs, warehouse, CommitHook.NONE);
    }

    public TableCommitter(FileSystem fs, Path warehouse, CommitHook hook) {
        this.fs = Objects.requireNonNull(fs, "fs");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /** Where the writer of {@code runId} must write the new version; does not create it. */
    public Path stagingPath(String table, String runId) {
        return resolve(stagingName(table, runId));
    }

    public Path tablePath(String table) {
        checkName("table", table);
        return new Path(warehouse, table);
    }

    /**
     * Replaces the whole table with the staging folder of {@code runId}.
     *
     * @throws IllegalStateException if staging lacks {@code _SUCCESS} or an earlier commit of the
     *     table is unfinished; nothing is changed then
     */
    public void replaceTable(String table, String runId) throws IOException {
        Journal journal = new Journal(table, runId, Mode.TABLE, stagingName(table, runId),
                trashName(table, runId), List.of(), List.of());
        hook.before(CommitStep.CHECK_STAGING, table);
        checkCanCommit(journal);
        runCommit(journal);
    }

    /**
     * Replaces only the listed partition folders (e.g. {@code "published_month=2023-09"}) with the
     * ones in staging. Partitions not listed stay untouched; a listed partition absent from staging
     * is removed from the table. Creates the table folder if missing.
     *
     * @throws IllegalStateException if staging lacks {@code _SUCCESS} or an earlier commit of the
     *     table is unfinished; nothing is changed then
     */
    public void replacePartitions(String table, String runId, List<String> partitionDirs)
            throws IOException {
        List<String> requested = checkPartitions(partitionDirs);
        String staging = stagingName(table, runId);
        hook.before(CommitStep.CHECK_STAGING, table);
        Journal probe = new Journal(table, runId, Mode.PARTITIONS, staging, trashName(table, runId),
                requested, List.of());
        checkCanCommit(probe);
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String partition : requested) {
            (fs.exists(new Path(resolve(staging), partition)) ? present : absent).add(partition);
        }
        runCommit(new Journal(table, runId, Mode.PARTITIONS, staging, trashName(table, runId),
                present, absent));
    }

    /**
     * Repairs whatever an interrupted commit left behind: finishes (or, when the staged data is
     * gone, undoes) every journaled commit, then deletes abandoned staging folders and trash.
     *
     * @return what was done, one line per action; empty when the warehouse was clean
     */
    public List<String> recover() throws IOException {
        List<String> actions = new ArrayList<>();
        for (Path journalFile : listJournals()) {
            recoverCommit(readJournal(journalFile), actions);
            delete(journalFile);
        }
        for (Path temp : listChildren(resolve(JOURNAL_DIR), name -> name.endsWith(TEMP_SUFFIX))) {
            delete(temp);
            actions.add("deleted unfinished journal " + relative(temp));
        }
        deleteAllIn(STAGING_DIR, "deleted abandoned staging ", actions);
        deleteAllIn(TRASH_DIR, "deleted leftover trash ", actions);
        return actions;
    }

    /**
     * Deletes the staging folder of a write that will not be committed.
     *
     * @throws IllegalStateException if a commit of that run is already journaled; use
     *     {@link #recover()} then
     */
    public void abandon(String table, String runId) throws IOException {
        Path staging = stagingPath(table, runId);
        Path journalFile = journalPath(table);
        if (fs.exists(journalFile) && runId.equals(readJournal(journalFile).runId())) {
            throw new IllegalStateException("Run " + runId + " of table " + table
                    + " is already being committed; call recover() instead of abandon()");
        }
        delete(staging);
    }

    // ---- commit ----

    private void checkCanCommit(Journal journal) throws IOException {
        Path staging = resolve(journal.staging());
        if (!fs.exists(new Path(staging, SUCCESS_MARKER))) {
            throw new IllegalStateException("Staging folder " + staging + " has no " + SUCCESS_MARKER
                    + " marker; the write is incomplete and table " + journal.table() + " was not changed");
        }
        if (fs.exists(journalPath(journal.table()))) {
            throw new IllegalStateException("An earlier commit of table " + journal.table()
                    + " is unfinished; call recover() first");
        }
        if (fs.exists(resolve(journal.backup()))) {
            throw new IllegalStateException("Trash folder " + resolve(journal.backup())
                    + " already exists; call recover() first");
        }
    }

    private void runCommit(Journal journal) throws IOException {
        String table = journal.table();
        hook.before(CommitStep.WRITE_JOURNAL, table);
        writeJournal(journal);
        if (journal.mode() == Mode.PARTITIONS) {
            mkdirs(tablePath(table));
        }
        for (Unit unit : units(journal)) {
            hook.before(CommitStep.MOVE_OLD_ASIDE, table);
            if (fs.exists(unit.live())) {
                rename(unit.live(), unit.backup());
            }
            hook.before(CommitStep.MOVE_NEW_IN, table);
            if (!unit.drop()) {
                rename(unit.staging(), unit.live());
            }
        }
        hook.before(CommitStep.DELETE_OLD, table);
        deleteRunFolders(journal);
        hook.before(CommitStep.DELETE_JOURNAL, table);
        delete(journalPath(table));
    }

    private List<Unit> units(Journal journal) {
        Path staging = resolve(journal.staging());
        Path backup = resolve(journal.backup());
        Path marker = new Path(staging, SUCCESS_MARKER);
        Path live = tablePath(journal.table());
        if (journal.mode() == Mode.TABLE) {
            return List.of(new Unit(journal.table(), live, staging, backup, marker, false));
        }
        List<Unit> units = new ArrayList<>();
        for (String p : journal.partitions()) {
            units.add(partitionUnit(journal, p, live, staging, backup, marker, false));
        }
        for (String p : journal.dropped()) {
            units.add(partitionUnit(journal, p, live, staging, backup, marker, true));
        }
        return units;
    }

    private static Unit partitionUnit(Journal journal, String partition, Path live, Path staging,
            Path backup, Path marker, boolean drop) {
        return new Unit(journal.table() + "/" + partition, new Path(live, partition),
                new Path(staging, partition), new Path(backup, partition), marker, drop);
    }

    /** The marker goes first so that a half-deleted staging folder never looks complete. */
    private void deleteRunFolders(Journal journal) throws IOException {
        Path staging = resolve(journal.staging());
        delete(new Path(staging, SUCCESS_MARKER));
        delete(staging);
        delete(resolve(journal.backup()));
    }

    // ---- recovery ----

    private void recoverCommit(Journal journal, List<String> actions) throws IOException {
        String run = " (run " + journal.runId() + ")";
        if (journal.mode() == Mode.PARTITIONS) {
            mkdirs(tablePath(journal.table()));
        }
        for (Unit unit : units(journal)) {
            String action = recoverUnit(unit);
            if (action != null) {
                actions.add(unit.name() + ": " + action + run);
            }
        }
        deleteRunFolders(journal);
        actions.add(journal.table() + ": cleared journal of interrupted commit" + run);
    }

    /** Rolls one folder forward when the staged data is intact, else back; null if already done. */
    private String recoverUnit(Unit unit) throws IOException {
        boolean stagedReady = !unit.drop() && fs.exists(unit.staging()) && fs.exists(unit.marker());
        if (unit.drop() || stagedReady) {
            boolean liveExisted = fs.exists(unit.live());
            if (liveExisted && fs.exists(unit.backup())) {
                // Already moved aside once, so whatever is live now is a partial leftover (object stores).
                delete(unit.live());
            } else if (liveExisted) {
                rename(unit.live(), unit.backup());
            }
            if (unit.drop()) {
                return liveExisted ? "removed partition absent from the new version" : null;
            }
            rename(unit.staging(), unit.live());
            return "rolled forward to the new version";
        }
        if (fs.exists(unit.live())) {
            return null;
        }
        if (fs.exists(unit.backup())) {
            rename(unit.backup(), unit.live());
            return "new version missing, restored the old version";
        }
        return null;
    }

    private List<Path> listJournals() throws IOException {
        return listChildren(resolve(JOURNAL_DIR), name -> name.endsWith(JOURNAL_SUFFIX));
    }

    private void deleteAllIn(String helperDir, String message, List<String> actions)
            throws IOException {
        for (Path leftover : listChildren(resolve(helperDir), name -> !name.startsWith("."))) {
            delete(leftover);
            actions.add(message + relative(leftover));
        }
    }

    // ---- journal ----

    private void writeJournal(Journal journal) throws IOException {
        Path target = journalPath(journal.table());
        Path temp = target.suffix(TEMP_SUFFIX);
        mkdirs(target.getParent());
        try (FSDataOutputStream out = fs.create(temp, true)) {
            out.write(serialize(journal).getBytes(StandardCharsets.UTF_8));
            out.hsync();
        }
        rename(temp, target);
    }

    private static String serialize(Journal journal) {
        StringBuilder text = new StringBuilder();
        appendLine(text, KEY_TABLE, journal.table());
        appendLine(text, KEY_RUN_ID, journal.runId());
        appendLine(text, KEY_MODE, journal.mode().name().toLowerCase(Locale.ROOT));
        appendLine(text, KEY_STAGING, journal.staging());
        appendLine(text, KEY_BACKUP, journal.backup());
        journal.partitions().forEach(p -> appendLine(text, KEY_PARTITION, p));
        journal.dropped().forEach(p -> appendLine(text, KEY_DROPPED, p));
        return text.toString();
    }

    private static void appendLine(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }

    private Journal readJournal(Path file) throws IOException {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> partitions = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String line : readText(file).split("\n")) {
            int eq = line.indexOf('=');
            if (line.isBlank() || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            switch (key) {
                case KEY_PARTITION -> partitions.add(value);
                case KEY_DROPPED -> dropped.add(value);
                default -> single.put(key, value);
            }
        }
        try {
            return new Journal(required(single, KEY_TABLE), required(single, KEY_RUN_ID),
                    Mode.valueOf(required(single, KEY_MODE).toUpperCase(Locale.ROOT)),
                    checkRelative(required(single, KEY_STAGING)), checkRelative(required(single, KEY_BACKUP)),
                    checkPartitions(partitions), checkPartitions(dropped));
        } catch (IllegalArgumentException e) {
            throw new IOException("Corrupt commit journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    private String readText(Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    // ---- file system primitives ----

    /**
     * FileSystem.rename returns false instead of throwing on many file systems, and on HDFS moves
     * the source <em>into</em> an existing target folder, so the target must not exist.
     */
    private void rename(Path from, Path to) throws IOException {
        if (fs.exists(to)) {
            throw new IOException("Cannot rename " + from + " to " + to + ": target already exists");
        }
        mkdirs(to.getParent());
        if (!fs.rename(from, to)) {
            throw new IOException("Rename of " + from + " to " + to + " failed"
                    + (fs.exists(from) ? "" : ": source does not exist"));
        }
    }

    private void delete(Path path) throws IOException {
        if (!fs.delete(path, true) && fs.exists(path)) {
            throw new IOException("Could not delete " + path);
        }
    }

    private void mkdirs(Path dir) throws IOException {
        if (!fs.mkdirs(dir)) {
            throw new IOException("Could not create folder " + dir);
        }
    }

    private List<Path> listChildren(Path dir, Predicate<String> nameFilter)
            throws IOException {
        List<Path> children = new ArrayList<>();
        if (!fs.exists(dir)) {
            return children;
        }
        for (FileStatus status : fs.listStatus(dir)) {
            if (nameFilter.test(status.getPath().getName())) {
                children.add(status.getPath());
            }
        }
        children.sort(null);
        return children;
    }

    // ---- names ----

    private Path resolve(String relativeToWarehouse) {
        return new Path(warehouse, relativeToWarehouse);
    }

    private Path journalPath(String table) {
        return resolve(JOURNAL_DIR + "/" + checkName("table", table) + JOURNAL_SUFFIX);
    }

    private static String stagingName(String table, String runId) {
        return STAGING_DIR + "/" + runFolder(table, runId);
    }

    private static String trashName(String table, String runId) {
        return TRASH_DIR + "/" + runFolder(table, runId);
    }

    private static String runFolder(String table, String runId) {
        return checkName("table", table) + "-" + checkName("runId", runId);
    }

    private String relative(Path path) {
        return path.getParent().getName() + "/" + path.getName();
    }

    /** Hidden prefixes would make readers skip the folder; ':' would parse as a URI scheme. */
    private static String checkName(String what, String name) {
        if (name == null || name.isEmpty() || name.startsWith("_") || name.startsWith(".")
                || name.contains("/") || name.contains(":") || name.contains("\n")) {
            throw new IllegalArgumentException("Invalid " + what + " name: '" + name
                    + "' (must be non-empty, not start with '_' or '.', and contain no '/', ':' or newline)");
        }
        return name;
    }

    private static List<String> checkPartitions(List<String> partitionDirs) {
        Objects.requireNonNull(partitionDirs, "partitionDirs");
        Set<String> seen = new HashSet<>();
        for (String partition : partitionDirs) {
            if (partition == null) {
                throw new IllegalArgumentException("Invalid partition folder: null");
            }
            for (String segment : partition.split("/", -1)) {
                checkName("partition folder", segment);
            }
            if (!seen.add(partition)) {
                throw new IllegalArgumentException("Partition folder listed twice: " + partition);
            }
        }
        return List.copyOf(partitionDirs);
    }

    private static String checkRelative(String helperPath) {
        for (String segment : helperPath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".") || segment.contains(":")) {
                throw new IllegalArgumentException("bad helper path '" + helperPath + "'");
            }
        }
        return helperPath;
    }
}
