package org.ladder.reviews.ui;

import java.util.List;
import java.util.Optional;

import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.reviews.CalibrationSummary;
import org.ladder.reviews.RatingDistributions;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewLaunches;
import org.ladder.reviews.ReviewOverview;
import org.ladder.reviews.ReviewRoundProgress;
import org.ladder.reviews.ReviewRoundSummary;
import org.ladder.reviews.ReviewRow;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.UnitReviewProgress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR's review overview per round, for everyone in it or a unit with the units below it: how many reviews are at
 * each step, the late ones (longest overdue first, page by page), the units' progress, and the performance and
 * alignment ratings side by side with the two-by-two of performance against alignment, each chart with its figures.
 */
@Route(ReviewOverviewView.ROUTE + "/:roundKey?")
@PageTitle("Review overview")
@Menu(order = 43, title = "Review overview", icon = "vaadin:chart-grid")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReviewOverviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "review-overview";
    static final int LATE_PAGE = 25;

    private final transient ReviewOverview overview;
    private final transient ReviewLaunches launches;
    private final transient PeopleService people;
    private final transient ReviewCalibrations calibrations;
    final Div calibrationList = new Div();
    final Select<ReviewRoundSummary> round = new Select<>();
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final Paragraph roundFacts = new Paragraph();
    final Div progress = new Div();
    final Div charts = new Div();
    final Grid<ReviewRow> late = new Grid<>();
    final Span lateCount = new Span();
    final Grid<UnitReviewProgress> units = new Grid<>();
    final Div body = new Div();
    private boolean navigating;

    ReviewOverviewView(ReviewOverview overview, ReviewLaunches launches, PeopleService people,
            ReviewCalibrations calibrations) {
        this.calibrations = calibrations;
        this.overview = overview;
        this.launches = launches;
        this.people = people;
        setId("review-overview");
        addClassName("ladder-reviews");
        setWidthFull();

        Button start = new Button("Start reviews", VaadinIcon.PLAY.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("review-rounds/new")));
        start.setId("review-overview-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout head = new FlexLayout(new H2("Review overview"), start);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassName("ladder-review-buttons");
        head.setWidthFull();
        add(head);

        round.setId("review-overview-round");
        round.setLabel("Review round");
        round.setItemLabelGenerator(r -> r.name() + " (" + Formats.period(r.periodStart(), r.periodEnd()) + ")");
        unit.setId("review-overview-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setItems(q -> people.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("Everyone in the round");
        unit.setHelperText("With the units below it");
        FlexLayout controls = new FlexLayout(round, unit);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassName("ladder-pulse-controls");
        controls.setWidthFull();

        roundFacts.setId("review-overview-round-facts");
        roundFacts.addClassName("ladder-hint");
        progress.setId("review-overview-progress");
        progress.addClassName("ladder-review-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        charts.setId("review-overview-charts");
        charts.setWidthFull();

        late.setId("review-overview-late");
        late.addColumn(ReviewRow::personName).setHeader("Person").setFlexGrow(2);
        late.addColumn(r -> ReviewFormat.step(r.step())).setHeader("Step").setFlexGrow(1);
        late.addColumn(r -> r.managerName() == null ? "—" : r.managerName()).setHeader("Manager").setFlexGrow(1);
        late.addColumn(r -> Formats.date(r.dueAt())).setHeader("Was due").setFlexGrow(0).setWidth("8.5rem");
        late.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        late.setPageSize(LATE_PAGE);
        late.setHeight("16rem");
        late.setEmptyStateText("Nothing is late.");
        lateCount.setId("review-overview-late-count");
        lateCount.addClassName("ladder-hint");

        units.setId("review-overview-units");
        units.addColumn(UnitReviewProgress::unitName).setHeader("Unit").setFlexGrow(2);
        units.addColumn(UnitReviewProgress::total).setHeader("Reviews").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("6.5rem");
        units.addColumn(u -> done(u.atStep())).setHeader("Done").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setWidth("6rem");
        units.addColumn(UnitReviewProgress::late).setHeader("Late").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setWidth("5.5rem");
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setPageSize(50);
        units.setHeight("16rem");
        units.setEmptyStateText("No reviews in this round.");

        body.setWidthFull();
        calibrationList.setId("review-overview-calibrations");
        body.add(roundFacts, new H3("Progress"), progress, calibrationList, new H3("Ratings"), charts, new H3("Late"),
                lateCount, late, new H3("Per unit"), units);
        add(controls, body);
        round.addValueChangeListener(e -> {
            if (!navigating && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReviewOverviewView.class,
                        new RouteParameters("roundKey", e.getValue().roundKey())));
            }
        });
        unit.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ReviewRoundSummary> all = launches.rounds();
        if (all.isEmpty()) {
            removeAll();
            H2 title = new H2("Review overview");
            Paragraph none = new Paragraph("No review round has started yet. Start one for a unit or everyone with "
                    + "a template; its progress and ratings show here.");
            none.setId("review-overview-empty");
            none.addClassName("ladder-empty");
            Button start = new Button("Start reviews", e -> getUI().ifPresent(ui -> ui.navigate("review-rounds/new")));
            start.setId("review-overview-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(title, none, start);
            return;
        }
        Optional<String> key = event.getRouteParameters().get("roundKey");
        ReviewRoundSummary chosen = key.flatMap(k -> all.stream().filter(r -> r.roundKey().equals(k)).findFirst())
                .orElse(all.get(0));
        navigating = true;
        round.setItems(all);
        round.setValue(chosen);
        navigating = false;
        refresh();
    }

    void refresh() {
        ReviewRoundSummary r = round.getValue();
        if (r == null) {
            return;
        }
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        String scope = unit.getValue() == null ? (r.unitName() == null ? "everyone in the round" : r.unitName()
                + " and the units below it") : unit.getValue().name() + " and the units below it";
        roundFacts.setText(Plural.count(r.reviews(), "review") + " for " + (r.unitName() == null ? "everyone"
                : r.unitName() + " and the units below it") + ", period " + Formats.period(r.periodStart(),
                        r.periodEnd()) + "; started by " + r.startedBy() + " on " + Formats.date(r.startedAt())
                + (r.cancelledAt() != null ? "; cancelled on " + Formats.date(r.cancelledAt()) : "") + ".");
        ReviewRoundProgress p = overview.progress(r.roundKey(), unitId);
        progress.removeAll();
        progress.add(figure("review-progress-total", "Reviews", String.valueOf(p.total())));
        for (ReviewStep step : ReviewStep.values()) {
            progress.add(figure("review-progress-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    ReviewFormat.step(step), String.valueOf(p.atStep().getOrDefault(step, 0))));
        }
        progress.add(figure("review-progress-late", "Late", String.valueOf(p.late())));

        RatingDistributions d = overview.distributions(r.roundKey(), unitId);
        charts.removeAll();
        Paragraph rated = new Paragraph(d.rated() == 0 ? "No review of " + scope + " has both ratings yet: the "
                + "charts fill in as managers write their reviews." : Plural.count(d.rated(), "review")
                        + " of " + scope + " with both ratings" + (d.highPerformanceLowAlignment() > 0 ? "; "
                                + Plural.count(d.highPerformanceLowAlignment(), "person", "people")
                                + " with high performance and low alignment." : "."));
        rated.setId("review-overview-rated");
        Div quadrants = new Div(ReviewCharts.quadrants(ReviewCharts.Quadrants.of(d), scope));
        quadrants.addClassName("ladder-review-quadrants");
        charts.add(rated, ReviewCharts.sideBySide(d, scope), quadrants);

        String roundKey = r.roundKey();
        long lateTotal = overview.countLate(roundKey);
        lateCount.setText(lateTotal == 0 ? "Nothing late in the round." : Plural.count(lateTotal, "late review")
                + " in the round, the longest overdue first.");
        late.setItems(q -> overview.late(roundKey, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, lateTotal));
        units.setItems(overview.perUnit(roundKey));

        calibrationList.removeAll();
        List<CalibrationSummary> open = calibrations.myCalibrations().stream()
                .filter(c -> c.roundKey().equals(roundKey)).toList();
        if (!open.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (CalibrationSummary c : open) {
                Anchor a = new Anchor(CalibrationView.ROUTE + "/" + c.calibrationId(), "Calibrate " + c.unitName()
                        + " (" + Plural.count(c.people(), "person", "people") + ")");
                a.setId("review-overview-calibration-" + c.calibrationId());
                list.add(new ListItem(a));
            }
            calibrationList.add(new H3("Calibrations open"), list);
        }
    }

    private static int done(java.util.Map<ReviewStep, Integer> at) {
        return at.getOrDefault(ReviewStep.DONE, 0);
    }

    private static Div figure(String id, String label, String value) {
        Span v = new Span(value);
        v.addClassName("ladder-card-value");
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        Div d = new Div(v, l);
        d.setId(id);
        d.addClassNames("ladder-card", "ladder-review-step-count");
        return d;
    }
}
