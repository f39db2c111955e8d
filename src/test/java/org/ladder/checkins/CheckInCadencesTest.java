package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.checkins.domain.CadenceStatus;
import org.ladder.checkins.domain.CheckInCadence;
import org.ladder.checkins.domain.CheckInCadenceRepository;
import org.ladder.checkins.domain.StopReason;
import org.ladder.checkins.workflow.CheckInCadenceProcess;
import org.ladder.people.PersonEdit;
import org.ladder.people.PersonEditing;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Starting, changing and stopping cadences over a unit subtree on the real engine (launch jobs run through the
 * job query), no duplicates on a second start, the leaver, and a check-in completing the period.
 */
@LadderIntegrationTest
class CheckInCadencesTest {

    @Autowired
    CheckInCadences cadences;
    @Autowired
    CadenceFixtures fixtures;
    @Autowired
    CheckInCadenceRepository rows;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonEditing editing;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CadenceCalendar calendar;
    @Autowired
    CadenceWorkflow workflow;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    org.ladder.support.CheckInFixtures checkIns;
    @Autowired
    org.ladder.tasks.InboxService inbox;
    @Autowired
    org.ladder.people.PeopleService people;
    @Autowired
    org.ladder.support.FailingTaskCompletion failing;
    @Autowired
    org.ladder.notifications.NotificationService notifications;
    @Autowired
    CheckIns submit;
    @Autowired
    org.ladder.goals.GoalQueries goals;
    @Autowired
    org.ladder.checkins.domain.PulseAnswerRepository pulse;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private LocalDate inMonths(int months) {
        return LocalDate.now(clock).plusMonths(months);
    }

    /** Each person has exactly one running instance: their period's task is open or its opening timer waits. */
    private void assertOneRunningCadenceEach(List<Long> people) {
        for (long id : people) {
            assertThat(fixtures.instances(id)).as("instances of person " + id).isEqualTo(1);
            assertThat(rows.findByPersonId(id).orElseThrow().processInstanceId()).isNotNull();
        }
    }

    @Test
    void hrStartsAWeeklyCadenceForAUnitAndEverythingBelowItInLaunchJobs() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadenceScope scope = CadenceScope.unit(org.team(), true);
        assertThat(cadences.impact(scope)).isEqualTo(new CadenceImpact(5, java.util.Map.of()));

        CadenceChange change = cadences.start(scope, Frequency.WEEKLY, inMonths(6));

