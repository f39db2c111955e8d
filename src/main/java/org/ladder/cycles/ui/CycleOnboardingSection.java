package org.ladder.cycles.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.base.ui.GridHeight;
import org.ladder.cycles.CycleOnboarding;
import org.ladder.cycles.OnboardingFigures;
import org.ladder.cycles.OnboardingRow;
import org.ladder.cycles.OnboardingStage;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The onboarding part of the cycle page (ADR 0029): how many people joined during the cycle, how many acknowledge
 * the charter, set their first goals or are onboarded, how many are overdue or escalated, and a paged list of them
 * (open ones first, the earliest deadline first), filterable by stage. It shows what {@link CycleOnboarding} lets
 * the viewer see (HR: the whole cycle; a unit head: their units); the cycle page adds it only when
 * {@link CycleOnboarding#maySee()} holds. Call {@link #refresh()} when the page updates live.
 */
public class CycleOnboardingSection extends Composite<VerticalLayout> {

    static final int PAGE_SIZE = 50;
    /** Up to this many people the list is as tall as its rows; beyond, it keeps a fixed height and loads lazily. */
    static final int ALL_ROWS_UP_TO = 10;
    static final String EMPTY = "Nobody has joined a unit of this cycle since it was launched. People who join "
            + "later are listed here while they acknowledge the charter and set their first goals.";

    private final CycleOnboarding onboarding;
    private final long cycleId;
    final Paragraph figures = new Paragraph();
    final Select<OnboardingStage> stage = new Select<>();
    final Grid<OnboardingRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph(EMPTY);

    public CycleOnboardingSection(CycleOnboarding onboarding, long cycleId) {
        this.onboarding = onboarding;
        this.cycleId = cycleId;
        VerticalLayout root = getContent();
        root.setId("cycle-onboarding");
        root.setPadding(false);
        H3 title = new H3("Onboarding of people who joined during the cycle");
        figures.setId("cycle-onboarding-figures");
        empty.setId("cycle-onboarding-empty");

        stage.setId("cycle-onboarding-stage");
        stage.setLabel("Stage");
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("All stages");
        stage.setItems(OnboardingStage.values());
        stage.setItemLabelGenerator(s -> s == null ? "All stages" : s.label());
        stage.addValueChangeListener(e -> reloadList());

        grid.setId("cycle-onboarding-people");
        grid.addColumn(OnboardingRow::personName).setHeader("Person").setFlexGrow(2);
        grid.addColumn(OnboardingRow::unitName).setHeader("Unit").setFlexGrow(2);
        grid.addColumn(r -> r.managerName() == null ? "No manager" : r.managerName()).setHeader("Manager")
                .setFlexGrow(2);
        grid.addComponentColumn(CycleOnboardingSection::stageBadge).setHeader("Stage").setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.joinedAt())).setHeader("Joined").setFlexGrow(1);
        grid.addColumn(r -> Formats.date(r.goalsDueAt())).setHeader("Goals due").setFlexGrow(1);
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(q -> onboarding.rows(cycleId, stage.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) onboarding.count(cycleId, stage.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", "People onboarding in this cycle");

        root.add(title, figures, stage, grid, empty);
        refresh();
    }

    /**
     * Reads the figures again and reloads the list. Nobody joined: one empty state says so, without figures of
     * zeros, a stage filter or an empty list.
     */
    public void refresh() {
        OnboardingFigures f = onboarding.figures(cycleId);
        boolean none = f.total() == 0;
        figures.setText(none ? "" : text(f));
        figures.setVisible(!none);
        empty.setVisible(none);
        grid.setVisible(!none);
        stage.setVisible(!none);
        if (!none) {
            reloadList();
        }
    }

    /** Reloads the list: as tall as its rows when they are few, a fixed height with lazy loading when many. */
    private void reloadList() {
        GridHeight.fit(grid, onboarding.count(cycleId, stage.getValue()), ALL_ROWS_UP_TO, "24rem");
        grid.getDataProvider().refreshAll();
    }

    /** The figures of people who joined (at least one). */
    static String text(OnboardingFigures f) {
        return String.join(" · ", List.of(f.total() + " joined", f.acknowledging() + " acknowledging the charter",
                f.settingGoals() + " setting first goals", f.done() + " onboarded (" + f.percentDone() + " %)",
                f.overdue() + " overdue", f.escalated() + " escalated", f.closed() + " closed"));
    }

    private static Div stageBadge(OnboardingRow r) {
        String text = r.stage() == OnboardingStage.CLOSED && r.closeReason() != null
                ? "Closed: " + r.closeReason().label().toLowerCase(java.util.Locale.ROOT) : r.stage().label();
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge" + (r.overdue() ? " error" : r.stage()
                == OnboardingStage.DONE ? " success" : ""));
        Div cell = new Div(badge);
        if (r.overdue()) {
            cell.add(new Span(" overdue"));
        }
        if (r.escalatedTo() != null) {
            cell.add(new Span(" · escalated to " + r.escalatedTo()));
        }
        return cell;
    }
}
