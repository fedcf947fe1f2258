package org.akhbar.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TableCommitterTest {

    private static final String TABLE = "articles";
    private static final String RUN = "run1";
    private static final String P1 = "published_month=2023-09";
    private static final String P2 = "published_month=2023-10";
    private static final String P3 = "published_month=2023-11";
    private static final String P4 = "published_month=2023-12";

    /** Hook calls of the partition commit used below: three listed partitions. */
    private static final List<CommitStep> PARTITION_COMMIT_STEPS = List.of(
            CommitStep.CHECK_STAGING, CommitStep.WRITE_JOURNAL,
            CommitStep.MOVE_OLD_ASIDE, CommitStep.MOVE_NEW_IN,
            CommitStep.MOVE_OLD_ASIDE, CommitStep.MOVE_NEW_IN,
            CommitStep.MOVE_OLD_ASIDE, CommitStep.MOVE_NEW_IN,
            CommitStep.DELETE_OLD, CommitStep.DELETE_JOURNAL);

    private static final Map<String, String> OLD = Map.of("part-0", "old-a", "part-1", "old-b");
    private static final Map<String, String> NEW = Map.of("part-0", "new-a");

    @TempDir java.nio.file.Path tempDir;

    private FileSystem fs;
    private Path warehouse;

    @BeforeEach
    void setUp() throws IOException {
        fs = FileSystem.getLocal(new Configuration());
        warehouse = new Path(tempDir.toUri());
    }

    // ---- whole table ----

    @Test
    void firstCommitCreatesTable() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeStaging(committer, NEW, true);

        committer.replaceTable(TABLE, RUN);

        assertEquals(sorted(NEW), readTable(committer.tablePath(TABLE)));
        assertTrue(fs.exists(new Path(committer.tablePath(TABLE), "_SUCCESS")), "marker kept");
        assertNoLeftovers();
    }

    @Test
    void replaceSwapsWholeTable() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeFiles(committer.tablePath(TABLE), OLD);
        writeStaging(committer, NEW, true);

        committer.replaceTable(TABLE, RUN);

        assertEquals(sorted(NEW), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    @Test
    void stagingWithoutSuccessIsRefusedAndNothingChanges() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeFiles(committer.tablePath(TABLE), OLD);
        writeStaging(committer, NEW, false);

        assertThrows(IllegalStateException.class, () -> committer.replaceTable(TABLE, RUN));

        assertEquals(sorted(OLD), readTable(committer.tablePath(TABLE)));
        assertEquals(sorted(NEW), readTable(committer.stagingPath(TABLE, RUN)));
        assertFalse(fs.exists(new Path(warehouse, "_journal")));
        assertFalse(fs.exists(new Path(warehouse, "_trash")));
    }

    @ParameterizedTest
    @EnumSource(CommitStep.class)
    void failureAtAnyStepRecoversToOldOrNew(CommitStep failAt) throws IOException {
        TableCommitter failing = new TableCommitter(fs, warehouse, failOnce(failAt, 0));
        writeFiles(failing.tablePath(TABLE), OLD);
        writeStaging(failing, NEW, true);

        assertThrows(InjectedFailure.class, () -> failing.replaceTable(TABLE, RUN));
        new TableCommitter(fs, warehouse).recover();

        Map<String, String> table = readTable(failing.tablePath(TABLE));
        assertOneOf(table, sorted(OLD), sorted(NEW));
        if (failAt.compareTo(CommitStep.MOVE_NEW_IN) >= 0) {
            assertEquals(sorted(NEW), table);
        }
        assertNoLeftovers();
    }

    @ParameterizedTest
    @EnumSource(CommitStep.class)
    void failureDuringFirstCommitRecoversToNoTableOrNew(CommitStep failAt) throws IOException {
        TableCommitter failing = new TableCommitter(fs, warehouse, failOnce(failAt, 0));
        writeStaging(failing, NEW, true);

        assertThrows(InjectedFailure.class, () -> failing.replaceTable(TABLE, RUN));
        new TableCommitter(fs, warehouse).recover();

        Map<String, String> table = readTable(failing.tablePath(TABLE));
        assertOneOf(table, null, sorted(NEW));
        if (failAt.compareTo(CommitStep.MOVE_NEW_IN) >= 0) {
            assertEquals(sorted(NEW), table);
        }
        assertNoLeftovers();
    }

    @Test
    void unfinishedCommitBlocksNextCommitUntilRecovered() throws IOException {
        TableCommitter failing = new TableCommitter(fs, warehouse,
                failOnce(CommitStep.MOVE_OLD_ASIDE, 0));
        writeFiles(failing.tablePath(TABLE), OLD);
        writeStaging(failing, NEW, true);
        assertThrows(InjectedFailure.class, () -> failing.replaceTable(TABLE, RUN));

        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeFiles(committer.stagingPath(TABLE, "run2"), Map.of("part-9", "newer", "_SUCCESS", ""));
        assertThrows(IllegalStateException.class, () -> committer.replaceTable(TABLE, "run2"));
        assertThrows(IllegalStateException.class, () -> committer.abandon(TABLE, RUN));

        List<String> actions = committer.recover();

        assertFalse(actions.isEmpty());
        assertEquals(sorted(NEW), readTable(committer.tablePath(TABLE)));
        assertFalse(fs.exists(committer.stagingPath(TABLE, "run2")), "abandoned run2 staging removed");
    }

    @Test
    void renameReturningFalseIsReportedAndRecoverable() throws IOException {
        Path live = new Path(warehouse, TABLE);
        FileSystem refusing = new FilterFileSystem(fs) {
            @Override
            public boolean rename(Path src, Path dst) throws IOException {
                return !dst.getName().equals(live.getName()) && super.rename(src, dst);
            }
        };
        TableCommitter committer = new TableCommitter(refusing, warehouse);
        writeFiles(committer.tablePath(TABLE), OLD);
        writeStaging(committer, NEW, true);

        IOException error = assertThrows(IOException.class, () -> committer.replaceTable(TABLE, RUN));
        assertTrue(error.getMessage().contains("Rename of"), error.getMessage());

        new TableCommitter(fs, warehouse).recover();
        assertEquals(sorted(NEW), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    // ---- partitions ----

    @Test
    void replacePartitionsSwapsOnlyListedOnes() throws IOException {
        List<CommitStep> calls = new ArrayList<>();
        TableCommitter committer = new TableCommitter(fs, warehouse, (step, table) -> calls.add(step));
        writeOldPartitionedTable(committer);
        writeNewPartitionStaging(committer);

        committer.replacePartitions(TABLE, RUN, List.of(P1, P3, P4));

        assertEquals(newPartitionedTable(), readTable(committer.tablePath(TABLE)));
        assertEquals(PARTITION_COMMIT_STEPS, calls);
        assertNoLeftovers();
    }

    @Test
    void replacePartitionsCreatesMissingTable() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeNewPartitionStaging(committer);

        committer.replacePartitions(TABLE, RUN, List.of(P1, P3));

        assertEquals(sorted(prefixed(P1, NEW)), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    @Test
    void replacePartitionsWithoutSuccessIsRefused() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeOldPartitionedTable(committer);
        writeFiles(committer.stagingPath(TABLE, RUN), prefixed(P1, NEW));

        assertThrows(IllegalStateException.class,
                () -> committer.replacePartitions(TABLE, RUN, List.of(P1)));

        assertEquals(oldPartitionedTable(), readTable(committer.tablePath(TABLE)));
    }

    static Stream<Arguments> partitionFailurePoints() {
        return IntStream.range(0, PARTITION_COMMIT_STEPS.size())
                .mapToObj(i -> Arguments.of(i, PARTITION_COMMIT_STEPS.get(i)));
    }

    @ParameterizedTest(name = "hook call {0} ({1})")
    @MethodSource("partitionFailurePoints")
    void partitionFailureAtAnyHookCallRecoversToOldOrNew(int callIndex, CommitStep step)
            throws IOException {
        TableCommitter failing = new TableCommitter(fs, warehouse, failOnce(null, callIndex));
        writeOldPartitionedTable(failing);
        writeNewPartitionStaging(failing);

        assertThrows(InjectedFailure.class,
                () -> failing.replacePartitions(TABLE, RUN, List.of(P1, P3, P4)));
        new TableCommitter(fs, warehouse).recover();

        Map<String, String> table = readTable(failing.tablePath(TABLE));
        assertOneOf(table, oldPartitionedTable(), newPartitionedTable());
        if (step.compareTo(CommitStep.MOVE_NEW_IN) >= 0) {
            assertEquals(newPartitionedTable(), table);
        }
        assertNoLeftovers();
    }

    // ---- recover / abandon ----

    @Test
    void recoverOnCleanWarehouseDoesNothing() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        assertEquals(List.of(), committer.recover());

        writeFiles(committer.tablePath(TABLE), OLD);
        assertEquals(List.of(), committer.recover());
        assertEquals(sorted(OLD), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    @Test
    void recoverDeletesAbandonedStagingWithoutJournal() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeFiles(committer.tablePath(TABLE), OLD);
        writeStaging(committer, NEW, true);
        writeFiles(committer.stagingPath("other", "run7"), Map.of("part-0", "half"));

        List<String> actions = committer.recover();

        assertEquals(2, actions.size(), actions.toString());
        assertEquals(sorted(OLD), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    @Test
    void recoverDeletesHalfWrittenJournalAndLeftoverTrash() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeFiles(committer.tablePath(TABLE), OLD);
        writeStaging(committer, NEW, true);
        writeFiles(new Path(warehouse, "_journal"), Map.of(TABLE + ".commit.tmp", "table=arti"));
        writeFiles(new Path(warehouse, "_trash/" + TABLE + "-run0"), OLD);

        List<String> actions = committer.recover();

        assertEquals(3, actions.size(), actions.toString());
        assertEquals(sorted(OLD), readTable(committer.tablePath(TABLE)));
        assertNoLeftovers();
    }

    @Test
    void abandonDeletesStaging() throws IOException {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        writeStaging(committer, NEW, false);

        committer.abandon(TABLE, RUN);

        assertFalse(fs.exists(committer.stagingPath(TABLE, RUN)));
    }

    @Test
    void invalidNamesAreRejected() {
        TableCommitter committer = new TableCommitter(fs, warehouse);
        assertThrows(IllegalArgumentException.class, () -> committer.tablePath("_hidden"));
        assertThrows(IllegalArgumentException.class, () -> committer.stagingPath("a/b", RUN));
        assertThrows(IllegalArgumentException.class, () -> committer.stagingPath(TABLE, "x:y"));
        assertThrows(IllegalArgumentException.class,
                () -> committer.replacePartitions(TABLE, RUN, List.of("../escape")));
        assertThrows(IllegalArgumentException.class,
                () -> committer.replacePartitions(TABLE, RUN, List.of(P1, P1)));
    }

    // ---- fixtures ----

    private void writeOldPartitionedTable(TableCommitter committer) throws IOException {
        writeFiles(committer.tablePath(TABLE), oldPartitionedTable());
    }

    /** P1 rewritten, P3 listed but empty in the new run, P4 brand new. */
    private void writeNewPartitionStaging(TableCommitter committer) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        files.putAll(prefixed(P1, NEW));
        files.putAll(prefixed(P4, Map.of("part-0", "new-d")));
        files.put("_SUCCESS", "");
        writeFiles(committer.stagingPath(TABLE, RUN), files);
    }

    private static SortedMap<String, String> oldPartitionedTable() {
        SortedMap<String, String> table = new TreeMap<>();
        table.putAll(prefixed(P1, OLD));
        table.putAll(prefixed(P2, Map.of("part-0", "old-c")));
        table.putAll(prefixed(P3, Map.of("part-0", "old-e")));
        return table;
    }

    private static SortedMap<String, String> newPartitionedTable() {
        SortedMap<String, String> table = new TreeMap<>();
        table.putAll(prefixed(P1, NEW));
        table.putAll(prefixed(P2, Map.of("part-0", "old-c")));
        table.putAll(prefixed(P4, Map.of("part-0", "new-d")));
        return table;
    }

    private static SortedMap<String, String> prefixed(String folder, Map<String, String> files) {
        SortedMap<String, String> result = new TreeMap<>();
        files.forEach((name, content) -> result.put(folder + "/" + name, content));
        return result;
    }

    private void writeStaging(TableCommitter committer, Map<String, String> files, boolean complete)
            throws IOException {
        Path staging = committer.stagingPath(TABLE, RUN);
        writeFiles(staging, files);
        if (complete) {
            writeFiles(staging, Map.of("_SUCCESS", ""));
        }
    }

    private void writeFiles(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            try (FSDataOutputStream out = fs.create(new Path(dir, file.getKey()), true)) {
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The table as a reader sees it: relative file path to content, skipping hidden names
     * ({@code _SUCCESS}, checksum files). Null when the table folder does not exist.
     */
    private SortedMap<String, String> readTable(Path dir) throws IOException {
        if (!fs.exists(dir)) {
            return null;
        }
        SortedMap<String, String> files = new TreeMap<>();
        collect(dir, "", files);
        return files;
    }

    private void collect(Path dir, String prefix, SortedMap<String, String> files)
            throws IOException {
        for (FileStatus status : fs.listStatus(dir)) {
            String name = status.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (status.isDirectory()) {
                collect(status.getPath(), prefix + name + "/", files);
            } else {
                files.put(prefix + name, read(status.getPath()));
            }
        }
    }

    private String read(Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static SortedMap<String, String> sorted(Map<String, String> files) {
        return new TreeMap<>(files);
    }

    private static void assertOneOf(Map<String, String> actual, Map<String, String> old,
            Map<String, String> fresh) {
        assertNotEquals(old, fresh, "test fixture: versions must differ");
        assertTrue(java.util.Objects.equals(actual, old) || java.util.Objects.equals(actual, fresh),
                "table is neither the complete old nor the complete new version: " + actual);
    }

    /** No journal, staging or trash content remains after a commit or a recovery. */
    private void assertNoLeftovers() throws IOException {
        for (String helper : List.of("_journal", "_staging", "_trash")) {
            Path dir = new Path(warehouse, helper);
            if (fs.exists(dir)) {
                assertEquals(0, fs.listStatus(dir).length, helper + " not empty");
            }
        }
    }

    /** Fails the first call for {@code step}, or (step null) the call number {@code callIndex}. */
    private static CommitHook failOnce(CommitStep step, int callIndex) {
        int[] calls = {0};
        return (current, table) -> {
            int index = calls[0]++;
            if (step == null ? index == callIndex : current == step) {
                throw new InjectedFailure(current);
            }
        };
    }

    private static final class InjectedFailure extends IOException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(CommitStep step) {
            super("injected failure before " + step);
        }
    }
}