        assertThat(change.started()).isEqualTo(5);
        assertThat(fixtures.instances(org.lou())).as("the engine follows in jobs, not in HR's click").isZero();
        assertThat(fixtures.runLaunchJobs()).isEqualTo(1);
        assertOneRunningCadenceEach(org.everyone());
        assertThat(cadences.impact(scope).running()).containsEntry(Frequency.WEEKLY, 5);
        CheckInCadence lou = rows.findByPersonId(org.lou()).orElseThrow();
        assertThat(lou.startedBy()).isNotBlank();
        assertThat(lou.offsetMinutes()).isEqualTo(calendar.offsetOf(org.lou()));
        assertThat(audit.history("unit-subtree", org.team(), 5)).anyMatch(e -> e.getAction().equals("cadence.started"));
    }

    @Test
    void withoutSubUnitsOnlyTheUnitsOwnMembersStart() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadenceChange change = cadences.start(CadenceScope.unit(org.team(), false), Frequency.MONTHLY, inMonths(3));
        fixtures.runLaunchJobs();

        assertThat(change.started()).isEqualTo(3);
        assertOneRunningCadenceEach(List.of(org.ines(), org.jon(), org.kim()));
        assertThat(fixtures.instances(org.lou())).isZero();
        assertThat(rows.findByPersonId(org.lou())).isEmpty();
    }

    @Test
    void aSecondStartAndARepeatedLaunchCreateNoDuplicates() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadenceScope scope = CadenceScope.unit(org.team(), true);
        cadences.start(scope, Frequency.WEEKLY, inMonths(6));
        CadenceChange again = cadences.start(scope, Frequency.MONTHLY, inMonths(6));

        assertThat(again.started()).isZero();
        assertThat(again.unchanged()).as("already on a cadence: they keep it").isEqualTo(5);
        fixtures.runLaunchJobs();
        // a launch job retried after a crash, or queued twice: nothing starts twice
        workflow.bringInLine("again", org.everyone());
        fixtures.runLaunchJobs();

        assertOneRunningCadenceEach(org.everyone());
        assertThat(rows.findByPersonId(org.max()).orElseThrow().frequency()).isEqualTo(Frequency.WEEKLY);
    }

    @Test
    void changingTheCadenceChangesTheRowsTheNextPeriodIsPlannedFromAndNoInstance() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadenceScope scope = CadenceScope.unit(org.squad(), false);
        cadences.start(scope, Frequency.WEEKLY, inMonths(6));
        fixtures.runLaunchJobs();
        String before = rows.findByPersonId(org.lou()).orElseThrow().processInstanceId();

        CadenceChange change = cadences.change(scope, Frequency.EVERY_TWO_WEEKS, inMonths(9));

        assertThat(change.changed()).isEqualTo(2);
        CheckInCadence lou = rows.findByPersonId(org.lou()).orElseThrow();
        assertThat(lou.frequency()).isEqualTo(Frequency.EVERY_TWO_WEEKS);
        assertThat(lou.changedBy()).isNotBlank();
        assertThat(lou.processInstanceId()).as("the same instance runs on").isEqualTo(before);
        assertThat(cadences.change(scope, Frequency.EVERY_TWO_WEEKS, inMonths(9)).changed()).as("nothing new").isZero();
    }

    @Test
    void stoppingAUnitSubtreeEndsEveryInstanceWithItsOpenTasks() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadenceScope scope = CadenceScope.unit(org.team(), true);
        cadences.start(scope, Frequency.WEEKLY, inMonths(6));
        fixtures.runLaunchJobs();

        CadenceChange stop = cadences.stop(scope);
        assertThat(stop.stopped()).isEqualTo(5);
        fixtures.runLaunchJobs();

        for (long id : org.everyone()) {
            assertThat(fixtures.instances(id)).isZero();
            assertThat(fixtures.openTasks(id)).isEmpty();
            CheckInCadence row = rows.findByPersonId(id).orElseThrow();
            assertThat(row.status()).isEqualTo(CadenceStatus.STOPPED);
            assertThat(row.stopReason()).isEqualTo(StopReason.STOPPED);
            assertThat(row.processInstanceId()).isNull();
        }
        // and it can start again
        assertThat(cadences.start(scope, Frequency.MONTHLY, inMonths(6)).started()).isEqualTo(5);
        fixtures.runLaunchJobs();
        assertOneRunningCadenceEach(org.everyone());
    }

    @Test
    void aPersonWhoLeavesHasTheirCadenceStoppedAndOpenTasksClosed() {
        CadenceFixtures.Org org = fixtures.organisation();
        cadences.start(CadenceScope.person(org.lou()), Frequency.WEEKLY, inMonths(6));
        fixtures.runLaunchJobs();
        assertThat(fixtures.instances(org.lou())).isEqualTo(1);

        PersonEdit lou = editing.load(org.lou());
        editing.update(new PersonEdit(lou.personId(), lou.version(), lou.externalId(), lou.firstName(),
                lou.lastName(), lou.email(), lou.jobTitle(), lou.unitId(), lou.managerId(), lou.roles(), false));

        assertThat(fixtures.instances(org.lou())).isZero();
        assertThat(fixtures.openTasks(org.lou())).isEmpty();
        CheckInCadence row = rows.findByPersonId(org.lou()).orElseThrow();
        assertThat(row.status()).isEqualTo(CadenceStatus.STOPPED);
        assertThat(row.stopReason()).isEqualTo(StopReason.LEFT);
        assertThatThrownBy(() -> cadences.start(CadenceScope.person(org.lou()), Frequency.WEEKLY, inMonths(6)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("left");
    }

    /** Kim's instance with a period that has begun, whatever the weekday. */
    private String runningPeriod(long personId, String username) {
        return runtime.startProcessInstanceByKey(CheckInCadenceProcess.KEY,
                CheckInCadenceProcess.businessKey(personId), CheckInCadenceProcess.start(personId, username,
                        calendar.containing(Frequency.WEEKLY, LocalDate.now(clock), 0),
                        Instant.now(clock).plusSeconds(7 * 86400)).asMap()).getId();
    }

    @Test
    void aSubmittedCheckInCompletesTheOpenPeriodInItsOwnTransactionAndTheManagersOneOnOneFollows() {
        org.ladder.support.CheckInFixtures.Team team = checkIns.freshTeam();
        checkIns.activeGoal(team, "Cadence goal " + team.person(), null);
        String pi = runningPeriod(team.personId(), team.person());
        assertThat(workflow.openCheckIn(team.personId())).isPresent();

        signedIn.as(team.person());
        // before the submitting transaction commits, the task is already complete and the 1:1 waits: they commit
        // together (an after-commit listener in a second transaction completed it only later, or never)
        long checkInId = tx.execute(s -> {
            long id = checkIns.checkInUnchanged(team.person());
            assertThat(workflow.openCheckIn(team.personId())).as("the period is done, in the same transaction")
                    .isEmpty();
            assertThat(fixtures.openTasks(team.personId())).singleElement()
                    .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo(CadenceTasks.ONE_ON_ONE_TASK));
            return id;
        });

        assertThat(workflow.openCheckIn(team.personId())).isEmpty();
        List<Task> open = fixtures.openTasks(team.personId()).stream()
                .filter(t -> t.getProcessInstanceId().equals(pi)).toList();
        assertThat(open).singleElement().satisfies(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo(CadenceTasks.ONE_ON_ONE_TASK);
            assertThat(t.getAssignee()).isEqualTo(team.manager());
            assertThat(t.getDueDate().toInstant()).isAfter(Instant.now(clock).plusSeconds(2 * 86400));
        });
        assertThat(runtime.getVariable(pi, CheckInCadenceProcess.CHECK_IN_ID.name())).isEqualTo(checkInId);
        // the manager's inbox and notifications say whom the 1:1 is with (the engine knows only the person's id)
        signedIn.as("hr");
        String name = people.summaries(List.of(team.personId())).get(0).displayName();
        assertThat(inbox.subjectsFor(open.get(0).getId(), List.of(team.managerId())))
                .containsEntry(team.managerId(), name);
        runtime.deleteProcessInstance(pi, "test");
    }

    @Test
    void checkInTasksCreatedTogetherAreNotifiedTogetherEachNamedAndOneClosedInTheSameTransactionIsDone() {
        CadenceFixtures.Org org = fixtures.organisation();
        signedIn.nobody(); // as on the job executor
        String[] instances = tx.execute(s -> {
            String lou = runningPeriod(org.lou(), org.username("lou"));
            String max = runningPeriod(org.max(), org.username("max"));
            String kim = runningPeriod(org.kim(), org.username("kim"));
            // Max checks in before the transaction commits: his task's notification is written, and done
            assertThat(workflow.checkedIn(org.max(), 0, null, Instant.now(clock))).isTrue();
            return new String[] {lou, max, kim};
        });

        for (String first : List.of("lou", "max", "kim")) {
            long id = first.equals("lou") ? org.lou() : first.equals("max") ? org.max() : org.kim();
            signedIn.as(org.username(first));
            String name = people.summaries(List.of(id)).get(0).displayName();
            List<org.ladder.notifications.NotificationItem> mine = notifications.mine(0, 10).stream()
                    .filter(n -> n.title().startsWith("New task")).toList();
            assertThat(mine).as(first).singleElement().satisfies(n -> {
                assertThat(n.title()).contains("check in");
                assertThat(n.body()).startsWith("It is assigned to you.");
                assertThat(n.link()).startsWith("task/");
                if (first.equals("max")) {
                    // gone before the notification was written: not named (as before), but done
                    assertThat(n.doneAt()).as("closed in the same transaction").isNotNull();
                } else {
                    assertThat(n.title()).endsWith(name);
                    assertThat(n.doneAt()).isNull();
                    assertThat(n.link()).isEqualTo("task/" + workflow.openCheckIn(id).orElseThrow().taskId());
                }
            });
        }
        for (String pi : instances) {
            runtime.deleteProcessInstance(pi, "test");
        }
    }

    @Test
    void whenTheEngineCannotCompleteTheCheckInTaskNothingOfTheCheckInIsSaved() {
        org.ladder.support.CheckInFixtures.Team team = checkIns.freshTeam();
        org.ladder.goals.GoalDetails goal = checkIns.activeGoal(team, "Cadence goal " + team.person(), null,
                org.ladder.support.GoalFixtures.numeric("Done", 0, 10, 2, 100));
        String pi = runningPeriod(team.personId(), team.person());
        String taskId = workflow.openCheckIn(team.personId()).orElseThrow().taskId();
        failing.failNextCompletion();
        signedIn.as(team.person());
        long before = checkInCount(team.personId());
        CheckInDraft draft = checkIns.draft(g -> org.ladder.support.CheckInFixtures.entry(g,
                org.ladder.goals.Confidence.AT_RISK, java.util.Map.of("Done", "7")), 4, "Pulse line");

        assertThatThrownBy(() -> submit.submit(draft)).hasStackTraceContaining("could not complete task");

        assertThat(failing.armed()).as("the completion was attempted").isFalse();
        assertThat(checkInCount(team.personId())).as("no check-in saved").isEqualTo(before);
        assertThat(workflow.openCheckIn(team.personId())).as("the task is still open")
                .hasValueSatisfying(t -> assertThat(t.taskId()).isEqualTo(taskId));
        assertThat(fixtures.openTasks(team.personId())).as("no 1:1 task").singleElement()
                .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo(CadenceTasks.CHECK_IN_TASK));
        signedIn.as(team.manager());
        assertThat(goals.goal(goal.id()).keyResults().get(0).current()).as("no progress recorded")
                .isEqualByComparingTo("2");
        assertThat(goals.goal(goal.id()).version()).isEqualTo(goal.version());
        signedIn.as(team.person());
        assertThat(pulse.findByPersonIdAndPeriodStart(team.personId(), LocalDate.now(clock).withDayOfMonth(1)))
                .as("no pulse answer").isEmpty();

        // and the same draft goes through once the engine completes the task
        long id = submit.submit(draft);
        assertThat(checkInCount(team.personId())).isEqualTo(before + 1);
        assertThat(runtime.getVariable(pi, CheckInCadenceProcess.CHECK_IN_ID.name())).isEqualTo(id);
        assertThat(workflow.openCheckIn(team.personId())).isEmpty();
        runtime.deleteProcessInstance(pi, "test");
    }

    private long checkInCount(long personId) {
        return jdbc.queryForObject("select count(*) from check_in where person_id = ?", Long.class, personId);
    }

    @Test
    void aCheckInSubmittedThroughTheFormCompletesThePeriodForTheManagersOneOnOne() {
        org.ladder.support.CheckInFixtures.Team team = checkIns.freshTeam();
        checkIns.activeGoal(team, "Cadence goal " + team.person(), null);
        String pi = runningPeriod(team.personId(), team.person());

        checkIns.checkInUnchanged(team.person());

        assertThat(workflow.openCheckIn(team.personId())).isEmpty();
        assertThat(fixtures.openTasks(team.personId())).singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo(team.manager()));
        runtime.deleteProcessInstance(pi, "test");
    }

    @Test
    void onlyHrAndTheHeadsAboveAUnitManageItsCadenceAndBadInputSavesNothing() {
        CadenceFixtures.Org org = fixtures.organisation();
        assertThatThrownBy(() -> cadences.start(CadenceScope.unit(org.team(), true), Frequency.WEEKLY, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("endsOn"));
        assertThatThrownBy(() -> cadences.start(CadenceScope.unit(org.team(), true), Frequency.WEEKLY,
                LocalDate.now(clock).minusDays(1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cadences.start(CadenceScope.unit(org.team(), true), null, inMonths(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("frequency"));
        assertThat(rows.findByPersonId(org.ines())).as("nothing half-saved").isEmpty();

        signedIn.as(org.username("kim"));
        assertThat(cadences.mayManageCadences()).isFalse();
        assertThatThrownBy(() -> cadences.start(CadenceScope.unit(org.team(), true), Frequency.WEEKLY, inMonths(1)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as(org.username("jon")); // heads Squad, which lies below Team
        assertThat(cadences.mayManageCadences()).isTrue();
        assertThat(cadences.manageableUnits()).extracting(u -> u.id()).containsExactly(org.squad());
        assertThatThrownBy(() -> cadences.impact(CadenceScope.unit(org.team(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cadences.start(CadenceScope.unit(org.squad(), false), Frequency.WEEKLY, inMonths(1)).started())
                .isEqualTo(2);
        assertThatThrownBy(() -> cadences.stop(CadenceScope.person(org.kim()))).isInstanceOf(AccessDeniedException.class);

        signedIn.as(org.username("lou"));
        assertThat(cadences.myCadence()).hasValueSatisfying(c -> assertThat(c.frequency()).isEqualTo(Frequency.WEEKLY));
        assertThatThrownBy(() -> cadences.cadenceOf(org.max())).isInstanceOf(AccessDeniedException.class);
        signedIn.as("hr");
        fixtures.runLaunchJobs();
        cadences.stop(CadenceScope.unit(org.squad(), false));
        fixtures.runLaunchJobs();
    }
}
