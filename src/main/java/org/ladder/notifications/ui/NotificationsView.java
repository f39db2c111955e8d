package org.ladder.notifications.ui;

import java.time.Clock;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's notifications, newest first, paged from the database; unread ones in bold, those whose work
 * is done (the task completed, the change acknowledged) marked "Done". Opening one marks it read and goes to its
 * page. Refreshes itself when a new notification arrives (server push).
 */
@Route(NotificationsView.ROUTE)
@PageTitle("Notifications")
@Menu(order = 15, title = "Notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout {

    static final String ROUTE = "notifications";
    static final int PAGE_SIZE = 50;

    private final transient NotificationService notifications;
    private final transient CurrentUser currentUser;
    private final transient LiveUpdates liveUpdates;
    final Grid<NotificationItem> grid = new Grid<>(NotificationItem.class, false);
    final Button markAllRead = new Button("Mark all as read", VaadinIcon.CHECK_SQUARE_O.create());
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph("No notifications yet.");
    private Registration liveRegistration;

    public NotificationsView(NotificationService notifications, CurrentUser currentUser, LiveUpdates liveUpdates,
            Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.liveUpdates = liveUpdates;
        setSizeFull();
        addClassName("ladder-notifications");
        setId("notifications-view");

        summary.setId("notifications-summary");
        summary.addClassName("ladder-hint");
        markAllRead.setId("mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        HorizontalLayout toolbar = new HorizontalLayout(summary, markAllRead);
        toolbar.setAlignItems(Alignment.BASELINE);

        empty.setId("notifications-empty");
        empty.addClassName("ladder-empty");

        grid.setId("notifications-grid");
        grid.addComponentColumn(this::describe).setKey("notification").setHeader("Notification").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(n -> n.unread() ? "unread" : null);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.countMine());
        grid.setSizeFull();

        add(toolbar, empty, grid);
        setFlexGrow(1, grid);
        updateSummary();
    }

    private Component describe(NotificationItem n) {
        Span title = new Span(n.title());
        title.addClassName("ladder-notification-title");
        Div box = new Div(title);
        if (n.done()) {
            Span done = new Span("Done");
            done.setId("done-" + n.id());
            done.addClassNames("ladder-badge", "ladder-badge-success");
            done.getElement().setAttribute("title", "Done " + Formats.dateTime(n.doneAt()));
            box.add(done);
        }
        box.addClassName("ladder-notification");
        if (n.unread()) {
            box.addClassName("ladder-notification-unread");
        }
        if (n.body() != null) {
            Span body = new Span(n.body());
            body.addClassName("ladder-notification-body");
            box.add(body);
        }
        Span time = new Span(Formats.dateTime(n.createdAt()));
        time.addClassName("ladder-notification-time");
        box.add(time);
        return box;
    }

    private Component actions(NotificationItem n) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (n.link() != null) {
            Button open = new Button("Open", e -> open(n));
            open.setId("open-" + n.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(open);
        }
        if (n.unread()) {
            Button read = new Button("Mark as read", e -> {
                notifications.markRead(n.id());
                refresh();
            });
            read.setId("mark-read-" + n.id());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        return actions;
    }

    private void open(NotificationItem n) {
        if (n.unread()) {
            notifications.markRead(n.id());
        }
        getUI().ifPresent(ui -> ui.navigate(n.link()));
    }

    /** Reloads the visible page, the counts and the empty state (after a change here or elsewhere). */
    void refresh() {
        grid.getDataProvider().refreshAll();
        updateSummary();
    }

    private void updateSummary() {
        long total = notifications.countMine();
        long unread = total == 0 ? 0 : notifications.unreadCount();
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        summary.setText(total == 0 ? "" : unread == 0 ? "All read" : unread + " unread");
        markAllRead.setEnabled(unread > 0);
        markAllRead.setVisible(total > 0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        currentUser.get().ifPresent(user -> liveRegistration = liveUpdates.register(user.personId(),
                attachEvent.getUI(), this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        super.onDetach(detachEvent);
    }
}
