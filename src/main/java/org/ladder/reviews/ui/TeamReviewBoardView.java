package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.reviews.CalibrationSummary;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.ReviewRoundSummary;
import org.ladder.reviews.ReviewRow;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's team review board: everyone below them in a round, at which step, due when, late ones first, page by
 * page; a row opens the review. Calibrations waiting for the manager (as the head of a unit) are listed above.
 */
@Route(TeamReviewBoardView.ROUTE)
@PageTitle("Team reviews")
@Menu(order = 8.6, title = "Team reviews", icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.MANAGER})
class TeamReviewBoardView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "team-reviews";
    static final int PAGE = 50;

    private final transient ReviewQueries queries;
    private final transient ReviewCalibrations calibrations;
    final Select<ReviewRoundSummary> round = new Select<>();
    final Grid<ReviewRow> board = new Grid<>();
    final Span count = new Span();
    final Div calibrationList = new Div();

    TeamReviewBoardView(ReviewQueries queries, ReviewCalibrations calibrations) {
        this.queries = queries;
        this.calibrations = calibrations;
        setId("team-reviews-view");
        addClassName("ladder-reviews");
        setWidthFull();
        round.setId("team-reviews-round");
        round.setLabel("Review round");
        round.setWidth("min(100%, 30rem)");
        round.setItemLabelGenerator(r -> r.name() + " (" + Formats.period(r.periodStart(), r.periodEnd()) + ")");
        round.addValueChangeListener(e -> refresh());
        board.setId("team-reviews-board");
        board.addComponentColumn(r -> {
            Anchor a = new Anchor(ReviewView.path(r.reviewId()), r.personName());
            a.setId("team-review-" + r.reviewId());
            return a;
        }).setHeader("Person").setFlexGrow(2);
        board.addComponentColumn(r -> ReviewFormat.stepBadge(r.step(), r.late())).setHeader("Step").setFlexGrow(2);
        board.addColumn(r -> r.dueAt() == null ? "—" : Formats.date(r.dueAt())).setHeader("Due").setFlexGrow(0)
                .setWidth("8.5rem");
        board.addColumn(r -> r.managerName() == null ? "—" : r.managerName()).setHeader("Manager").setFlexGrow(1);
        board.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        board.setPageSize(PAGE);
        board.setHeight("28rem");
        board.setEmptyStateText("Nobody of your team is in this round.");
        count.setId("team-reviews-count");
        count.addClassName("ladder-hint");
        calibrationList.setId("team-reviews-calibrations");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Team reviews"));
        List<CalibrationSummary> waiting = calibrations.myCalibrations();
        calibrationList.removeAll();
        if (!waiting.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (CalibrationSummary c : waiting) {
                Anchor a = new Anchor(CalibrationView.ROUTE + "/" + c.calibrationId(), "Calibrate " + c.unitName()
                        + " (" + c.roundName() + ", " + Plural.count(c.people(), "person", "people") + ")");
                a.setId("team-reviews-calibration-" + c.calibrationId());
                list.add(new ListItem(a));
            }
            calibrationList.add(new H3("Calibrations for you"), list);
            add(calibrationList);
        }
        List<ReviewRoundSummary> rounds = queries.teamRounds();
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph("Nobody below you is in a review round yet.");
            none.setId("team-reviews-empty");
            none.addClassName("ladder-empty");
            add(none);
            return;
        }
        round.setItems(rounds);
        add(round, count, board);
        round.setValue(rounds.get(0));
    }

    void refresh() {
        ReviewRoundSummary r = round.getValue();
        if (r == null) {
            return;
        }
        String key = r.roundKey();
        long total = queries.countTeamBoard(key);
        count.setText(Plural.count(total, "review") + ", late ones first.");
        board.setItems(q -> queries.teamBoard(key, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, total));
    }
}
