package org.ladder.goals;

import java.time.Instant;

import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalProgressStore;
import org.ladder.goals.domain.GoalStore;
import org.ladder.goals.domain.Progress;
import org.springframework.stereotype.Component;

/**
 * Where a goal sits in the alignment tree and how progress rolls up it: placing a new goal, moving a goal (and its
 * subtree) under another, orphaning the goals below a closed one, and the roll-up over {@link GoalProgressStore}.
 */
@Component
class GoalTree {

    private final GoalStore store;
    private final GoalProgressStore progress;
    private final EditableGoals editable;

    GoalTree(GoalStore store, GoalProgressStore progress, EditableGoals editable) {
        this.store = store;
        this.progress = progress;
        this.editable = editable;
    }

    /** A new goal's place in memory before its first insert (the path gets its own id after the insert). */
    static void placeNew(Goal goal, GoalStore.Row parent, Instant now) {
        goal.placeAt(parent == null ? null : parent.id(), parent == null ? "/" : parent.path(),
                parent == null ? 0 : depthBelow(parent));
        if (parent == null) {
            goal.becameOrphan(now);
        }
    }

    /** After the first insert: the goal's own path, and its parent's child count. */
    void inserted(Goal goal, GoalStore.Row parent) {
        String path = (parent == null ? "/" : parent.path()) + goal.getId() + "/";
        store.inserted(goal.getId(), path, goal.getParentId());
        goal.placeAt(goal.getParentId(), path, goal.getDepth());
    }

    /** Moves the goal and its subtree under {@code parent} (null: to the top, an orphan unless a company goal). */
    void moveUnder(Goal goal, GoalStore.Row parent, Long oldParent, String oldPath) {
        String newPath = (parent == null ? "/" : parent.path()) + goal.getId() + "/";
        int newDepth = parent == null ? 0 : depthBelow(parent);
        store.move(goal.getId(), oldPath, oldParent, parent == null ? null : parent.id(), newPath,
                newDepth - goal.getDepth());
        goal.placeAt(parent == null ? null : parent.id(), newPath, newDepth);
        if (parent == null) {
            goal.becameOrphan(editable.now());
        } else {
            goal.aligned();
        }
        editable.save(goal);
    }

    /** The goal's own progress (its key results, or else its children's), then the chain above it. */
    void refreshProgress(Goal goal) {
        double own = goal.getKeyResults().isEmpty() ? progress.childAverage(goal.getId())
                : Progress.ofKeyResults(goal.getKeyResults());
        progress.setProgress(goal.getId(), own);
        goal.setProgressValue(own);
        progress.rollUp(goal.getPath());
    }

    /** The chain from {@code path} up, after a goal left it or closed. */
    void rollUp(String path) {
        progress.rollUp(path);
    }

    /** The goals right below a closed goal ladder up to nothing now; how many they are. */
    int orphanChildren(Goal goal) {
        return store.orphanChildren(goal.getId(), editable.now());
    }

    private static int depthBelow(GoalStore.Row parent) {
        return parent.path().split("/").length - 1;
    }
}
