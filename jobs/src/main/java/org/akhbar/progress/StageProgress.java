package org.akhbar.progress;

/** The Spark stage running now: tasks done of its total, and how many stages this command finished before it. */
public record StageProgress(int stageId, int tasksDone, int tasksTotal, int stagesDone) {

    /** {@code stage 12, 3 of 8 tasks (11 stages done)}. */
    public String describe() {
        return "stage " + stageId + ", " + tasksDone + " of " + tasksTotal + " tasks (" + stagesDone
                + (stagesDone == 1 ? " stage" : " stages") + " done)";
    }
}
