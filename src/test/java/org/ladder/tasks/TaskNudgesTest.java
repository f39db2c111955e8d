package org.ladder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationKind;
import org.ladder.notifications.NotificationService;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders and escalations of real engine tasks: who is told, and who may act afterwards. Fresh people (a lead and
 * two reports), so their notifications are exactly the ones these tests cause.
 */
@LadderIntegrationTest
class TaskNudgesTest {

    static final String PROCESS = "Test_TaskNudges";
    static final String TASK = "Task_Nudged";

    @Autowired
    TaskNudges nudges;
    @Autowired
    InboxService inbox;
    @Autowired
    NotificationService notifications;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    Team team;
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void deploy() {
        team = freshPeople.team();
        deployments.add(repository.createDeployment().addModelInstance("task-nudges-test.bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask(TASK).name("Sign off the plan").camundaAssignee("${assignee}")
                        .camundaCandidateGroups("${groups}")
                        .endEvent()
                        .done()).deploy().getId());
    }

    @AfterEach
    void cleanUp() {
        signedIn.nobody();
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
    }

    /** A task for {@code assignee} (may be null), offered to {@code groups}. */
    private String start(String assignee, String... groups) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("assignee", assignee);
        vars.put("groups", new ArrayList<>(List.of(groups)));
        return runtime.startProcessInstanceByKey(PROCESS, "BK-" + UUID.randomUUID(), vars).getId();
    }

    private Task task(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** The person's notifications about this task. */
    private List<NotificationItem> about(String username, Task task) {
        signedIn.as(username);
        try {
            return notifications.mine(0, 100).stream().filter(n -> ("task/" + task.getId()).equals(n.link()))
                    .toList();
        } finally {
            signedIn.nobody();
        }
    }

    private List<String> candidateUsers(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getUserId)
                .filter(java.util.Objects::nonNull).sorted().toList();
    }

    @Test
    void aReminderGoesToTheAssigneeOnly() {
        String instance = start(team.jon().username());
        Task task = task(instance);

        assertThat(nudges.remind(instance, TASK)).isEqualTo(1);

        assertThat(about(team.jon().username(), task)).filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .singleElement().satisfies(n -> {
                    assertThat(n.title()).isEqualTo("Reminder: Sign off the plan");
                    assertThat(n.body()).startsWith("It has been waiting for you since ");
                });
        assertThat(about(team.lead().username(), task)).isEmpty();
        assertThat(about(team.kim().username(), task)).isEmpty();
    }

    @Test
    void aReminderOfAGroupTaskGoesToTheGroupsMembers() {
        String instance = start(null, "HR");
        Task task = task(instance);

        assertThat(nudges.remind(instance, TASK)).isPositive();

        assertThat(about("hr", task)).extracting(NotificationItem::kind).contains(NotificationKind.REMINDER);
        assertThat(about(team.jon().username(), task)).isEmpty();
    }

    @Test
    void anEscalatedTaskIsOfferedToTheNewPersonAsWellWhoMayCompleteIt() {
        String instance = start(team.jon().username());
        Task task = task(instance);

        assertThat(nudges.escalate(instance, TASK, List.of(team.lead().id()))).isEqualTo(1);

        assertThat(about(team.lead().username(), task)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.title()).isEqualTo("Overdue: Sign off the plan");
            assertThat(n.body()).startsWith("It has been waiting for " + team.jon().name() + " since ");
        });
        // jon keeps it (as a candidate), nobody else is told
        assertThat(about(team.jon().username(), task)).noneMatch(n -> n.kind() == NotificationKind.ESCALATION);
        assertThat(about(team.kim().username(), task)).isEmpty();
        assertThat(task(instance).getAssignee()).isNull();
        assertThat(candidateUsers(task.getId()))
                .containsExactlyInAnyOrder(team.jon().username(), team.lead().username());
        signedIn.as(team.jon().username());
        assertThat(inbox.task(task.getId())).isPresent();

        signedIn.as(team.lead().username());
        assertThat(inbox.groupTasks(0, 50)).extracting(TaskInfo::id).contains(task.getId());
        inbox.complete(task.getId(), Map.of());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void escalatingTwiceOffersItOnce() {
        String instance = start(team.jon().username());
        Task task = task(instance);
        nudges.escalate(instance, TASK, List.of(team.lead().id()));
        nudges.escalate(instance, TASK, List.of(team.lead().id()));

        assertThat(candidateUsers(task.getId()))
                .containsExactlyInAnyOrder(team.jon().username(), team.lead().username());
    }

    @Test
    void escalationToARoleOffersItToTheRoleAndTellsItsMembers() {
        String instance = start(team.jon().username());
        Task task = task(instance);

        assertThat(nudges.escalateToRole(instance, TASK, Role.HR)).isPositive();

        assertThat(about("hr", task)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.body()).startsWith("It has been waiting for " + team.jon().name());
        });
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("HR").count()).isEqualTo(1);
        signedIn.as("hr");
        inbox.complete(task.getId(), Map.of());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void aTaskIsNeverOfferedToEveryone() {
        String instance = start(team.jon().username());
        assertThatThrownBy(() -> nudges.escalateToRole(instance, TASK, Role.EMPLOYEE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup("EMPLOYEE").count())
                .isZero();
        assertThat(task(instance).getAssignee()).isEqualTo(team.jon().username());
    }

    @Test
    void aCompletedTaskIsNeitherRemindedNorEscalated() {
        String instance = start(team.jon().username());
        Task task = task(instance);
        signedIn.as(team.jon().username());
        inbox.complete(task.getId(), Map.of());
        signedIn.nobody();

        assertThat(nudges.remind(instance, TASK)).isZero();
        assertThat(nudges.escalate(instance, TASK, List.of(team.lead().id()))).isZero();
        assertThat(about(team.jon().username(), task)).extracting(NotificationItem::kind)
                .containsOnly(NotificationKind.TASK);
        assertThat(about(team.lead().username(), task)).isEmpty();
    }
}
