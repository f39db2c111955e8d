package org.ladder.tasks.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.base.ui.Toasts;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's work: tasks assigned to them, tasks offered to their groups (claim to take one), and,
 * for managers, their direct reports' open tasks. Every list is paged from the engine.
 */
@Route("tasks")
@PageTitle("Tasks")
@Menu(order = 10, title = "Tasks", icon = "vaadin:tasks")
@PermitAll
public class InboxView extends VerticalLayout {

    static final int PAGE_SIZE = 50;
    static final String EMPTY_MINE = "Nothing to do — you are all caught up.";
    static final String EMPTY_GROUPS = "No open tasks are waiting for your groups.";
    static final String EMPTY_TEAM = "Your direct reports have no open tasks.";

    private final transient InboxService inbox;
    private final transient LiveUpdates liveUpdates;
    private final transient TaskFormat format;
    private final LadderUser user;
    final TabSheet tabs = new TabSheet();
    final Grid<TaskInfo> mine = new Grid<>(TaskInfo.class, false);
    final Grid<TaskInfo> groups = new Grid<>(TaskInfo.class, false);
    final Grid<TaskInfo> team;
    final Tab mineTab = new Tab();
    final Tab groupsTab = new Tab();
    final Tab teamTab;
    private Registration liveRegistration;

    public InboxView(InboxService inbox, CurrentUser currentUser, Clock clock, LiveUpdates liveUpdates) {
        this.inbox = inbox;
        this.liveUpdates = liveUpdates;
        this.format = new TaskFormat(clock);
        this.user = currentUser.require();
        setId("inbox-view");
        addClassName("ladder-inbox");
        setSizeFull();

        configure(mine, "inbox-mine", EMPTY_MINE);
        mine.addComponentColumn(this::unclaimButton).setKey("action").setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        mine.setItems(q -> inbox.myTasks(q.getOffset(), q.getLimit()).stream(), q -> (int) inbox.countMyTasks());

        configure(groups, "inbox-groups", EMPTY_GROUPS);
        groups.addColumn(format::offeredTo).setKey("offered").setHeader("Offered to").setFlexGrow(1);
        groups.addComponentColumn(this::claimButton).setKey("action").setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        groups.setItems(q -> inbox.groupTasks(q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.countGroupTasks());

        mineTab.setId("tab-mine");
        groupsTab.setId("tab-groups");
        tabs.setId("inbox-tabs");
        tabs.add(mineTab, mine);
        tabs.add(groupsTab, groups);
        if (user.hasRole(Role.MANAGER)) {
            team = new Grid<>(TaskInfo.class, false);
            configure(team, "inbox-team", EMPTY_TEAM);
            team.addColumn(t -> t.assigneeName() == null ? "" : t.assigneeName()).setKey("assignee")
                    .setHeader("Assigned to").setFlexGrow(1);
            team.setItems(q -> inbox.teamTasks(q.getOffset(), q.getLimit()).stream(),
                    q -> (int) inbox.countTeamTasks());
            teamTab = new Tab();
            teamTab.setId("tab-team");
            tabs.add(teamTab, team);
        } else {
            team = null;
            teamTab = null;
        }
        tabs.setSizeFull();
        add(tabs);
        setFlexGrow(1, tabs);
        updateTabLabels();
    }

    private void configure(Grid<TaskInfo> grid, String id, String emptyText) {
        grid.setId(id);
        grid.addComponentColumn(t -> new RouterLink(TaskFormat.name(t), TaskView.class, t.id())).setKey("name")
                .setHeader("Task").setFlexGrow(2);
        grid.addColumn(TaskFormat::what).setKey("what").setHeader("About").setFlexGrow(2);
        grid.addColumn(t -> format.dateTime(t.created())).setKey("created").setHeader("Created").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(format::due).setKey("due").setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateText(emptyText);
        // the whole row opens the task (the name stays a link for the keyboard); its buttons do their own thing
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"action".equals(e.getColumn().getKey())) {
                open(e.getItem());
            }
        });
        grid.addClassName("ladder-clickable-rows");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
    }

    /** Opens the task's page. */
    void open(TaskInfo task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.id()));
    }

    private Component claimButton(TaskInfo task) {
        Button claim = new Button("Claim", e -> act(() -> {
            inbox.claim(task.id());
            return "You claimed “" + TaskFormat.name(task) + "”: it is now under Mine.";
        }));
        claim.setId("claim-" + task.id());
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return claim;
    }

    private Component unclaimButton(TaskInfo task) {
        if (task.candidateGroups().isEmpty()) {
            return new Span(); // given to me directly: nobody else could take it
        }
        Button unclaim = new Button("Unclaim", e -> act(() -> {
            inbox.unclaim(task.id());
            return "You handed back “" + TaskFormat.name(task) + "”: your group can take it again.";
        }));
        unclaim.setId("unclaim-" + task.id());
        unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return unclaim;
    }

    private void act(Supplier<String> action) {
        try {
            Toasts.success(action.get());
        } catch (TaskAlreadyCompletedException | AccessDeniedException | IllegalStateException e) {
            Toasts.error(e.getMessage());
        }
        refresh();
    }

    /** Reloads every list and the counts on the tabs. */
    void refresh() {
        mine.getDataProvider().refreshAll();
        groups.getDataProvider().refreshAll();
        if (team != null) {
            team.getDataProvider().refreshAll();
        }
        updateTabLabels();
    }

    private void updateTabLabels() {
        mineTab.setLabel(label("Mine", inbox.countMyTasks()));
        groupsTab.setLabel(label("My groups", inbox.countGroupTasks()));
        if (teamTab != null) {
            teamTab.setLabel(label("My team", inbox.countTeamTasks()));
        }
    }

    private static String label(String text, long count) {
        return count == 0 ? text : text + " (" + count + ")";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        liveRegistration = liveUpdates.register(user.personId(), attachEvent.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        super.onDetach(detachEvent);
    }

    /** For tests: the grids shown to this person. */
    List<Grid<TaskInfo>> grids() {
        return team == null ? List.of(mine, groups) : List.of(mine, groups, team);
    }
}
