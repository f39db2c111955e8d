package org.ladder.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.notifications.FreshPeople.Fresh;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementReminderDue;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.AcknowledgementsRequested;
import org.ladder.tasks.TaskAssigned;
import org.ladder.tasks.TaskEscalated;
import org.ladder.tasks.TaskReminderDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Other modules' events become notifications for the right people, committed with the change behind them. */
@LadderIntegrationTest
class NotificationListenersTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestCampaignAudience audience;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate tx;

    Team team;

    @BeforeEach
    void freshTeam() {
        team = freshPeople.team();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** Publishes as a module does: inside its transaction. */
    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<NotificationItem> of(Fresh person) {
        return of(person.username());
    }

    private List<NotificationItem> of(String username) {
        signedIn.as(username);
        try {
            return notifications.mine(0, 20);
        } finally {
            signedIn.nobody();
        }
    }

    private long unread(String username) {
        signedIn.as(username);
        try {
            return notifications.unreadCount();
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void anAssignedTaskNotifiesItsAssignee() {
        String taskId = UUID.randomUUID().toString();
        publish(new TaskAssigned(taskId, "Approve goals", team.jon().username(), List.of(),
                Instant.parse("2030-03-04T10:15:00Z")));

        assertThat(of(team.jon())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK);
            assertThat(n.title()).isEqualTo("New task: Approve goals");
            assertThat(n.body()).startsWith("It is assigned to you.").contains("Due ").contains("2030");
            assertThat(n.link()).isEqualTo("task/" + taskId);
        });
        assertThat(of(team.kim())).isEmpty();
    }

    @Test
    void takingATaskYourselfNotifiesNobody() {
        signedIn.as(team.jon().username());
        tx.executeWithoutResult(status -> events.publishEvent(
                new TaskAssigned("t-" + UUID.randomUUID(), "Approve goals", team.jon().username(), List.of(), null)));
        assertThat(of(team.jon())).isEmpty();
    }

    @Test
    void anUnassignedTaskNotifiesTheActiveMembersOfItsGroups() {
        long ceoBefore = unread("ceo");
        long hrBefore = unread("hr");
        String taskId = UUID.randomUUID().toString();
        publish(new TaskAssigned(taskId, "Publish the charter", null, List.of("LEADERSHIP", "no-such-group"), null));

        assertThat(unread("ceo")).isEqualTo(ceoBefore + 1);
        assertThat(of("ceo").get(0).body()).startsWith("Offered to Leadership");
        assertThat(unread("hr")).isEqualTo(hrBefore);
        assertThat(of(team.lead())).isEmpty();

        publish(new TaskAssigned(UUID.randomUUID().toString(), "Review goals", null, List.of("MANAGER"), null));
        assertThat(of(team.lead())).singleElement().extracting(NotificationItem::title)
                .isEqualTo("New task: Review goals");
        assertThat(of(team.jon())).isEmpty();
    }

    @Test
    void anEventPublishedOutsideATransactionIsHandledAtOnce() {
        events.publishEvent(new TaskAssigned("t-" + UUID.randomUUID(), "Check in", team.kim().username(), List.of(),
                null));
        assertThat(of(team.kim())).hasSize(1);
    }

    @Test
    void nothingIsNotifiedWhenTheChangeRollsBack() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new TaskAssigned("t-" + UUID.randomUUID(), "Check in", team.kim().username(),
                    List.of(), null));
            status.setRollbackOnly();
        });
        assertThat(of(team.kim())).isEmpty();
    }

    @Test
    void requestedAcknowledgementsNotifyEveryPendingPerson() {
        long campaign = audience.newCampaign();
        audience.pending(campaign, null, List.of(team.jon().id(), team.kim().id()));
        publish(new AcknowledgementsRequested(campaign, "Charter 2027", ""));

        for (Fresh person : List.of(team.jon(), team.kim())) {
            assertThat(of(person)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.ACKNOWLEDGE);
                assertThat(n.title()).isEqualTo("Please acknowledge: Charter 2027");
                assertThat(n.link()).isEmpty();
            });
        }
        assertThat(of(team.lead())).isEmpty();
    }

    @Test
    void aReminderGoesToThePendingPeopleOfTheCampaignOrOfOneUnit() {
        long campaign = audience.newCampaign();
        long unitId = 77;
        audience.pending(campaign, null, List.of(team.lead().id(), team.jon().id(), team.kim().id()));
        audience.pending(campaign, unitId, List.of(team.kim().id()));

        publish(new AcknowledgementReminderDue(campaign, unitId, "Charter 2027", "charter"));
        assertThat(of(team.kim())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.title()).isEqualTo("Reminder: please acknowledge Charter 2027");
            assertThat(n.link()).isEqualTo("charter");
        });
        assertThat(of(team.jon())).isEmpty();

        publish(new AcknowledgementReminderDue(campaign, null, "Charter 2027", "charter"));
        assertThat(of(team.jon())).hasSize(1);
        assertThat(of(team.lead())).hasSize(1);
        assertThat(of(team.kim())).hasSize(2);
    }

    @Test
    void anEscalationTellsEachRecipientHowManyOfTheirPeopleAreLate() {
        long campaign = audience.newCampaign();
        publish(new AcknowledgementsEscalated(campaign, AcknowledgementsEscalated.Level.MANAGER,
                Map.of(team.lead().id(), 3L, team.jon().id(), 1L, team.kim().id(), 0L), "Charter 2027", "team"));

        assertThat(of(team.lead())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.title()).isEqualTo("3 people you answer for have not acknowledged Charter 2027");
            assertThat(n.link()).isEqualTo("team");
        });
        assertThat(of(team.jon())).singleElement().extracting(NotificationItem::title)
                .isEqualTo("1 person you answer for has not acknowledged Charter 2027");
        assertThat(of(team.kim())).isEmpty();
    }

    @Test
    void aTaskReminderGoesToThePeopleWhoCanActOnIt() {
        String taskId = UUID.randomUUID().toString();
        publish(new TaskReminderDue(taskId, "Approve Emma's goal", "task/" + taskId, List.of(team.jon().id()),
                Instant.parse("2030-03-04T10:15:00Z")));

        assertThat(of(team.jon())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.title()).isEqualTo("Reminder: Approve Emma's goal");
            assertThat(n.body()).startsWith("It has been waiting for you since ").contains("2030");
            assertThat(n.link()).isEqualTo("task/" + taskId);
        });
        assertThat(of(team.kim())).isEmpty();
        assertThat(of(team.lead())).isEmpty();
    }

    @Test
    void anEscalatedTaskTellsTheNewPeopleWhoWasLate() {
        String taskId = UUID.randomUUID().toString();
        publish(new TaskEscalated(taskId, "Approve Kim's goal", "task/" + taskId, List.of(team.lead().id()),
                "Jon Doe", Instant.parse("2030-03-04T10:15:00Z")));

        assertThat(of(team.lead())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.title()).isEqualTo("Overdue: Approve Kim's goal");
            assertThat(n.body()).startsWith("It has been waiting for Jon Doe since ").contains("offered to you");
            assertThat(n.link()).isEqualTo("task/" + taskId);
        });
        assertThat(of(team.jon())).isEmpty();
    }

    @Test
    void nothingIsNotifiedWhenAReminderRollsBack() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new TaskReminderDue("t-" + UUID.randomUUID(), "Check in", "task/x",
                    List.of(team.kim().id()), null));
            status.setRollbackOnly();
        });
        assertThat(of(team.kim())).isEmpty();
    }
}
