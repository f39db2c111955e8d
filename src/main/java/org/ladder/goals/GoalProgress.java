package org.ladder.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.KeyResult;
import org.springframework.stereotype.Component;

/**
 * Recording where a goal's key results stand: the one path a direct key-result edit ({@link GoalPlanning}) and a
 * check-in ({@link GoalCheckIns}) both take. The values are checked by {@link KeyResultRules} (every error at once,
 * nothing changed), then the goal is saved (a concurrent edit is told), its progress rolls up the parent chain and
 * the change is kept in its history.
 */
@Component
class GoalProgress {

    private final EditableGoals editable;
    private final GoalTree tree;
    private final GoalHistory history;

    GoalProgress(EditableGoals editable, GoalTree tree, GoalHistory history) {
        this.editable = editable;
        this.tree = tree;
        this.history = history;
    }

    /**
     * The goal with these values, checked but not applied. {@code errors} are keyed {@code keyResults[i].current}
     * (the key result's position); {@code errorsByKeyResult} holds the same messages by key-result id.
     */
    record Prepared(Goal goal, List<BigDecimal> values, List<String> lines, Map<String, String> errors,
            Map<Long, String> errorsByKeyResult) {

        boolean changes() {
            return !lines.isEmpty();
        }
    }

    static Prepared prepare(Goal goal, Map<Long, BigDecimal> currentByKeyResultId) {
        List<KeyResultDraft> drafts = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (KeyResult kr : goal.getKeyResults()) {
            BigDecimal value = currentByKeyResultId.getOrDefault(kr.getId(), kr.getCurrent());
            drafts.add(new KeyResultDraft(kr.getId(), kr.getName(), kr.getType(), kr.getBaseline(), kr.getTarget(),
                    value, kr.getUnit(), kr.getWeight()));
            values.add(value);
            if (value != null && value.compareTo(kr.getCurrent()) != 0) {
                lines.add("“" + kr.getName() + "”: " + Changes.number(kr.getCurrent()) + " → " + Changes.number(value));
            }
        }
        Map<String, String> errors = KeyResultRules.check(drafts);
        errors.remove("keyResults");
        Map<Long, String> byKeyResult = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String message = errors.get("keyResults[" + i + "].current");
            if (message != null) {
                byKeyResult.put(drafts.get(i).id(), message);
            }
        }
        return new Prepared(goal, values, lines, errors, byKeyResult);
    }

    /** Applies checked values: saves the goal, rolls its progress up, records the revision. */
    void apply(Prepared prepared, String kind, List<String> lines, String reason) {
        Goal goal = prepared.goal();
        for (int i = 0; i < prepared.values().size(); i++) {
            goal.getKeyResults().get(i).setCurrent(prepared.values().get(i));
        }
        goal.touch(editable.now());
        editable.save(goal);
        tree.refreshProgress(goal);
        history.record(goal, kind, lines, reason, false);
    }
}
