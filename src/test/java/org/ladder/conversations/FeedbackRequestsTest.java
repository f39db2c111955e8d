package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Requesting feedback end to end on the real engine: the colleague's task (ids only in the engine, the requester's
 * name in the inbox), giving feedback or declining from it (the requester is told either way), withdrawing, and the
 * end of a long-overdue request.
 */
@LadderIntegrationTest
class FeedbackRequestsTest {

    @Autowired
    FeedbackRequests requests;
    @Autowired
    FeedbackQueries queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    AuditLog audit;

    Team team;

    @BeforeEach
    void team() {
        team = freshPeople.team();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private long ask(String as, long colleague, String note) {
        signedIn.as(as);
        return requests.request(colleague, null, note);
    }

    private Task taskOf(long requestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(FeedbackRequestProcess.businessKey(requestId))
                .singleResult();
    }

    private List<String> titles(String as) {
        signedIn.as(as);
        return notifications.mine(0, 100).stream().map(NotificationItem::title).toList();
    }

    @Test
    void theColleagueGetsATaskAndTheirFeedbackGoesToTheRequesterWhoIsTold() {
        long id = ask(team.jon().username(), team.kim().id(), "How did my demo land?");
        Task task = taskOf(id);
        assertThat(task.getAssignee()).isEqualTo(team.kim().username());
        assertThat(task.getName()).isEqualTo("Colleague: give feedback");
        assertThat(task.getDescription()).isEqualTo("Feedback request " + id).doesNotContain(team.jon().name());
        assertThat(task.getDueDate()).isNotNull();

        signedIn.as(team.kim().username());
        assertThat(requests.askedOfMe(0, 20)).singleElement().satisfies(r -> {
            assertThat(r.requesterName()).isEqualTo(team.jon().name());
            assertThat(r.note()).isEqualTo("How did my demo land?");
            assertThat(r.taskId()).isEqualTo(task.getId());
        });
        long feedback = requests.give(task.getId(), new FeedbackAnswer(FeedbackKind.PRAISE, null, "It landed well."));
        assertThat(taskOf(id)).isNull();
        assertThat(requests.countAskedOfMe()).isZero();

        signedIn.as(team.jon().username());
        assertThat(queries.received(0, 20)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(feedback);
            assertThat(f.requested()).isTrue();
            assertThat(f.isPrivate()).isFalse();
        });
        assertThat(requests.sentByMe(0, 20)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FeedbackRequestStatus.GIVEN));
        assertThat(titles(team.jon().username())).containsExactly(team.kim().name()
                + " answered your feedback request");
        assertThat(titles(team.kim().username())).singleElement().satisfies(t -> assertThat(t)
                .startsWith("New task: give feedback").contains("asked by " + team.jon().name()));
        signedIn.as("hr");
        assertThat(audit.history("feedback-request", id, 10)).extracting(e -> e.getAction())
                .contains("feedback.requested", "feedback.request.answered");
    }

    @Test
    void decliningIsAnAnswerAndTheRequesterHearsTheReason() {
        long id = ask(team.jon().username(), team.kim().id(), null);
        signedIn.as(team.kim().username());
        assertThatThrownBy(() -> requests.decline(taskOf(id).getId(), "y".repeat(501)))
                .isInstanceOf(ValidationException.class);
        requests.decline(taskOf(id).getId(), "I was not at the demo.");

        assertThat(taskOf(id)).isNull();
        signedIn.as(team.jon().username());
        assertThat(requests.sentByMe(0, 20)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FeedbackRequestStatus.DECLINED);
            assertThat(r.declineReason()).isEqualTo("I was not at the demo.");
        });
        assertThat(queries.countReceived()).isZero();
        signedIn.as(team.jon().username());
        assertThat(notifications.mine(0, 10)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo(team.kim().name() + " declined your feedback request");
            assertThat(n.body()).isEqualTo("They said: I was not at the demo.");
        });
    }

    @Test
    void onlyTheColleagueAnswersAndTheRequesterMayWithdrawWhileItIsOpen() {
        long id = ask(team.jon().username(), team.kim().id(), null);
        String taskId = taskOf(id).getId();

        signedIn.as(team.lead().username());
        assertThatThrownBy(() -> requests.give(taskId, new FeedbackAnswer(FeedbackKind.PRAISE, null, "Hi")))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as(team.jon().username());
        assertThatThrownBy(() -> requests.request(team.kim().id(), null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("colleague"));
        assertThatThrownBy(() -> requests.request(team.jon().id(), null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("colleague", "You cannot ask yourself for feedback."));
        FeedbackRequestItem sent = requests.sentByMe(0, 1).get(0);
        requests.withdraw(id, sent.version());
        assertThat(taskOf(id)).isNull();
        assertThatThrownBy(() -> requests.withdraw(id, sent.version())).isInstanceOf(ConcurrentEditException.class);

        signedIn.as(team.kim().username());
        assertThatThrownBy(() -> requests.give(taskId, new FeedbackAnswer(FeedbackKind.PRAISE, null, "Late")))
                .isInstanceOf(TaskAlreadyCompletedException.class);
        assertThat(requests.countAskedOfMe()).isZero();
    }

    @Test
    void aLongOverdueRequestExpiresAndTheRequesterIsTold() {
        long id = ask(team.jon().username(), team.kim().id(), null);
        Task task = taskOf(id);
        signedIn.nobody();
        Job expiry = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .activityId(FeedbackRequestProcess.TIMER_EXPIRE).singleResult();
        management.executeJob(expiry.getId());

        assertThat(taskOf(id)).isNull();
        signedIn.as(team.jon().username());
        assertThat(requests.sentByMe(0, 20)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(FeedbackRequestStatus.EXPIRED));
        assertThat(titles(team.jon().username())).containsExactly("Your feedback request to " + team.kim().name()
                + " expired");
    }

    @Test
    void theReminderGoesToTheColleague() {
        long id = ask(team.jon().username(), team.kim().id(), null);
        Task task = taskOf(id);
        signedIn.nobody();
        Job reminder = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .activityId(FeedbackRequestProcess.TIMER_REMIND).singleResult();
        management.executeJob(reminder.getId());

        assertThat(taskOf(id)).isNotNull();
        assertThat(titles(team.kim().username())).anySatisfy(t -> assertThat(t)
                .startsWith("Reminder: give feedback"));
        assertThat(titles(team.jon().username())).isEmpty();
    }
}
