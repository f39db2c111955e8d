package org.ladder.support;

import org.camunda.bpm.engine.task.Task;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.goals.GoalDetails;
import org.springframework.stereotype.Component;

/**
 * A cycle brought to its cascade for the cycle page's tests: a fresh organisation ({@link CycleFixtures.Org}),
 * launched, the charter confirmed by {@code ceo}, and the jobs run, so the top unit's head has the unit-goals task;
 * optionally that head sets the unit's goals, so the units below and the top unit's people start.
 */
@Component
public class CyclePageFixtures {

    /** A cycle at its cascade, with its organisation. */
    public record Scenario(CycleFixtures.Org org, long cycleId) {
    }

    private final CycleFixtures cycles;
    private final GoalFixtures goals;
    private final CycleDecisions decisions;

    CyclePageFixtures(CycleFixtures cycles, GoalFixtures goals, CycleDecisions decisions) {
        this.cycles = cycles;
        this.goals = goals;
        this.decisions = decisions;
    }

    /** Launched and confirmed: the top unit (Dept, head Ana) sets its goals. */
    public Scenario atCascade() {
        goals.charterPublished();
        CycleFixtures.Org org = cycles.organisation();
        LaunchedCycle launched = cycles.launch(org);
        long id = launched.cycleId();
        cycles.runJobs(id);
        Task confirm = cycles.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        cycles.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        cycles.runJobs(id);
        return new Scenario(org, id);
    }

    /** The top unit's head set its goals: Team and Squad set theirs, and Dept's people draft personal goals. */
    public Scenario topUnitReady() {
        Scenario s = atCascade();
        GoalDetails company = cycles.companyGoal();
        cycles.unitGoal(s.org().username("ana"), s.org().dept(), company.id());
        Task dept = cycles.unitTask(s.cycleId(), s.org().dept());
        cycles.run(s.org().username("ana"), () -> decisions.unitGoalsSet(dept.getId()));
        cycles.runJobs(s.cycleId());
        return s;
    }

    public CycleFixtures cycles() {
        return cycles;
    }
}
