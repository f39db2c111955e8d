package org.ladder.checkins.ui;

import java.util.List;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.ui.Formats;
import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckInView;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A person's check-ins, newest first, a page at a time: their own ({@code check-ins}), or a report's for their
 * manager chain and HR ({@code check-ins/42}). Anyone else ends on the access-denied page, as the service refuses
 * them too.
 */
@Route("check-ins/:personId?([0-9]+)")
@PermitAll
class CheckInHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    private final transient CheckInQueries queries;
    private final transient PeopleService people;
    private final transient CurrentUser currentUser;
    private long personId;
    private String title = "Check-ins";
    int offset;
    final Div list = new Div();
    final HorizontalLayout pager = new HorizontalLayout();

    CheckInHistoryView(CheckInQueries queries, PeopleService people, CurrentUser currentUser) {
        this.queries = queries;
        this.people = people;
        this.currentUser = currentUser;
        setId("check-in-history");
        addClassName("ladder-check-in-history");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long me = currentUser.require().personId();
        personId = event.getRouteParameters().getLong("personId").orElse(me);
        if (!queries.maySeeCheckInsOf(personId)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        boolean own = personId == me;
        String name = own ? "Your check-ins" : people.summaries(List.of(personId)).stream().findFirst()
                .map(PersonSummary::displayName).map(n -> "Check-ins of " + n).orElse("Check-ins");
        title = name;
        removeAll();
        add(new H2(name));
        if (own) {
            Anchor checkIn = new Anchor("check-in", "Check in now");
            checkIn.setId("check-in-now");
            add(new Paragraph(checkIn));
        }
        list.setId("check-in-list");
        list.setWidthFull();
        pager.setId("check-in-pager");
        add(list, pager);
        offset = 0;
        showPage();
    }

    void showPage() {
        list.removeAll();
        pager.removeAll();
        long total = queries.countOfPerson(personId);
        if (total == 0) {
            Paragraph none = new Paragraph("No check-ins yet.");
            none.setId("check-in-history-empty");
            none.addClassName("ladder-empty");
            list.add(none);
            return;
        }
        for (CheckInView checkIn : queries.ofPerson(personId, offset, PAGE_SIZE)) {
            list.add(card(checkIn));
        }
        Span where = new Span((offset + 1) + "–" + Math.min(total, offset + PAGE_SIZE) + " of " + total);
        Button newer = new Button("Newer", e -> {
            offset = Math.max(0, offset - PAGE_SIZE);
            showPage();
        });
        newer.setId("check-ins-newer");
        newer.setEnabled(offset > 0);
        Button older = new Button("Older", e -> {
            offset += PAGE_SIZE;
            showPage();
        });
        older.setId("check-ins-older");
        older.setEnabled(offset + PAGE_SIZE < total);
        newer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pager.add(newer, where, older);
        pager.setAlignItems(Alignment.CENTER);
    }

    private Div card(CheckInView checkIn) {
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-check-in-entry");
        card.setId("check-in-" + checkIn.id());
        card.setWidthFull();
        card.add(new H3(Formats.dateTime(checkIn.submittedAt())));
        for (CheckInView.GoalEntry g : checkIn.goals()) {
            Div goal = new Div();
            goal.addClassName("ladder-check-in-entry-goal");
            Span confidence = new Span(g.confidence().label());
            confidence.addClassNames("ladder-confidence", "ladder-confidence-" + g.confidence().name().toLowerCase()
                    .replace('_', '-'));
            goal.add(new Div(new Anchor("goal/" + g.goalId(), g.goalTitle()), new Span(" · "), confidence,
                    new Span(" · progress " + Formats.percent(g.progress()))));
            if (g.blockers() != null) {
                goal.add(new Paragraph("Blockers: " + g.blockers()));
            }
            if (g.comment() != null) {
                goal.add(new Paragraph(g.comment()));
            }
            card.add(goal);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
