package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.Onboarding;
import org.ladder.cycles.domain.OnboardingRepository;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.OnboardingProcess;
import org.ladder.goals.GoalDetails;
import org.ladder.people.OrgImportService;
import org.ladder.people.PersonEdit;
import org.ladder.people.PersonEditing;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ProcessJobs;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Onboarding on the real application (ADR 0029), in a cycle launched for a fresh organisation's subtree (so no other
 * test is touched; cancelled afterwards): a person imported by CSV during the cycle acknowledges the charter and has
 * a first goal aligned to the team's goal approved by the manager, and HR sees it; imported before the cycle, or into
 * a unit outside its scope, nobody is onboarded; a late joiner is reminded, then escalated to the manager (HR without
 * one), timers fired by hand; a leaver mid-onboarding has everything closed, and a head who leaves has the unit's
 * task passed to the skip-level manager; a move by hand onboards, a second move closes the first, and a cancelled
 * cycle closes the rest.
 */
@LadderIntegrationTest
class OnboardingTest {

    @Autowired
    CycleFixtures cycles;
    @Autowired
    ReviewFixtures reviews;
    @Autowired
    org.ladder.support.GoalFixtures goals;
    @Autowired
    OrgImportService imports;
    @Autowired
    PersonEditing editing;
    @Autowired
    PersonRepository persons;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    OnboardingRepository onboardings;
    @Autowired
    CyclePersonRepository cyclePersons;
    @Autowired
    CycleOnboarding progress;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleQueries queries;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    AcknowledgementCampaigns campaigns;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private Long cycleId;

    @AfterEach
    void cancelTheCycle() {
        if (cycleId != null) {
            signedIn.as("hr");
            CycleDetails d = queries.cycle(cycleId);
            if (d.actions().cancel()) {
                controls.cancel(cycleId, d.version(), "Test over");
                cycles.runControl(cycleId);
            }
        }
        signedIn.nobody();
    }

    // --- the organisation and the cycle ---------------------------------------------------------------------------

    /** HR launches a cycle for the organisation's department and everything below it (a charter is published). */
    private long launch(CycleFixtures.Org org) {
        goals.charterPublished();
        signedIn.nobody();
        LaunchRequest r = cycles.request(org);
        long template = reviews.template(false);
        cycleId = cycles.launch(new LaunchRequest(r.name(), r.periodStart(), r.periodEnd(), r.scope(), r.deadlines(),
                r.frequency(), template, true)).cycleId();
        return cycleId;
    }

    private void importCsv(String rows) {
        signedIn.as("hr");
        try {
            imports.apply((CsvFiles.HEADER + rows).getBytes(StandardCharsets.UTF_8));
        } finally {
            signedIn.nobody();
        }
    }

    /** Imports a new person into the organisation's team (Ben as manager, or none); returns their id. */
    private long join(CycleFixtures.Org org, String p, String first, boolean withManager) {
        String r = org.run();
        importCsv("person," + r + "-" + p + ",,,," + first + ",Test," + r.toLowerCase() + "." + first.toLowerCase()
                + "@cycle.example,Analyst," + r + "-U2," + (withManager ? r + "-P2" : "") + ",,yes\n");
        return persons.findByExternalId(r + "-" + p).orElseThrow().getId();
    }

    private String username(long personId) {
        return persons.findById(personId).orElseThrow().getUsername();
    }

    private Optional<Onboarding> open(long personId) {
        return onboardings.findOpen(personId);
    }

    private Onboarding row(long onboardingId) {
        return onboardings.findById(onboardingId).orElseThrow();
    }

