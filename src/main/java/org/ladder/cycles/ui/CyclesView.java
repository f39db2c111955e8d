package org.ladder.cycles.ui;

import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleStatus;
import org.ladder.cycles.CycleSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR's and administrators' list of alignment cycles, newest period first, paged: name (opening the cycle's page),
 * period, scope, phase with its deadline, status; an empty state; “Launch a cycle” opens the wizard.
 */
@Route("cycles")
@PageTitle("Alignment cycles")
@Menu(order = 38, title = "Cycles", icon = "vaadin:refresh")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class CyclesView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final transient CycleQueries queries;
    private final transient CycleLaunches launches;
    final Grid<CycleSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Span count = new Span();
    final Button launch = new Button("Launch a cycle", VaadinIcon.PLAY_CIRCLE_O.create());
    private Registration resize;

    CyclesView(CycleQueries queries, CycleLaunches launches) {
        this.queries = queries;
        this.launches = launches;
        setId("cycles-view");
        setSizeFull();

        launch.setId("cycles-launch");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LaunchCycleView.class)));
        H2 heading = new H2("Alignment cycles");
        heading.addClassName("ladder-cycles-heading");
        FlexLayout head = new FlexLayout(heading, launch);
        head.addClassName("ladder-cycles-head");
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setWidthFull();

        count.setId("cycles-count");
        count.addClassName("ladder-hint");
        empty.setId("cycles-empty");
        empty.addClassName("ladder-empty");
        empty.setText("No cycle has been launched yet. A cycle takes the organisation, or a part of it, through "
                + "defining the strategy, cascading goals, check-ins, reviews and the revision; launch the first one "
                + "to begin.");

        grid.setId("cycles-grid");
        grid.addComponentColumn(CyclesView::nameCell).setHeader("Cycle").setKey("name").setFlexGrow(3)
                .setWidth("12rem");
        grid.addColumn(c -> Formats.period(c.periodStart(), c.periodEnd())).setHeader("Period").setKey("period")
                .setFlexGrow(2).setWidth("12rem");
        grid.addColumn(c -> scope(c)).setHeader("Scope").setKey("scope").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(CyclesView::phase).setHeader("Phase").setKey("phase").setFlexGrow(2).setWidth("10rem");
        grid.addComponentColumn(c -> status(c.status())).setHeader("Status").setKey("status").setFlexGrow(0)
                .setWidth("8rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.setSizeFull();

        add(head, count, empty, grid);
        setFlexGrow(1, grid);
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long total;
        try {
            total = queries.countCycles();
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        launch.setVisible(launches.mayLaunch());
        count.setText(Plural.count(total, "cycle", "cycles"));
        count.setVisible(total > 0);
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        if (total > 0) {
            grid.setItems(q -> queries.cycles(q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, queries.countCycles()));
        }
    }

    /** At a phone's width the list keeps the cycle (with its period below it) and its phase. */
    void fitColumns(int width) {
        boolean wide = width >= LaunchCycleView.NARROW;
        grid.getColumnByKey("period").setVisible(wide);
        grid.getColumnByKey("scope").setVisible(wide);
        grid.getColumnByKey("status").setVisible(wide);
    }

    private static Component nameCell(CycleSummary c) {
        Anchor link = new Anchor(CycleLinks.pagePath(c.id()), c.name());
        link.addClassName("ladder-cycle-name");
        Span period = new Span(Formats.period(c.periodStart(), c.periodEnd()) + " · " + scope(c));
        period.addClassNames("ladder-hint", "ladder-phone-only");
        Div cell = new Div(link, period);
        cell.addClassName("ladder-cycle-cell");
        return cell;
    }

    static String scope(CycleSummary c) {
        return c.scopeUnitId() == null ? "Whole organisation" : c.scopeName() + " and below";
    }

    /** “Cascade, until 31 Jan 2027”; a cycle that is over shows its status instead. */
    static String phase(CycleSummary c) {
        if (c.status().isOver()) {
            return c.status() == CycleStatus.CLOSED ? "Closed" : "Cancelled in " + c.phase().label().toLowerCase();
        }
        return c.phase().label() + (c.phaseDeadline() == null ? "" : ", until " + Formats.date(c.phaseDeadline()));
    }

    static Span status(CycleStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("ladder-cycle-status", "ladder-cycle-status-" + status.name().toLowerCase());
        return badge;
    }
}
