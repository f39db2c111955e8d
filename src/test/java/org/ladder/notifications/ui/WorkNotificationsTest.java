package org.ladder.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.Visibility;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.people.PeopleService;
import org.ladder.support.CharterFixtures;
import org.ladder.support.KaribuTest;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskReminderDue;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Notifications about work name it, and are marked done when the work is done — by the person notified or by a
 * colleague — and the task page then says truthfully who did it.
 */
class WorkNotificationsTest extends KaribuTest {

    @Autowired
    GoalFixtures goals;
    @Autowired
    CharterFixtures charter;
    @Autowired
    NotificationService notifications;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    InboxService inbox;
    @Autowired
    TaskService tasks;
    @Autowired
    PeopleService people;
    @Autowired
    FreshPeople freshPeople;

    private Task approvalOf(GoalDetails goal) {
        String key = GoalApprovalProcess.businessKey(goal.id());
        goals.runJobs(key);
        return tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(GoalApprovalProcess.TASK_APPROVE).singleResult();
    }

    private List<NotificationItem> mineAbout(String username, String text) {
        signedIn.as(username);
        return notifications.mine(0, 200).stream().filter(n -> n.title().contains(text)).toList();
    }

    @Test
    void anApprovalTaskNotificationNamesTheGoalAndIsDoneOnceTheManagerApproved() {
        GoalDetails team = goals.teamGoal(unique("Notified parent"), null);
        GoalDetails goal = goals.personalSubmitted("employee", unique("Notify me"), team.id());
        Task approval = approvalOf(goal);

        List<NotificationItem> before = mineAbout("manager", goal.title());
        assertThat(before).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("New task: approve the goal “" + goal.title() + "” — Emma Lindqvist");
            assertThat(n.unread()).isTrue();
            assertThat(n.done()).isFalse();
        });

        login("manager");
        navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        int row = rowOf(view, before.get(0).id());
        _get(_getCellComponent(view.grid, row, "actions"), Button.class, b -> b.withId("open-" + before.get(0).id()))
                .click();
        _get(Button.class, b -> b.withId("approve-goal")).click();
        // one toast, the form's own
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("You approved “" + goal.title() + "”.");

        assertThat(mineAbout("manager", goal.title())).singleElement().satisfies(n -> {
            assertThat(n.done()).isTrue();
            assertThat(n.unread()).isFalse();
        });
        login("manager");
        navigate("notifications");
        view = _get(NotificationsView.class);
        row = rowOf(view, before.get(0).id());
        assertThat(_find(_getCellComponent(view.grid, row, "notification"), Span.class,
                s -> s.withId("done-" + before.get(0).id()))).singleElement()
                .extracting(Span::getText).isEqualTo("Done");

        // opening it again tells the truth: he completed it himself
        navigate("task/" + approval.getId());
        assertThat(_get(Paragraph.class, p -> p.withId("task-gone")).getText())
                .startsWith("You completed “Manager: approve the goal” on ").endsWith(". Nothing is left to do.");
    }

    @Test
    void aTaskCompletedByAColleagueIsDoneForEveryoneAndThePageSaysWho() {
        GoalDetails team = goals.teamGoal(unique("Colleague parent"), null);
        GoalDetails goal = goals.personalSubmitted("employee", unique("Colleague"), team.id());
        Task approval = approvalOf(goal);
        tasks.addCandidateGroup(approval.getId(), "HR"); // as an escalation would: HR may act on it too
        notifications.notify(List.of(people.findByUsername("hr").orElseThrow().id()),
                org.ladder.notifications.NotificationKind.ESCALATION, "Overdue: " + goal.title(), null,
                "task/" + approval.getId(), "task:" + approval.getId());

        signedIn.as("manager");
        tasks.complete(approval.getId(), GoalApprovalProcess.approved().asMap());

        assertThat(mineAbout("hr", "Overdue: " + goal.title())).singleElement()
                .satisfies(n -> assertThat(n.done()).isTrue());
        login("hr");
        navigate("task/" + approval.getId());
        assertThat(_get(Paragraph.class, p -> p.withId("task-gone")).getText())
                .startsWith("“Manager: approve the goal” was completed by Marco Rossi on ");
    }

    @Test
    void aPrivateGoalIsNamedOnlyToThoseWhoMayReadIt() {
        GoalDetails team = goals.teamGoal(unique("Private parent"), null);
        GoalDetails goal = goals.personalSubmitted("employee", unique("Private"), team.id(), Visibility.PRIVATE);
        Task approval = approvalOf(goal);
        long manager = people.findByUsername("manager").orElseThrow().id();
        long stranger = freshPeople.team().jon().id();

        Map<Long, String> named = inbox.subjectsFor(approval.getId(), List.of(manager, stranger));

        assertThat(named).containsEntry(manager, "“" + goal.title() + "” — Emma Lindqvist")
                .containsEntry(stranger, "A private goal — Emma Lindqvist");
        assertThat(mineAbout("manager", goal.title())).singleElement()
                .satisfies(n -> assertThat(n.title()).contains("“" + goal.title() + "”"));
    }

    /**
     * A reminder (and its e-mail, which carries the same title) about a private goal's task, sent to someone who may
     * not read the goal, says only that it is a private goal and whose; the task is named without the role.
     */
    @Test
    void aReminderAboutAPrivateGoalNamesItOnlyAsPrivateToThoseWhoMayNotReadIt() {
        GoalDetails team = goals.teamGoal(unique("Private reminder parent"), null);
        GoalDetails goal = goals.personalSubmitted("employee", unique("Private reminder"), team.id(), Visibility.PRIVATE);
        Task approval = approvalOf(goal);
        var stranger = freshPeople.team().jon();
        long manager = people.findByUsername("manager").orElseThrow().id();

        context.publishEvent(new TaskReminderDue(approval.getId(), approval.getName(), "task/" + approval.getId(),
                List.of(stranger.id(), manager), null));

        assertThat(mineAbout(stranger.username(), "Reminder: ")).filteredOn(n -> n.link().equals("task/" + approval.getId()))
                .singleElement().satisfies(n -> assertThat(n.title())
                        .isEqualTo("Reminder: approve the goal: A private goal — Emma Lindqvist"));
        assertThat(mineAbout("manager", "Reminder: approve the goal “" + goal.title() + "” — Emma Lindqvist"))
                .hasSize(1);
    }

    @Test
    void aRequestToAcknowledgeIsDoneForThePersonWhoAcknowledgedOnly() {
        long version = charter.publish("Acknowledged notifications " + System.nanoTime());
        long campaign = charter.campaignOf(version);
        String title = "Please acknowledge: " + charter.campaignSummary(campaign).title();
        assertThat(mineAbout("employee", title)).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
        assertThat(mineAbout("manager", title)).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());

        signedIn.as("employee");
        acknowledgements.acknowledge(campaign, null);

        assertThat(mineAbout("employee", title)).singleElement().satisfies(n -> {
            assertThat(n.done()).isTrue();
            assertThat(n.unread()).isFalse();
        });
        assertThat(mineAbout("manager", title)).singleElement().satisfies(n -> {
            assertThat(n.done()).isFalse();
            assertThat(n.unread()).isTrue();
        });
    }

    private static int rowOf(NotificationsView view, long id) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("notification " + id + " not listed");
    }
}
