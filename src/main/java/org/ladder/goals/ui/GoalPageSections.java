package org.ladder.goals.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.goals.ChangeProgress;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalRef;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.RevisionEntry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The read-only parts of a goal's page, built from what the page loaded: the key results, the goals that contribute
 * to it, how far its changes are acknowledged, its history.
 */
final class GoalPageSections {

    private GoalPageSections() {
    }

    static Component keyResults(GoalDetails g) {
        if (g.keyResults().isEmpty()) {
            Paragraph none = new Paragraph("No key results: progress comes from the goals below it.");
            none.setId("goal-no-key-results");
            none.addClassName("ladder-hint");
            return none;
        }
        Grid<KeyResultView> grid = new Grid<>();
        grid.setId("goal-key-results");
        grid.addColumn(KeyResultView::name).setHeader("Key result").setFlexGrow(3);
        grid.addColumn(kr -> kr.type().label()).setHeader("Type").setFlexGrow(1);
        grid.addColumn(KeyResultFormat::range).setHeader("Baseline → target").setFlexGrow(1);
        grid.addColumn(kr -> KeyResultFormat.value(kr, kr.current())).setHeader("Current").setFlexGrow(1);
        grid.addColumn(kr -> kr.weight() + "%").setHeader("Weight").setFlexGrow(0).setWidth("6em");
        grid.addComponentColumn(kr -> ProgressMeter.of(kr.progress())).setHeader("Progress").setFlexGrow(0)
                .setWidth("11em");
        grid.setItems(g.keyResults());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    static Component refList(List<GoalRef> refs, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("ladder-goal-list");
        for (GoalRef r : refs) {
            Span meta = new Span(" · " + GoalLabels.meta(r.level(), r.ownerName()) + " · " + Formats.percent(r.progress()));
            meta.addClassName("ladder-hint");
            list.add(new ListItem(GoalLinks.link(r), meta));
        }
        return list;
    }

    static Component changeProgress(List<ChangeProgress> progress) {
        Div box = new Div();
        box.setId("goal-change-progress");
        box.addClassName("ladder-change-progress");
        for (ChangeProgress c : progress) {
            Div row = new Div();
            row.addClassName("ladder-change-progress-row");
            row.setId("change-progress-" + c.revisionId());
            Span what = new Span("Revision " + c.revisionNumber() + " · " + Formats.dateTime(c.changedAt())
                    + (c.summary() == null ? "" : " · " + c.summary()));
            Span numbers = new Span(c.acknowledged() + " of " + c.total() + " acknowledged (" + c.percent() + "%)"
                    + (c.timeToComplete() != null ? " · everyone within " + Formats.duration(c.timeToComplete())
                            : c.closedAt() != null ? " · closed by HR" : " · still open"));
            numbers.addClassName("ladder-hint");
            row.add(what, ProgressMeter.of(c.percent()), numbers);
            box.add(row);
        }
        return box;
    }

    static Component history(List<RevisionEntry> revisions) {
        Div box = new Div();
        box.setId("goal-history");
        box.addClassName("ladder-history");
        if (revisions.isEmpty()) {
            box.add(new Paragraph("No history yet."));
        }
        for (RevisionEntry r : revisions) {
            Div entry = new Div();
            entry.addClassName("ladder-history-entry");
            if (r.material()) {
                entry.addClassName("ladder-history-material");
            }
            Span head = new Span("#" + r.number() + " · " + Formats.dateTime(r.at()) + " · " + r.actorName()
                    + " · " + GoalLabels.revisionKind(r.kind()));
            head.addClassName("ladder-history-head");
            entry.add(head);
            if (!r.changes().isEmpty()) {
                UnorderedList changes = new UnorderedList();
                r.changes().forEach(c -> changes.add(new ListItem(c)));
                entry.add(changes);
            }
            if (r.reason() != null && !r.reason().isBlank()) {
                Span why = new Span("Why: " + r.reason());
                why.addClassName("ladder-history-reason");
                entry.add(why);
            }
            box.add(entry);
        }
        return box;
    }
}
