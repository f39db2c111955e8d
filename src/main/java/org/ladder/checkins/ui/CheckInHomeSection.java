package org.ladder.checkins.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.HomeSection;
import org.ladder.checkins.CheckInForm;
import org.ladder.checkins.CheckInLimits;
import org.ladder.checkins.CheckInQueries;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Home: asks the person to check in when they have active goals and their last check-in is a week old or there is
 * none; nothing otherwise.
 */
@org.springframework.stereotype.Component
class CheckInHomeSection implements HomeSection {

    private final CheckInQueries queries;
    private final Clock clock;

    CheckInHomeSection(CheckInQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 2; // after "to do", before my goals
    }

    /** Whether a check-in is due: never checked in, or the last one at least a week ago. */
    static boolean due(Instant last, Instant now) {
        return last == null || !Duration.between(last, now).minusDays(CheckInLimits.STALE_AFTER_DAYS).isNegative();
    }

    @Override
    public Component create(LadderUser user) {
        CheckInForm form = queries.form();
        if (!form.hasGoals() || !due(form.lastCheckInAt(), clock.instant())) {
            return null;
        }
        Div card = new Div();
        card.setId("check-in-home");
        card.addClassNames("ladder-card", "ladder-check-in-home");
        card.add(new H3("Time to check in"));
        int goals = form.goals().size();
        String what = goals == 1 ? "your active goal" : "your " + goals + " active goals";
        card.add(new Paragraph(form.lastCheckInAt() == null
                ? "You have not checked in yet. Tell where " + what + (goals == 1 ? " stands" : " stand")
                        + " and how confident you are: it takes a few minutes."
                : "Your last check-in was on " + Formats.date(form.lastCheckInAt()) + ". Update " + what + "."));
        Anchor go = new Anchor("check-in", "Check in now");
        go.setId("check-in-home-link");
        card.add(new Paragraph(go));
        return card;
    }
}
