package org.akhbar.progress;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Follows Spark's stages from the listener bus: tasks done per running stage, and stages finished. */
final class StageListener extends SparkListener {
    private final TreeMap<Integer, int[]> running = new TreeMap<>(); // stage id → {tasks done, tasks total}
    private int stagesDone;

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        running.put(submitted.stageInfo().stageId(), new int[] {0, submitted.stageInfo().numTasks()});
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        int[] stage = running.get(end.stageId());
        if (stage != null && end.taskInfo().successful()) {
            stage[0]++;
        }
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
        if (running.remove(completed.stageInfo().stageId()) != null) {
            stagesDone++;
        }
    }

    /** The newest running stage (the highest id), if any. */
    synchronized Optional<StageProgress> current() {
        if (running.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, int[]> newest = running.lastEntry();
        return Optional.of(new StageProgress(newest.getKey(), newest.getValue()[0], newest.getValue()[1],
                stagesDone));
    }
}
