package org.ladder.conversations.ui;

import java.util.Optional;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.conversations.OneOnOneQueries;
import org.ladder.conversations.OneOnOneSummary;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * "1:1s": the caller's own 1:1 with their manager, and for a manager every direct report with when they last met,
 * the open action items and the topics waiting. A row opens the 1:1.
 */
@Route("one-on-ones")
@PageTitle("1:1s")
@Menu(order = 8.2, title = "1:1s", icon = "vaadin:comments")
@PermitAll
class OneOnOnesView extends VerticalLayout {

    static final int PAGE_SIZE = 50;

    final Grid<OneOnOneSummary> reports = new Grid<>();

    OneOnOnesView(OneOnOneQueries queries) {
        setId("one-on-ones-view");
        addClassName("ladder-one-on-ones");

        Optional<OneOnOneSummary> mine = queries.withMyManager();
        long reportCount = queries.countMyReports();
        if (mine.isEmpty() && reportCount == 0) {
            Paragraph none = new Paragraph("You have no manager and nobody reports to you, so there are no 1:1s "
                    + "to show.");
            none.setId("one-on-ones-empty");
            none.addClassName("ladder-empty");
            add(none);
            return;
        }
        mine.ifPresent(m -> add(myOneOnOne(m)));
        if (reportCount > 0) {
            H2 heading = new H2("Your reports");
            heading.addClassName("ladder-section-heading");
            Span count = new Span(Plural.count(reportCount, "person", "people"));
            count.addClassName("ladder-hint");
            reports.setId("one-on-ones-reports");
            reports.addComponentColumn(r -> OneOnOneLinks.link(r.reportName(), OneOnOneLinks.path(r.reportId())))
                    .setHeader("Report").setKey("report").setFlexGrow(2);
            reports.addColumn(r -> r.lastHeldOn() == null ? "Not yet" : Formats.date(r.lastHeldOn()))
                    .setHeader("Last 1:1").setKey("lastHeld").setFlexGrow(1);
            reports.addColumn(r -> Plural.count(r.openActions(), "open action", "open actions"))
                    .setHeader("Action items").setKey("actions").setFlexGrow(1);
            reports.addColumn(r -> Plural.count(r.topicsWaiting(), "topic", "topics"))
                    .setHeader("Topics waiting").setKey("topics").setFlexGrow(1);
            reports.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            reports.addClassName("ladder-clickable-rows");
            reports.setPageSize(PAGE_SIZE);
            reports.setAllRowsVisible(reportCount <= 20);
            reports.setItems(q -> queries.myReports(q.getOffset(), q.getLimit()).stream());
            reports.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                    OneOnOneLinks.path(e.getItem().reportId()))));
            add(heading, count, reports);
        }
    }

    private static Div myOneOnOne(OneOnOneSummary m) {
        Div card = new Div(new H3("Your 1:1 with " + m.managerName()));
        card.setId("one-on-ones-mine");
        card.addClassName("ladder-card");
        Paragraph state = new Paragraph((m.lastHeldOn() == null ? "Not held yet" : "Last held "
                + Formats.date(m.lastHeldOn())) + " · " + Plural.count(m.topicsWaiting(), "topic", "topics")
                + " waiting · " + Plural.count(m.openActions(), "open action item", "open action items"));
        state.addClassName("ladder-hint");
        card.add(state, OneOnOneLinks.link("Open your 1:1", OneOnOneLinks.path(m.reportId())));
        return card;
    }
}
