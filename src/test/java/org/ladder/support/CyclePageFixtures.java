package org.ladder.support;

import org.camunda.bpm.engine.task.Task;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.LaunchRequest;
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
    private final ReviewFixtures reviews;
    private Long templateId;

    CyclePageFixtures(CycleFixtures cycles, GoalFixtures goals, CycleDecisions decisions, ReviewFixtures reviews) {
        this.cycles = cycles;
        this.goals = goals;
        this.decisions = decisions;
        this.reviews = reviews;
    }

    /** A real review template (made once), now that the reviews module answers for its templates. */
    private long template() {
        if (templateId == null) {
            templateId = reviews.template(false);
        }
        return templateId;
    }

    /** Launched and confirmed: the top unit (Dept, head Ana) sets its goals. */
    public Scenario atCascade() {
        goals.charterPublished();
        CycleFixtures.Org org = cycles.organisation();
        LaunchRequest r = cycles.request(org);
        LaunchedCycle launched = cycles.launch(new LaunchRequest(r.name(), r.periodStart(), r.periodEnd(), r.scope(),
                r.deadlines(), r.frequency(), template(), r.acceptGaps()));
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
