package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ladder.support.GoalFixtures.EMPLOYEE;
import static org.ladder.support.GoalFixtures.MANAGER;
import static org.ladder.support.GoalFixtures.unique;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.base.ValidationException;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.OrphanReviews;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.OrphanResolution;
import org.ladder.goals.Visibility;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Edge cases found in review: links to private goals, aligning back to an abandoned goal, closing during approval. */
@LadderIntegrationTest
class GoalEdgeCasesTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalPlanning goals;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    OrphanReviews orphans;
    @Autowired
    GoalQueries queries;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** A colleague of employee (same manager): not in employee's manager chain, not HR. */
    private String colleague() {
        return jdbc.queryForObject("select p.username from person p join person e on e.manager_id = p.manager_id "
                + "left join person_role r on r.person_id = p.id and r.role = 'HR' "
                + "where e.username = 'employee' and p.username <> 'employee' and p.active = true "
                + "and r.person_id is null order by p.username limit 1", String.class);
    }

    @Test
    void aLinkToAPrivateGoalIsHiddenFromThoseWhoCannotSeeItAndSurvivesTheirEdits() {
        long emma = fixtures.personId(EMPLOYEE);
        signedIn.as(EMPLOYEE);
        GoalDraft p = GoalFixtures.quarterDraft(emma, unique("Secret: apply for the job at Acme"), null);
        GoalDetails secret = goals.create(p.withVisibility(Visibility.PRIVATE));
        GoalDraft g = GoalFixtures.quarterDraft(emma, unique("Learn Kotlin"), null);
        GoalDetails open = goals.create(g.withContributesTo(List.of(secret.id())));

        signedIn.as(colleague());
        assertThatThrownBy(() -> queries.goal(secret.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.goal(open.id()).contributesTo()).noneMatch(r -> r.id() == secret.id());

        signedIn.as("hr");
        GoalDetails seenByHr = queries.goal(open.id());
        assertThat(seenByHr.contributesTo()).extracting(r -> r.id()).containsExactly(secret.id());
        signedIn.as(EMPLOYEE);
        assertThat(queries.goal(open.id()).contributesTo()).extracting(r -> r.id()).containsExactly(secret.id());
    }

    @Test
    void anOrphanIsNotAlignedBackToTheAbandonedGoalThatOrphanedIt() {
        GoalDetails team = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Team goal to abandon"), null);
        GoalDetails mine = fixtures.activePersonal(unique("Below the abandoned goal"), team.id());
        signedIn.as(MANAGER);
        GoalDetails t = queries.goal(team.id());
        goals.abandon(t.id(), t.version(), "No longer a priority.");
        signedIn.nobody();
        fixtures.orphanSinceDaysAgo(mine.id(), 30);
        fixtures.runOrphanSweep();
        fixtures.runAsyncJobs(fixtures.latestInstance(OrphanGoalProcess.KEY, OrphanGoalProcess.businessKey(mine.id())));
        Task task = fixtures.openTask(OrphanGoalProcess.businessKey(mine.id()), OrphanGoalProcess.TASK_RESOLVE);

        signedIn.as(MANAGER);
        assertThatThrownBy(() -> orphans.resolveOrphan(task.getId(), OrphanResolution.ALIGN, team.id(), "Aligned."))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("parent")).contains("choose an active goal"));
        GoalDetails after = fixtures.goalAs(EMPLOYEE, mine.id());
        assertThat(after.isOrphan()).isTrue();
        assertThat(fixtures.openTask(OrphanGoalProcess.businessKey(mine.id()), OrphanGoalProcess.TASK_RESOLVE))
                .as("the decision is still open").isNotNull();
    }

    @Test
    void anOrphanSettledMeanwhileClosesItsReviewWithoutChangingAnything() {
        GoalDetails other = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Another team goal"), null);
        GoalDetails mine = fixtures.activePersonal(unique("Orphan aligned by its owner"), null);
        fixtures.orphanSinceDaysAgo(mine.id(), 30);
        fixtures.runOrphanSweep();
        fixtures.runAsyncJobs(fixtures.latestInstance(OrphanGoalProcess.KEY, OrphanGoalProcess.businessKey(mine.id())));
        Task task = fixtures.openTask(OrphanGoalProcess.businessKey(mine.id()), OrphanGoalProcess.TASK_RESOLVE);
        fixtures.update(EMPLOYEE, mine.id(), g -> GoalFixtures.withParent(g, other.id(), "Found its place."));

        signedIn.as(MANAGER);
        assertThat(orphans.resolveOrphan(task.getId(), OrphanResolution.RETIRE, null, "Not needed")).isFalse();
        GoalDetails after = fixtures.goalAs(EMPLOYEE, mine.id());
        assertThat(after.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(after.parent().id()).isEqualTo(other.id());
        assertThat(fixtures.openTask(OrphanGoalProcess.businessKey(mine.id()), OrphanGoalProcess.TASK_RESOLVE)).isNull();
    }

    @Test
    void abandoningAGoalWhoseChangeWasReturnedEndsItsApproval() {
        GoalDetails team = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Team goal"), null);
        GoalDetails mine = fixtures.activePersonal(unique("Goal with a returned change"), team.id());
        fixtures.update(EMPLOYEE, mine.id(), g -> GoalFixtures.withTarget(g, 9, "More."));
        signedIn.as(MANAGER);
        approvals.returnForChanges(fixtures.approvalTask(mine.id()).getId(), "Too ambitious.");
        signedIn.as(EMPLOYEE);
        GoalDetails g = queries.goal(mine.id());
        goals.abandon(g.id(), g.version(), "Dropped.");

        GoalDetails after = fixtures.goalAs(EMPLOYEE, mine.id());
        assertThat(after.status()).isEqualTo(GoalStatus.ABANDONED);
        assertThat(after.approval()).isEqualTo(ApprovalState.NONE);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(GoalApprovalProcess.KEY)
                .processInstanceBusinessKey(GoalApprovalProcess.businessKey(mine.id())).count()).isZero();
        assertThat(fixtures.reviseTask(mine.id())).isNull();
        assertThat(queries.revisions(mine.id()).get(0).changes()).contains("Its open approval ended");
    }
}
