package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.people.PeopleService;
import org.ladder.support.CharterFixtures;
import org.ladder.support.SignedIn;
import org.springframework.stereotype.Component;

/**
 * Goals for the UI tests, made through the service as the people who plan them: a company goal (the CEO), a goal of
 * "Core Services" (its head, {@code manager}), personal goals. Titles carry a run id, since the database is shared.
 * Every method signs out again.
 */
@Component
public class GoalUiFixtures {

    private final GoalPlanning goals;
    private final GoalApprovals approvals;
    private final GoalQueries queries;
    private final SignedIn signedIn;
    private final CharterFixtures charter;
    private final PeopleService people;

    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final org.camunda.bpm.engine.ManagementService management;
    private final org.camunda.bpm.engine.TaskService tasks;

    GoalUiFixtures(GoalPlanning goals, GoalApprovals approvals, GoalQueries queries, SignedIn signedIn, CharterFixtures charter,
            PeopleService people, org.camunda.bpm.engine.RuntimeService runtime,
            org.camunda.bpm.engine.ManagementService management, org.camunda.bpm.engine.TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.goals = goals;
        this.approvals = approvals;
        this.queries = queries;
        this.signedIn = signedIn;
        this.charter = charter;
        this.people = people;
    }

    public static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    public static List<KeyResultDraft> oneKeyResult() {
        return List.of(new KeyResultDraft(null, "Tickets closed", KeyResultType.NUMERIC, BigDecimal.ZERO,
                BigDecimal.valueOf(100), BigDecimal.ZERO, "tickets", 100));
    }

    static LocalDate startOfYear() {
        return LocalDate.of(LocalDate.now().getYear(), 1, 1);
    }

    static LocalDate endOfYear() {
        return LocalDate.of(LocalDate.now().getYear(), 12, 31);
    }

    /** The first pillar of the current charter (publishing one when there is none). */
    public String pillar() {
        signedIn.as("ceo");
        try {
            List<String> pillars = queries.pillars();
            if (pillars.isEmpty()) {
                charter.publish("Goals need a mission " + System.nanoTime());
                signedIn.as("ceo");
                pillars = queries.pillars();
            }
            return pillars.get(0);
        } finally {
            signedIn.nobody();
        }
    }

    /** An active company goal serving the first pillar. */
    public GoalDetails companyGoal(String title) {
        String pillar = pillar();
        signedIn.as("ceo");
        try {
            GoalDetails d = goals.create(new GoalDraft(GoalLevel.COMPANY, title, "Company goal for a UI test", null,
                    null, null, List.of(), pillar, startOfYear(), endOfYear(), Visibility.PUBLIC, oneKeyResult(),
                    null));
            return goals.activate(d.id(), d.version());
        } finally {
            signedIn.nobody();
        }
    }

    public long coreServicesId() {
        signedIn.as("manager");
        try {
            return queries.unitsIPlanFor().stream().filter(u -> u.name().equals("Core Services")).findFirst()
                    .orElseThrow().id();
        } finally {
            signedIn.nobody();
        }
    }

    /** An active goal of Core Services, made by its head; {@code parentId} may be null (an orphan). */
    public GoalDetails teamGoal(String title, Long parentId, LocalDate from, LocalDate to) {
        long unit = coreServicesId();
        signedIn.as("manager");
        try {
            GoalDetails d = goals.create(new GoalDraft(GoalLevel.UNIT, title, null, unit, null, parentId, List.of(),
                    null, from, to, Visibility.PUBLIC, oneKeyResult(), null));
            return goals.activate(d.id(), d.version());
        } finally {
            signedIn.nobody();
        }
    }

    public GoalDetails teamGoal(String title, Long parentId) {
        return teamGoal(title, parentId, startOfYear(), endOfYear());
    }

    /** A personal draft of {@code username}. */
    public GoalDetails personalDraft(String username, String title, Long parentId, Visibility visibility) {
        signedIn.as(username);
        try {
            long me = people.findByUsername(username).orElseThrow().id();
            return goals.create(new GoalDraft(GoalLevel.PERSONAL, title, "Mine", null, me, parentId, List.of(), null,
                    startOfYear(), endOfYear(), visibility, oneKeyResult(), null));
        } finally {
            signedIn.nobody();
        }
    }

    /** A personal goal of {@code username}, submitted (and so waiting for the manager, or active without one). */
    public GoalDetails personalSubmitted(String username, String title, Long parentId) {
        GoalDetails d = personalDraft(username, title, parentId, Visibility.PUBLIC);
        signedIn.as(username);
        try {
            return goals.submit(d.id(), d.version());
        } finally {
            signedIn.nobody();
        }
    }

    public GoalDetails goal(String username, long id) {
        signedIn.as(username);
        try {
            return queries.goal(id);
        } finally {
            signedIn.nobody();
        }
    }

    /** Runs the waiting asynchronous continuations (not timers) of the instances with this business key. */
    public void runJobs(String businessKey) {
        signedIn.nobody();
        for (int round = 0; round < 5; round++) {
            boolean ran = false;
            for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
                for (var job : management.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
                    management.executeJob(job.getId());
                    ran = true;
                }
            }
            if (!ran) {
                return;
            }
        }
    }

    /** A personal goal of {@code employee} below {@code parentId}, submitted and approved by {@code manager}. */
    public GoalDetails personalActive(String title, Long parentId) {
        GoalDetails d = personalSubmitted("employee", title, parentId);
        String key = org.ladder.goals.workflow.GoalApprovalProcess.businessKey(d.id());
        runJobs(key);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(org.ladder.goals.workflow.GoalApprovalProcess.TASK_APPROVE).singleResult();
        signedIn.as("manager");
        try {
            approvals.approve(task.getId(), "Fine.");
        } finally {
            signedIn.nobody();
        }
        runJobs(key);
        return goal("employee", d.id());
    }

    public GoalApprovals approvals() {
        return approvals;
    }

    public GoalPlanning service() {
        return goals;
    }

    public SignedIn signedIn() {
        return signedIn;
    }
}
