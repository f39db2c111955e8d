package org.ladder.charter.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.charter.CharterComparison;
import org.ladder.charter.CharterComparison.ItemChange;
import org.ladder.charter.CharterService;
import org.ladder.charter.VersionSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Every charter version, why it changed, and any two side by side with the differences highlighted. */
@Route("charter/history")
@PageTitle("Charter history")
@PermitAll
class CharterHistoryView extends VerticalLayout {

    private final transient CharterService charter;
    final Select<VersionSummary> from = new Select<>();
    final Select<VersionSummary> to = new Select<>();
    final Div comparison = new Div();

    CharterHistoryView(CharterService charter) {
        this.charter = charter;
        setId("charter-history");
        RouterLink back = new RouterLink("← Mission & strategy", CharterView.class);
        back.setId("history-back");
        add(back);
        List<VersionSummary> history = charter.history();
        Grid<VersionSummary> grid = new Grid<>(VersionSummary.class, false);
        grid.setId("charter-versions");
        grid.addColumn(VersionSummary::number).setHeader("Version").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(v -> v.status().label()).setHeader("Status").setWidth("9em").setFlexGrow(0);
        grid.addColumn(v -> Formats.date(v.publishedAt()))
                .setHeader("Published").setWidth("9em").setFlexGrow(0);
        grid.addColumn(v -> v.changeReason() == null ? "" : v.changeReason()).setHeader("Why it changed")
                .setFlexGrow(1);
        grid.addColumn(v -> v.draftedByName() == null ? "" : v.draftedByName()).setHeader("Drafted by")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No versions yet.");
        add(grid);

        if (history.size() < 2) {
            add(new Paragraph("Two versions are needed to compare."));
            return;
        }
        from.setLabel("Compare");
        to.setLabel("with");
        from.setId("compare-from");
        to.setId("compare-to");
        for (Select<VersionSummary> s : List.of(from, to)) {
            s.setItems(history);
            s.setItemLabelGenerator(v -> "Version " + v.number() + " (" + v.status().label().toLowerCase() + ")");
            s.setWidth("min(100%, 15rem)");
            s.addValueChangeListener(e -> refresh());
        }
        from.setValue(history.get(1));
        to.setValue(history.get(0));
        comparison.setId("charter-comparison");
        comparison.setWidthFull();
        HorizontalLayout pick = new HorizontalLayout(from, to);
        pick.setWrap(true); // on a phone the two choices stack
        pick.setWidthFull();
        add(pick, comparison);
    }

    private void refresh() {
        comparison.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        CharterComparison c = charter.compare(from.getValue().id(), to.getValue().id());
        Div left = column("Version " + c.from().number(), c, true);
        Div right = column("Version " + c.to().number(), c, false);
        HorizontalLayout sides = new HorizontalLayout(left, right);
        sides.setWidthFull();
        sides.addClassName("ladder-side-by-side");
        comparison.add(sides);
    }

    private static Div column(String title, CharterComparison c, boolean old) {
        Div col = new Div(new H3(title));
        col.addClassName("ladder-compare-column");
        col.add(new H4("Mission"), ChangeRendering.side(c.mission(), old, !old));
        col.add(new H4("Vision"), ChangeRendering.side(c.vision(), old, !old));
        col.add(new H4("Values"), items(c.values(), old));
        col.add(new H4("Strategic pillars"), items(c.pillars(), old));
        return col;
    }

    private static Component items(List<ItemChange> items, boolean old) {
        Div box = new Div();
        for (ItemChange i : items) {
            boolean onThisSide = old ? i.change() != CharterComparison.Change.ADDED
                    : i.change() != CharterComparison.Change.REMOVED;
            if (!onThisSide) {
                continue;
            }
            Div item = new Div();
            item.addClassName("ladder-change-item");
            Div name = new Div();
            name.setText(i.name());
            if (i.change() == CharterComparison.Change.ADDED) {
                name.addClassName("ladder-change-added");
            } else if (i.change() == CharterComparison.Change.REMOVED) {
                name.addClassName("ladder-change-removed");
            }
            item.add(name, ChangeRendering.side(i.description(), old, !old));
            box.add(item);
        }
        return box;
    }
}
