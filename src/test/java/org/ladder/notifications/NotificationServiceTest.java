package org.ladder.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Writing notifications in bulk, and each person's own list, unread count and read marks. */
@LadderIntegrationTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
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

    @Test
    void notifyingThreePeopleGivesEachOneUnreadNotification() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int notified = notifications.notify(Arrays.asList(team.lead().id(), team.jon().id(), team.kim().id(),
                team.jon().id(), null), NotificationKind.TASK, "New task: Approve goals", "It is assigned to you.",
                "task/42");
        Instant after = Instant.now();

        assertThat(notified).isEqualTo(3);
        for (FreshPeople.Fresh person : List.of(team.lead(), team.jon(), team.kim())) {
            signedIn.as(person.username());
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(notifications.countMine()).isEqualTo(1);
            NotificationItem item = notifications.mine(0, 10).get(0);
            assertThat(item.kind()).isEqualTo(NotificationKind.TASK);
            assertThat(item.title()).isEqualTo("New task: Approve goals");
            assertThat(item.body()).isEqualTo("It is assigned to you.");
            assertThat(item.link()).isEqualTo("task/42");
            assertThat(item.unread()).isTrue();
            assertThat(item.createdAt()).isBetween(before, after); // stored and read back in UTC
        }
    }

    @Test
    void theListIsNewestFirstAndPaged() {
        for (String title : List.of("first", "second", "third")) {
            notifications.notify(List.of(team.jon().id()), NotificationKind.REMINDER, title, null, null);
        }
        signedIn.as(team.jon().username());
        assertThat(notifications.mine(0, 2)).extracting(NotificationItem::title).containsExactly("third", "second");
        assertThat(notifications.mine(2, 2)).extracting(NotificationItem::title).containsExactly("first");
        assertThat(notifications.mine(0, 10)).allSatisfy(n -> {
            assertThat(n.body()).isNull();
            assertThat(n.link()).isNull();
        });
    }

    @Test
    void peopleMarkTheirOwnNotificationsReadButNotOthers() {
        notifications.notify(List.of(team.jon().id()), NotificationKind.TASK, "For Jon", null, "task/1");
        signedIn.as(team.jon().username());
        long id = notifications.mine(0, 1).get(0).id();

        signedIn.as(team.kim().username());
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(-1)).isInstanceOf(AccessDeniedException.class);

        signedIn.as(team.jon().username());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.markRead(id)).isTrue();
        assertThat(notifications.markRead(id)).isFalse(); // idempotent
        assertThat(notifications.unreadCount()).isZero();
        NotificationItem read = notifications.mine(0, 1).get(0);
        assertThat(read.unread()).isFalse();
        assertThat(read.readAt()).isNotNull();
    }

    @Test
    void markAllReadMarksOnlyTheCallersOwn() {
        notifications.notify(List.of(team.jon().id(), team.kim().id()), NotificationKind.ACKNOWLEDGE, "One", null, "");
        notifications.notify(List.of(team.jon().id(), team.kim().id()), NotificationKind.ACKNOWLEDGE, "Two", null, "");
        signedIn.as(team.jon().username());
        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.markAllRead()).isZero();
        assertThat(notifications.unreadCount()).isZero();
        signedIn.as(team.kim().username());
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> notifications.mine(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oversizeTextIsShortenedAndLinksAreRoutePathsOnly() {
        notifications.notify(List.of(team.kim().id()), NotificationKind.TASK, "T".repeat(500), "B".repeat(5000),
                "/people");
        notifications.notify(List.of(team.kim().id()), NotificationKind.TASK, "Elsewhere", null,
                "https://example.com/phish");
        signedIn.as(team.kim().username());
        List<NotificationItem> mine = notifications.mine(0, 2);
        assertThat(mine.get(0).link()).isNull();
        assertThat(mine.get(1).title()).hasSize(200).endsWith("…");
        assertThat(mine.get(1).body()).hasSize(1000).endsWith("…");
        assertThat(mine.get(1).link()).isEqualTo("people");
        assertThatThrownBy(() -> notifications.notify(List.of(1L), NotificationKind.TASK, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thousandsOfRecipientsAreWrittenInBatches() {
        String title = "Bulk " + System.nanoTime();
        List<Long> recipients = new ArrayList<>(LongStream.range(0, 2_500).map(i -> 8_000_000_000L + i).boxed().toList());
        recipients.add(team.jon().id());

        assertThat(notifications.notify(recipients, NotificationKind.REMINDER, title, null, "")).isEqualTo(2_501);

        assertThat(jdbc.queryForObject("select count(*) from notification where title = ?", Long.class, title))
                .isEqualTo(2_501);
        assertThat(jdbc.queryForObject("select count(distinct id) from notification where title = ?", Long.class,
                title)).isEqualTo(2_501);
        signedIn.as(team.jon().username());
        assertThat(notifications.mine(0, 1)).extracting(NotificationItem::title).containsExactly(title);
    }

    @Test
    void notificationsRollBackWithTheCallersTransaction() {
        tx.executeWithoutResult(status -> {
            notifications.notify(List.of(team.jon().id()), NotificationKind.TASK, "Rolled back", null, null);
            status.setRollbackOnly();
        });
        signedIn.as(team.jon().username());
        assertThat(notifications.countMine()).isZero();
    }
}
