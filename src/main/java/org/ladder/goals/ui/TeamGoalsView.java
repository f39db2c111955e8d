package org.ladder.goals.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.ladder.base.security.Roles;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.TeamGoals;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's "Team goals": every goal of their reports (any depth) and of the units they lead, in one paged list
 * with status, progress, last update and pending approvals; search by title, narrow by person, status or "awaiting
 * approval". A row opens the goal.
 */
@Route("team-goals")
@PageTitle("Team goals")
@Menu(order = 7.5, title = "Team goals", icon = "vaadin:group")
@RolesAllowed({Roles.MANAGER, Roles.LEADERSHIP, Roles.HR})
public class TeamGoalsView extends VerticalLayout {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    final TextField search = new TextField();
    final ComboBox<PersonSummary> person = new ComboBox<>("Person");
    final Select<GoalStatus> status = new Select<>();
    final Checkbox awaiting = new Checkbox("Awaiting approval only");
    final Grid<TeamGoals.Row> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Span count = new Span();
    private final transient TeamGoals team;

    TeamGoalsView(TeamGoals team, PeopleService people) {
        this.team = team;
        setId("team-goals-view");
        setSizeFull();

        search.setId("team-goals-search");
        search.setLabel("Title");
        search.setPlaceholder("Search titles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(TeamGoals.SEARCH_MAX_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        person.setId("team-goals-person");
        person.setItemLabelGenerator(PersonSummary::displayName);
        person.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream());
        person.setClearButtonVisible(true);
        person.setPlaceholder("Everyone");

        status.setId("team-goals-status");
        status.setLabel("Status");
        status.setItems(GoalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        awaiting.setId("team-goals-awaiting");

        HorizontalLayout filters = new HorizontalLayout(search, person, status, awaiting);
        filters.addClassName("ladder-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("team-goals-grid");
        grid.addComponentColumn(r -> GoalBits.link(r.goal().goalId(), r.goal().title())).setHeader("Goal")
                .setKey("title").setFlexGrow(3);
        grid.addColumn(r -> GoalBits.meta(r.goal().level(), r.goal().ownerName())).setHeader("Owner")
                .setKey("owner").setFlexGrow(2);
        grid.addComponentColumn(r -> GoalBits.statusBadge(r.goal().status(), r.goal().approval()))
                .setHeader("Status").setKey("status").setFlexGrow(0).setWidth("12em");
        grid.addComponentColumn(r -> GoalBits.progressBar(r.goal().progress())).setHeader("Progress")
                .setKey("progress").setFlexGrow(0).setWidth("11em");
        grid.addColumn(r -> r.updatedAt() == null ? "" : UPDATED.format(r.updatedAt())).setHeader("Last update")
                .setKey("updated").setFlexGrow(0).setWidth("9em");
        grid.addComponentColumn(r -> GoalBits.markers(r.goal())).setHeader("Markers").setKey("markers").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GoalBits.pagePath(e.getItem().goal().goalId()))));

        count.setId("team-goals-count");
        count.addClassName("ladder-hint");
        empty.setId("team-goals-empty");
        empty.addClassName("ladder-empty");

        search.addValueChangeListener(e -> refresh());
        person.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        awaiting.addValueChangeListener(e -> refresh());

        if (!team.hasTeam()) {
            empty.setText("Nobody reports to you and you lead no unit, so there are no team goals to show.");
            add(empty);
            return;
        }
        add(filters, count, empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    TeamGoals.Filter filter() {
        return new TeamGoals.Filter(search.getValue(), status.getValue(),
                person.getValue() == null ? null : person.getValue().id(), awaiting.getValue());
    }

    private void refresh() {
        TeamGoals.Filter f = filter();
        long total = team.count(f);
        grid.setItems(q -> team.page(f, q.getOffset(), q.getLimit()).stream());
        boolean none = total == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setText(f.equals(TeamGoals.Filter.NONE) || f.equals(new TeamGoals.Filter("", null, null, false))
                ? "Your team has no goals yet." : "No team goal matches these filters.");
        count.setText(total == 1 ? "1 goal" : total + " goals");
    }
}
