package org.ladder.notifications.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationKind;
import org.ladder.notifications.NotificationService;
import org.ladder.people.ui.DirectoryView;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    FreshPeople freshPeople;

    Team team;

    @BeforeEach
    void freshTeam() {
        team = freshPeople.team();
    }

    private void notifyJon(String title, String link) {
        notifications.notify(List.of(team.jon().id()), NotificationKind.TASK, title, "Body of " + title, link);
    }

    private NotificationsView open() {
        navigate("notifications");
        return _get(NotificationsView.class);
    }

    private static boolean bold(NotificationsView view, int row) {
        Component cell = _getCellComponent(view.grid, row, "notification");
        return cell.getElement().getClassList().contains("ladder-notification-unread");
    }

    private static Button rowButton(NotificationsView view, int row, String id) {
        return _get(_getCellComponent(view.grid, row, "actions"), Button.class, b -> b.withId(id));
    }

    private static Span badge() {
        return _get(Span.class, s -> s.withId("badge-notifications"));
    }

    @Test
    void listsTheNotificationsNewestFirstWithUnreadInBoldAndCountsThemOnTheBadge() {
        notifyJon("First", "people");
        notifyJon("Second", null);
        notifyJon("Third", "people");
        login(team.jon().username());
        NotificationsView view = open();

        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(List.of(_get(view.grid, 0), _get(view.grid, 1), _get(view.grid, 2)))
                .extracting(NotificationItem::title).containsExactly("Third", "Second", "First");
        assertThat(bold(view, 0)).isTrue();
        assertThat(badge().getText()).isEqualTo("3");
        assertThat(_get(Span.class, s -> s.withId("notifications-summary")).getText()).isEqualTo("3 unread");
    }

    @Test
    void markingOneReadUnboldsItAndTheBadgeFollows() {
        notifyJon("First", null);
        notifyJon("Second", null);
        login(team.jon().username());
        NotificationsView view = open();
        NotificationItem newest = _get(view.grid, 0);

        _click(rowButton(view, 0, "mark-read-" + newest.id()));
        MockVaadin.clientRoundtrip(); // the live update after commit reaches the shell

        assertThat(bold(view, 0)).isFalse();
        assertThat(bold(view, 1)).isTrue();
        assertThat(badge().getText()).isEqualTo("1");

        _click(_get(Button.class, b -> b.withId("mark-all-read")));
        MockVaadin.clientRoundtrip();
        assertThat(bold(view, 1)).isFalse();
        _assertNone(Span.class, s -> s.withId("badge-notifications")); // hidden at 0
        assertThat(_get(Button.class, b -> b.withId("mark-all-read")).isEnabled()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("notifications-summary")).getText()).isEqualTo("All read");
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPage() {
        notifyJon("See the directory", "people");
        login(team.jon().username());
        NotificationsView view = open();
        NotificationItem item = _get(view.grid, 0);

        _click(rowButton(view, 0, "open-" + item.id()));

        _get(DirectoryView.class);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void aNewNotificationShowsUpWhileTheViewIsOpen() {
        notifyJon("Before", null);
        login(team.jon().username());
        NotificationsView view = open();
        assertThat(_size(view.grid)).isEqualTo(1);

        notifyJon("Meanwhile", null); // e.g. from another person's request
        MockVaadin.clientRoundtrip();

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_get(view.grid, 0).title()).isEqualTo("Meanwhile");
        assertThat(badge().getText()).isEqualTo("2");
    }

    @Test
    void someoneWithoutNotificationsSeesAnEmptyState() {
        login(team.kim().username());
        NotificationsView view = open();

        assertThat(_get(Paragraph.class, p -> p.withId("notifications-empty")).getText())
                .isEqualTo("No notifications yet.");
        assertThat(view.grid.isVisible()).isFalse();
        _assertNone(Span.class, s -> s.withId("badge-notifications")); // hidden at 0
    }
}