    /** Runs the start chunks' and the onboardings' asynchronous steps, as the job executor would. */
    private void runOnboardingJobs() {
        signedIn.nobody();
        for (int round = 0; round < 5; round++) {
            List<Job> ready = management.createJobQuery().messages().executable().active().list().stream()
                    .filter(j -> OnboardingProcess.KEY.equals(j.getProcessDefinitionKey())
                            || OnboardingProcess.START_KEY.equals(j.getProcessDefinitionKey()))
                    .toList();
            if (ready.isEmpty()) {
                return;
            }
            ready.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private String instance(long onboardingId) {
        return row(onboardingId).getProcessInstanceId();
    }

    private Task firstGoalsTask(long onboardingId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(OnboardingProcess.businessKey(onboardingId))
                .taskDefinitionKey(OnboardingProcess.TASK_SET_FIRST_GOALS).singleResult();
    }

    private void acknowledge(long personId, long onboardingId) {
        cycles.run(username(personId), () -> acknowledgements.acknowledge(
                row(onboardingId).getAcknowledgementCampaignId(), null));
        runOnboardingJobs();
    }

    private boolean running(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    private List<String> candidateUsers(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
                .filter(Objects::nonNull).toList();
    }

    private void move(long personId, long unitId) {
        signedIn.as("hr");
        try {
            PersonEdit e = editing.load(personId);
            editing.update(new PersonEdit(e.personId(), e.version(), e.externalId(), e.firstName(), e.lastName(),
                    e.email(), e.jobTitle(), unitId, e.managerId(), e.roles(), e.active()));
        } finally {
            signedIn.nobody();
        }
    }

    // --- tests ----------------------------------------------------------------------------------------------------

    @Test
    void aPersonImportedDuringARunningCycleIsOnboardedAndOutsideACycleNothingStarts() {
        CycleFixtures.Org org = cycles.organisation();
        assertThat(org.everyone()).as("imported before any cycle: nobody is onboarded")
                .allSatisfy(p -> assertThat(open(p)).isEmpty());
        launch(org);

        long nia = join(org, "P7", "Nia", true);
        String outsider = CsvFiles.runId();
        importCsv("person," + outsider + "-P1,,,,Out,Side," + outsider.toLowerCase()
                + ".out@cycle.example,Analyst,U-CO,,,yes\n");
        assertThat(open(persons.findByExternalId(outsider + "-P1").orElseThrow().getId()))
                .as("joined a unit outside the cycle's scope: nothing").isEmpty();

        Onboarding o = open(nia).orElseThrow();
        long id = o.getId();
        assertThat(o.getCycleId()).isEqualTo(cycleId);
        assertThat(o.getUnitId()).isEqualTo(org.team());
        assertThat(o.getPreviousUnitId()).isNull();
        assertThat(o.getStage()).isEqualTo(OnboardingStage.ACKNOWLEDGING);
        assertThat(o.getGoalsDueAt()).isEqualTo(o.getJoinedAt().plus(Duration.ofDays(14)));
        assertThat(o.getProcessInstanceId()).as("started by the start chunk's job, after the import").isNull();
        runOnboardingJobs();
        assertThat(instance(id)).isNotNull();
        CampaignSummary campaign = campaigns.campaign(row(id).getAcknowledgementCampaignId());
        assertThat(campaign.total()).isEqualTo(1);
        assertThat(campaign.pending()).isEqualTo(1);
        assertThat(firstGoalsTask(id)).as("the charter comes first").isNull();

        acknowledge(nia, id);
        assertThat(row(id).getStage()).isEqualTo(OnboardingStage.SETTING_GOALS);
        Task task = firstGoalsTask(id);
        assertThat(task.getAssignee()).isEqualTo(username(nia));
        // to the second: depending on the path that wrote it, the engine's due date may or may not keep milliseconds
        assertThat(task.getDueDate().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .isEqualTo(row(id).getGoalsDueAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        GoalDetails teamGoal = cycles.unitGoal(org.username("ben"), org.team(), cycles.companyGoal().id());
        cycles.personalGoalApproved(username(nia), nia, org.username("ben"), teamGoal.id());
        assertThat(firstGoalsTask(id)).as("the manager's approval completed it").isNull();
        runOnboardingJobs();

        assertThat(row(id).getStage()).isEqualTo(OnboardingStage.DONE);
        assertThat(open(nia)).isEmpty();
        assertThat(running(instance(id))).isFalse();

        signedIn.as("hr");
        OnboardingFigures f = progress.figures(cycleId);
        assertThat(f.total()).isEqualTo(1);
        assertThat(f.done()).isEqualTo(1);
        assertThat(f.percentDone()).isEqualTo(100);
        assertThat(progress.rows(cycleId, null, 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.personId()).isEqualTo(nia);
            assertThat(r.stage()).isEqualTo(OnboardingStage.DONE);
            assertThat(r.managerName()).isEqualTo("Ben Test");
        });
        signedIn.as(org.username("ana"));
        assertThat(progress.count(cycleId, null)).as("the department's head sees the joiners below").isEqualTo(1);
        signedIn.as(org.username("eve"));
        assertThat(progress.count(cycleId, null)).as("the squad's head sees none of the team's").isZero();
        signedIn.as(username(nia));
        assertThatThrownBy(() -> progress.figures(cycleId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLateJoinerIsRemindedThenEscalatedToTheManagerOrToHrWithoutOne() {
        CycleFixtures.Org org = cycles.organisation();
        launch(org);
        long nia = join(org, "P7", "Nia", true);
        long oli = join(org, "P8", "Oli", false);
        runOnboardingJobs();
        long niaId = open(nia).orElseThrow().getId();
        long oliId = open(oli).orElseThrow().getId();

        jobs.fireTimer(instance(niaId), OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT);
        assertThat(row(niaId).getRemindedAt()).as("reminded to acknowledge").isNotNull();
        assertThat(jobs.hasTimer(instance(niaId), OnboardingProcess.TIMER_REMIND_ACKNOWLEDGEMENT)).isFalse();

        acknowledge(nia, niaId);
        acknowledge(oli, oliId);
        jobs.fireTimer(instance(niaId), OnboardingProcess.TIMER_REMIND_FIRST_GOALS);
        assertThat(row(niaId).getEscalatedTo()).isNull();
        jobs.fireTimer(instance(niaId), OnboardingProcess.TIMER_ESCALATE_FIRST_GOALS);
        jobs.fireTimer(instance(oliId), OnboardingProcess.TIMER_ESCALATE_FIRST_GOALS);

        assertThat(row(niaId).getEscalatedTo()).isEqualTo(Onboarding.EscalatedTo.MANAGER);
        assertThat(candidateUsers(firstGoalsTask(niaId))).contains(org.username("ben"));
        assertThat(row(oliId).getEscalatedTo()).as("no manager: HR").isEqualTo(Onboarding.EscalatedTo.HR);
        assertThat(tasks.getIdentityLinksForTask(firstGoalsTask(oliId).getId())).extracting(IdentityLink::getGroupId)
                .contains("HR");
        assertThat(firstGoalsTask(niaId)).as("still open: an escalation is no answer").isNotNull();
        assertThat(management.createJobQuery().processInstanceId(instance(niaId)).timers().count())
                .as("every timer fired once: no endless reminders").isZero();

        signedIn.as("hr");
        OnboardingFigures f = progress.figures(cycleId);
        assertThat(f.settingGoals()).isEqualTo(2);
        assertThat(f.escalated()).isEqualTo(2);
        assertThat(f.overdue()).as("the deadline is two weeks away").isZero();
    }

    @Test
    void aLeaverMidOnboardingHasEverythingClosedAndAHeadsUnitTaskGoesToTheSkipLevelManager() {
        CycleFixtures.Org org = cycles.organisation();
        launch(org);
        long nia = join(org, "P7", "Nia", true);
        runOnboardingJobs();
        long id = open(nia).orElseThrow().getId();
        acknowledge(nia, id);
        String pi = instance(id);
        assertThat(firstGoalsTask(id)).isNotNull();

        cycles.run("hr", () -> editing.setActive(nia, false));

        assertThat(row(id).getStage()).isEqualTo(OnboardingStage.CLOSED);
        assertThat(row(id).getCloseReason()).isEqualTo(OnboardingCloseReason.LEFT);
        assertThat(running(pi)).isFalse();
        assertThat(tasks.createTaskQuery().processInstanceId(pi).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(pi).count()).as("no timer left").isZero();
        assertThat(campaigns.campaign(row(id).getAcknowledgementCampaignId()).isOpen()).isFalse();

        // the cascade reaches the department: its head's task; the head leaves, the skip-level manager gets it
        Task confirm = cycles.cycleTask(cycleId, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        cycles.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        cycles.runJobs(cycleId);
        Task unitTask = cycles.unitTask(cycleId, org.dept());
        assertThat(unitTask.getAssignee()).isEqualTo(org.username("ana"));

        cycles.run("hr", () -> editing.setActive(org.ana(), false));
        assertThat(tasks.createTaskQuery().taskId(unitTask.getId()).singleResult().getAssignee())
                .as("Ana's manager, Zoe, is the skip-level manager of her department").isEqualTo(org.username("zoe"));
        assertThat(cyclePersons.findByCycleIdAndPersonId(cycleId, org.ana()).orElseThrow().status())
                .isEqualTo(CyclePersonStatus.Step.LEFT);
    }

    @Test
    void aMoveByHandOnboardsASecondMoveClosesTheFirstAndACancelledCycleClosesTheRest() {
        CycleFixtures.Org org = cycles.organisation();
        launch(org);
        long outside = units.findByExternalId("U-CO").orElseThrow().getId();
        long finn = org.finn();
        move(finn, outside);
        assertThat(open(finn)).as("the company unit is outside the cycle's scope").isEmpty();
        move(finn, org.team());
        Onboarding first = open(finn).orElseThrow();
        assertThat(first.getPreviousUnitId()).isEqualTo(outside);
        runOnboardingJobs();
        String firstInstance = instance(first.getId());
        assertThat(firstInstance).isNotNull();

        move(finn, org.squad());
        assertThat(row(first.getId()).getCloseReason()).isEqualTo(OnboardingCloseReason.MOVED);
        assertThat(running(firstInstance)).isFalse();
        Onboarding second = open(finn).orElseThrow();
        assertThat(second.getUnitId()).isEqualTo(org.squad());
        runOnboardingJobs();
        assertThat(running(instance(second.getId()))).isTrue();

        signedIn.as("hr");
        controls.cancel(cycleId, queries.cycle(cycleId).version(), "Cancelled in a test");
        cycles.runControl(cycleId);
        signedIn.nobody();
        cycleId = null;
        assertThat(row(second.getId()).getCloseReason()).isEqualTo(OnboardingCloseReason.CYCLE_ENDED);
        assertThat(running(instance(second.getId()))).isFalse();
        assertThat(open(finn)).isEmpty();
    }

    @Autowired
    CycleControlChunks chunks;

    @AfterEach
    void defaultChunks() {
        chunks.setSize(500);
    }

    private boolean suspended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().isSuspended();
    }

    private void asHr(java.util.function.Consumer<CycleDetails> command) {
        signedIn.as("hr");
        try {
            command.accept(queries.cycle(cycleId));
        } finally {
            signedIn.nobody();
        }
        cycles.runControl(cycleId);
    }

    @Test
    void aPauseHoldsTheOnboardingsTheResumeTakesWhatHappenedMeanwhileAndACancelLeavesNothing() {
        CycleFixtures.Org org = cycles.organisation();
        long id = launch(org);
        long nia = join(org, "P7", "Nia", true);
        long oli = join(org, "P8", "Oli", true);
        runOnboardingJobs();
        long niaId = open(nia).orElseThrow().getId();
        long oliId = open(oli).orElseThrow().getId();
        acknowledge(nia, niaId);
        Task niaTask = firstGoalsTask(niaId);
        assertThat(niaTask).isNotNull();
        GoalDetails teamGoal = cycles.unitGoal(org.username("ben"), org.team(), cycles.companyGoal().id());
        int cycleInstances = cycles.instanceIds(id).size();
        chunks.setSize(1);

        asHr(d -> controls.pause(id, d.version()));

        assertThat(suspended(instance(niaId))).as("the onboardings wait with their cycle").isTrue();
        assertThat(suspended(instance(oliId))).isTrue();
        signedIn.as("hr");
        assertThat(controls.progress(id).orElseThrow().message()).as("counted with the cycle's other instances")
                .isEqualTo("Paused: all " + (cycleInstances + 2) + " instances suspended.");
        signedIn.nobody();
        assertThatThrownBy(() -> tasks.complete(niaTask.getId())).as("no onboarding task can be completed")
                .isInstanceOf(org.camunda.bpm.engine.SuspendedEntityInteractionException.class);
        for (long o : List.of(niaId, oliId)) {
            assertThat(management.createJobQuery().processInstanceId(instance(o)).timers().active().count())
                    .as("no timer of theirs fires").isZero();
            assertThat(management.createJobQuery().processInstanceId(instance(o)).timers().suspended().count())
                    .isPositive();
        }
        // meanwhile Oli acknowledges the charter, Nia's aligned goal is approved, and Pia joins
        acknowledge(oli, oliId);
        cycles.personalGoalApproved(username(nia), nia, org.username("ben"), teamGoal.id());
        long pia = join(org, "P9", "Pia", true);
        runOnboardingJobs();
        long piaId = open(pia).orElseThrow().getId();
        assertThat(row(oliId).getStage()).as("nothing moves while paused").isEqualTo(OnboardingStage.ACKNOWLEDGING);
        assertThat(firstGoalsTask(niaId)).isNotNull();
        assertThat(instance(piaId)).as("a joiner during the pause is started").isNotNull();
        assertThat(suspended(instance(piaId))).as("and waits with the rest").isTrue();

        asHr(d -> controls.resume(id, d.version()));
        runOnboardingJobs();

        assertThat(suspended(instance(piaId))).isFalse();
        assertThat(row(piaId).getAcknowledgementCampaignId()).as("Pia's onboarding goes on").isNotNull();
        assertThat(row(niaId).getStage()).as("the approval made while paused completed Nia's task")
                .isEqualTo(OnboardingStage.DONE);
        assertThat(row(oliId).getStage()).as("Oli's acknowledgement was taken")
                .isEqualTo(OnboardingStage.SETTING_GOALS);
        signedIn.as("hr");
        assertThat(controls.progress(id).orElseThrow().message()).endsWith(" instances going on. 2 approvals and"
                + " acknowledgements made while paused taken.");
        signedIn.nobody();
        jobs.fireTimer(instance(oliId), OnboardingProcess.TIMER_REMIND_FIRST_GOALS);
        assertThat(row(oliId).getRemindedAt()).as("their timers fire again").isNotNull();

        // paused again, then cancelled: nothing of the onboardings is left, suspended or not
        asHr(d -> controls.pause(id, d.version()));
        asHr(d -> controls.cancel(id, d.version(), "Reorganisation"));
        cycleId = null;
        for (long o : List.of(oliId, piaId)) {
            assertThat(row(o).getCloseReason()).isEqualTo(OnboardingCloseReason.CYCLE_ENDED);
            assertThat(running(instance(o))).isFalse();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(OnboardingProcess.businessKey(o)).count())
                    .as("no task").isZero();
            assertThat(management.createJobQuery().processInstanceId(instance(o)).count()).as("no timer, no job")
                    .isZero();
        }
        assertThat(campaigns.campaign(row(piaId).getAcknowledgementCampaignId()).closedAt())
                .as("Pia's charter campaign is closed").isNotNull();
        assertThat(open(oli)).isEmpty();
        signedIn.as("hr");
        assertThat(controls.progress(id).orElseThrow().message()).contains("2 open onboardings closed");
        signedIn.nobody();
    }
}
