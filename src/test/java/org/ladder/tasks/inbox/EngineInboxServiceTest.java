package org.ladder.tasks.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.RaceGate;
import org.ladder.support.RecordedTaskEvents;
import org.ladder.support.SignedIn;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox over real engine tasks, for the demo people (manager manages employee; ceo manages others). */
@LadderIntegrationTest
class EngineInboxServiceTest {

    /** A MANAGER group task and a task of ${assignee} due at ${due}, side by side. */
    static final String INBOX = "Test_Inbox";
    /** ${assignee} does Task_Own (due at ${due}), then Task_Next: shows whether the process moved on, and how often. */
    static final String SEQUENCE = "Test_InboxSequence";

    @Autowired
    InboxService inbox;
    @Autowired
    SignedIn signedIn;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;
    @Autowired
    RecordedTaskEvents events;
    @Autowired
    RaceGate raceGate;
    @Autowired
    TransactionTemplate transactions;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        signedIn.nobody();
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
    }

    private void deploy(BpmnModelInstance model) {
        deployments.add(repository.createDeployment().addModelInstance("inbox-test.bpmn", model).deploy().getId());
    }

    private void deployInbox() {
        deploy(Bpmn.createExecutableProcess(INBOX).camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("Gateway_Fork")
                .userTask("Task_Review").name("Review the plan").camundaCandidateGroups("MANAGER")
                .parallelGateway("Gateway_Join")
                .endEvent()
                .moveToNode("Gateway_Fork")
                .userTask("Task_Own").name("Write the plan").documentation("Your plan for the next quarter")
                .camundaAssignee("${assignee}").camundaDueDate("${due}")
                .connectTo("Gateway_Join")
                .done());
    }

    private void deploySequence(boolean withRaceGate) {
        var own = Bpmn.createExecutableProcess(SEQUENCE).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Own").name("Draft").camundaAssignee("${assignee}").camundaDueDate("${due}");
        if (withRaceGate) {
            own = own.camundaTaskListenerExpression("complete", "${raceGate.pass(task)}");
        }
        deploy(own.userTask("Task_Next").name("Publish").camundaAssignee("${assignee}").endEvent().done());
    }

    /** Due dates in whole seconds: some databases keep no more. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private String start(String key, String assignee, Instant due) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("assignee", assignee);
        vars.put("due", due == null ? null : Date.from(due));
        return runtime.startProcessInstanceByKey(key, "BK-" + UUID.randomUUID(), vars).getId();
    }

    private String taskId(String instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }

    private static List<String> ids(List<TaskInfo> tasks) {
        return tasks.stream().map(TaskInfo::id).toList();
    }

    private List<String> as(String username, java.util.function.Supplier<List<TaskInfo>> list) {
        signedIn.as(username);
        return ids(list.get());
    }

    @Test
    void eachPersonSeesTheirTasksTheirGroupsTasksAndTheirTeamsTasks() {
        deployInbox();
        Instant due = now().plus(Duration.ofDays(3));
        String instance = start(INBOX, "employee", due);
        String review = taskId(instance, "Task_Review");
        String own = taskId(instance, "Task_Own");

        signedIn.as("employee");
        TaskInfo mine = inbox.myTasks(0, 1000).stream().filter(t -> t.id().equals(own)).findFirst().orElseThrow();
        assertThat(mine.name()).isEqualTo("Write the plan");
        assertThat(mine.description()).isEqualTo("Your plan for the next quarter");
        assertThat(mine.processDefinitionKey()).isEqualTo(INBOX);
        assertThat(mine.taskDefinitionKey()).isEqualTo("Task_Own");
        assertThat(mine.processInstanceId()).isEqualTo(instance);
        assertThat(mine.businessKey()).startsWith("BK-");
        assertThat(mine.assignee()).isEqualTo("employee");
        assertThat(mine.assigneeName()).isEqualTo("Emma Lindqvist");
        assertThat(mine.due()).isEqualTo(due);
        assertThat(mine.created()).isNotNull();
        assertThat(ids(inbox.groupTasks(0, 1000))).doesNotContain(review);
        assertThat(inbox.teamTasks(0, 1000)).isEmpty();
        assertThat(inbox.countTeamTasks()).isZero();
        assertThat(inbox.countMyTasks()).isEqualTo(inbox.myTasks(0, 1000).size());

        signedIn.as("manager");
        TaskInfo offered = inbox.groupTasks(0, 1000).stream().filter(t -> t.id().equals(review)).findFirst()
                .orElseThrow();
        assertThat(offered.candidateGroups()).containsExactly("MANAGER");
        assertThat(offered.assignee()).isNull();
        assertThat(ids(inbox.myTasks(0, 1000))).doesNotContain(own, review);
        assertThat(ids(inbox.teamTasks(0, 1000))).contains(own).doesNotContain(review);
        assertThat(inbox.countGroupTasks()).isEqualTo(inbox.groupTasks(0, 1000).size());
        assertThat(inbox.countTeamTasks()).isEqualTo(inbox.teamTasks(0, 1000).size());
        assertThat(inbox.openCount()).isEqualTo(inbox.countMyTasks() + inbox.countGroupTasks());

        assertThat(as("ceo", () -> inbox.groupTasks(0, 1000))).contains(review);
        assertThat(as("ceo", () -> inbox.teamTasks(0, 1000))).doesNotContain(own); // not Emma's manager
        assertThat(as("hr", () -> inbox.groupTasks(0, 1000))).doesNotContain(review);
        assertThat(as("hr", () -> inbox.myTasks(0, 1000))).doesNotContain(own);
    }

    /** Candidate groups are read for a whole page at once: each task must still get its own, and only its own. */
    @Test
    void everyTaskOfAPageShowsItsOwnCandidateGroupsAlsoOnceClaimed() {
        deploy(Bpmn.createExecutableProcess("Test_InboxGroups").camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("Gateway_Fork")
                .userTask("Task_Both").name("Both groups").camundaCandidateGroups("MANAGER,HR")
                .parallelGateway("Gateway_Join")
                .endEvent()
                .moveToNode("Gateway_Fork")
                .userTask("Task_Managers").name("Managers only").camundaCandidateGroups("MANAGER")
                .connectTo("Gateway_Join")
                .moveToNode("Gateway_Fork")
                .userTask("Task_Direct").name("Given directly").camundaAssignee("manager")
                .connectTo("Gateway_Join")
                .done());
        String instance = runtime.startProcessInstanceByKey("Test_InboxGroups", "BK-" + UUID.randomUUID()).getId();
        String both = taskId(instance, "Task_Both");
        String managers = taskId(instance, "Task_Managers");
        String direct = taskId(instance, "Task_Direct");

        signedIn.as("manager");
        Map<String, List<String>> offered = new HashMap<>();
        inbox.groupTasks(0, 1000).forEach(t -> offered.put(t.id(), t.candidateGroups()));
        assertThat(offered.get(both)).containsExactly("HR", "MANAGER");
        assertThat(offered.get(managers)).containsExactly("MANAGER");
        assertThat(inbox.task(direct).orElseThrow().candidateGroups()).isEmpty();

        inbox.claim(both);
        Map<String, List<String>> mine = new HashMap<>();
        inbox.myTasks(0, 1000).forEach(t -> mine.put(t.id(), t.candidateGroups()));
        assertThat(mine.get(both)).containsExactly("HR", "MANAGER"); // so it can be handed back
        assertThat(mine.get(direct)).isEmpty();
        assertThat(mine).doesNotContainKey(managers);
    }

    @Test
    void tasksAreSortedByDueDateWithUndatedOnesLastThenByCreationAndPagedAcrossBoth() {
        deploySequence(false);
        Instant now = now();
        List<String> instances = List.of(
                start(SEQUENCE, "employee", null),
                start(SEQUENCE, "employee", now.plus(Duration.ofDays(2))),
                start(SEQUENCE, "employee", now.minus(Duration.ofDays(1))),
                start(SEQUENCE, "employee", null),
                start(SEQUENCE, "employee", now.plus(Duration.ofDays(1))));
        List<String> expected = List.of(taskId(instances.get(2), "Task_Own"), taskId(instances.get(4), "Task_Own"),
                taskId(instances.get(1), "Task_Own"), taskId(instances.get(0), "Task_Own"),
                taskId(instances.get(3), "Task_Own"));

        signedIn.as("employee");
        List<TaskInfo> all = inbox.myTasks(0, 1000);
        assertThat(ids(all)).filteredOn(expected::contains).containsExactlyElementsOf(expected);
        int lastDated = all.stream().filter(t -> t.due() != null).mapToInt(all::indexOf).max().orElseThrow();
        int firstUndated = all.stream().filter(t -> t.due() == null).mapToInt(all::indexOf).min().orElseThrow();
        assertThat(lastDated).isLessThan(firstUndated);
        assertThat(all.stream().filter(t -> t.id().equals(expected.get(0))).findFirst().orElseThrow().isOverdue(now))
                .isTrue();

        // pages of every size, across the dated/undated boundary, put together give the same list
        for (int size : new int[] {1, 2, 3}) {
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += size) {
                paged.addAll(ids(inbox.myTasks(offset, size)));
            }
            assertThat(paged).as("page size %d", size).containsExactlyElementsOf(ids(all));
        }
        assertThat(inbox.myTasks(all.size(), 10)).isEmpty();
    }

    @Test
    void claimTakesAnOfferedTaskAndUnclaimGivesItBack() {
        deployInbox();
        String instance = start(INBOX, "employee", null);
        String review = taskId(instance, "Task_Review");
        String own = taskId(instance, "Task_Own");

        signedIn.as("employee");
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.unclaim(own)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("given to you directly");

        signedIn.as("manager");
        inbox.claim(review);
        inbox.claim(review); // a double click changes nothing
        assertThat(ids(inbox.myTasks(0, 1000))).contains(review);
        assertThat(ids(inbox.groupTasks(0, 1000))).doesNotContain(review);
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("manager");

        signedIn.as("ceo");
        assertThat(ids(inbox.groupTasks(0, 1000))).doesNotContain(review);
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(IllegalStateException.class)
                .hasMessage("This task was already claimed by Marco Rossi.");
        assertThatThrownBy(() -> inbox.unclaim(review)).isInstanceOf(AccessDeniedException.class);

        signedIn.as("manager");
        inbox.unclaim(review);
        assertThat(ids(inbox.myTasks(0, 1000))).doesNotContain(review);
        assertThat(ids(inbox.groupTasks(0, 1000))).contains(review);
        assertThat(as("ceo", () -> inbox.groupTasks(0, 1000))).contains(review);

        taskService.complete(review);
        signedIn.as("manager");
        assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(TaskAlreadyCompletedException.class);
    }

    @Test
    void peopleCannotSeeOrCompleteTasksThatAreNotTheirs() {
        deployInbox();
        String instance = start(INBOX, "employee", null);
        String review = taskId(instance, "Task_Review");
        String own = taskId(instance, "Task_Own");

        signedIn.as("employee");
        assertThat(inbox.task(own)).isPresent();
        assertThat(inbox.task(review)).isEmpty();
        assertThatThrownBy(() -> inbox.complete(review, Map.of())).isInstanceOf(AccessDeniedException.class);

        signedIn.as("hr");
        assertThat(inbox.task(own)).isEmpty();
        assertThat(inbox.task(review)).isEmpty();
        assertThatThrownBy(() -> inbox.complete(own, Map.of())).isInstanceOf(AccessDeniedException.class);

        signedIn.as("ceo"); // a manager, but not Emma's
        assertThat(inbox.task(own)).isEmpty();
        assertThat(inbox.task(review)).isPresent();

        signedIn.as("manager"); // Emma's manager sees her task, but it is hers to do
        assertThat(inbox.task(own)).map(TaskInfo::assigneeName).contains("Emma Lindqvist");
        assertThatThrownBy(() -> inbox.complete(own, Map.of())).isInstanceOf(AccessDeniedException.class);

        signedIn.as("admin");
        assertThat(inbox.task(own)).isPresent();
        assertThat(inbox.task(review)).isPresent();
        assertThatThrownBy(() -> inbox.complete(own, Map.of())).isInstanceOf(AccessDeniedException.class);

        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
        signedIn.nobody();
        assertThatThrownBy(() -> inbox.myTasks(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.task(own)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCandidateMayCompleteAnUnassignedTask() {
        deployInbox();
        String instance = start(INBOX, "employee", null);
        String review = taskId(instance, "Task_Review");

        signedIn.as("manager");
        inbox.complete(review, Map.of("reviewed", true));
        assertThat(taskService.createTaskQuery().taskId(review).count()).isZero();
        assertThat(runtime.getVariable(instance, "reviewed")).isEqualTo(true);
    }

    @Test
    void completingTwiceTellsTheSecondCallerAndTheProcessMovesOnOnce() {
        deploySequence(false);
        String instance = start(SEQUENCE, "employee", null);
        String own = taskId(instance, "Task_Own");

        signedIn.as("employee");
        inbox.complete(own, Map.of("text", "first"));
        assertThatThrownBy(() -> inbox.complete(own, Map.of("text", "second")))
                .isInstanceOf(TaskAlreadyCompletedException.class)
                .hasMessageContaining("already completed");

        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Next").count())
                .isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_Own").finished().count()).isEqualTo(1);
        assertThat(runtime.getVariable(instance, "text")).isEqualTo("first");
    }

    @Test
    void whenTwoTabsCompleteAtOnceTheLoserIsToldAndTheProcessMovesOnOnce() throws Exception {
        deploySequence(true);
        String instance = start(SEQUENCE, "employee", null);
        String own = taskId(instance, "Task_Own");

        raceGate.arm();
        ExecutorService tabB = Executors.newSingleThreadExecutor();
        try {
            // tab B passes the inbox's checks and is held inside the engine, before its changes are written
            Future<Throwable> b = tabB.submit(() -> {
                signedIn.as("employee");
                try {
                    inbox.complete(own, Map.of());
                    return null;
                } catch (Throwable t) {
                    return t;
                } finally {
                    signedIn.nobody();
                }
            });
            assertThat(raceGate.awaitArrival()).isTrue();

            // tab A completes the same task and commits first
            signedIn.as("employee");
            inbox.complete(own, Map.of());
            raceGate.release();

            // tab B's write lost the engine's optimistic lock: it is told, and its transaction rolled back
            assertThat(b.get(60, TimeUnit.SECONDS)).isInstanceOf(TaskAlreadyCompletedException.class)
                    .hasMessageContaining("already completed")
                    .hasCauseInstanceOf(OptimisticLockingException.class);
        } finally {
            raceGate.release();
            tabB.shutdownNow();
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Next").count())
                .isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_Own").finished().count()).isEqualTo(1);
    }

    @Test
    void completeJoinsTheCallersTransaction() {
        deploySequence(false);
        String instance = start(SEQUENCE, "employee", null);
        String own = taskId(instance, "Task_Own");

        signedIn.as("employee");
        transactions.executeWithoutResult(status -> {
            inbox.complete(own, Map.of());
            status.setRollbackOnly(); // e.g. the caller's domain change failed afterwards
        });
        assertThat(taskService.createTaskQuery().taskId(own).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Next").count())
                .isZero();

        inbox.complete(own, Map.of());
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Next").count())
                .isEqualTo(1);
    }

    @Test
    void creatingAndAssigningTasksPublishesTaskAssignedOncePerChange() {
        deployInbox();
        Instant due = now().plus(Duration.ofDays(5));
        String instance = start(INBOX, "employee", due);
        String review = taskId(instance, "Task_Review");
        String own = taskId(instance, "Task_Own");

        assertThat(events.forTask(own)).containsExactly(new TaskAssigned(own, "Write the plan", "employee",
                List.of(), due));
        assertThat(events.forTask(review)).containsExactly(new TaskAssigned(review, "Review the plan", null,
                List.of("MANAGER"), null));

        signedIn.as("manager");
        inbox.claim(review);
        inbox.unclaim(review);
        assertThat(events.forTask(review)).extracting(TaskAssigned::assignee)
                .containsExactly(null, "manager", null);
        assertThat(events.forTask(review)).allSatisfy(e -> assertThat(e.candidateGroups()).containsExactly("MANAGER"));
    }
}
