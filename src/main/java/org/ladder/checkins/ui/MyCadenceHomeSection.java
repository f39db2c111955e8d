package org.ladder.checkins.ui;

import java.util.Optional;

import org.ladder.base.security.LadderUser;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.HomeSection;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.PersonCadence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Home: the person's own check-in cadence (how often, until when) and the open period's due date. */
@org.springframework.stereotype.Component
class MyCadenceHomeSection implements HomeSection {

    private final CheckInCadences cadences;

    MyCadenceHomeSection(CheckInCadences cadences) {
        this.cadences = cadences;
    }

    @Override
    public int order() {
        return 4; // after my goals
    }

    @Override
    public Component create(LadderUser user) {
        Optional<PersonCadence> mine = cadences.myCadence();
        if (mine.isEmpty() || !mine.get().running()) {
            return null;
        }
        return card(mine.get());
    }

    static Component card(PersonCadence c) {
        Div card = new Div(new H3("My check-ins"));
        card.setId("my-cadence-home");
        card.addClassName("ladder-card");
        Paragraph how = new Paragraph("You check in " + c.frequency().phrase() + " until " + Formats.date(c.endsOn())
                + ".");
        how.setId("my-cadence-frequency");
        card.add(how);
        if (c.openPeriod() != null) {
            Paragraph open = new Paragraph(c.openPeriod() + ": due " + Formats.dateTime(c.openDue()) + ".");
            open.setId("my-cadence-open");
            Button go = new Button("Check in now", e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(CheckInTaskForm.CHECK_IN_ROUTE)));
            go.setId("my-cadence-check-in");
            card.add(open, go);
        } else {
            card.add(new Paragraph("No check-in is open right now; the next period will ask you."));
        }
        if (c.missedPeriods() > 0) {
            Paragraph missed = new Paragraph(Plural.count(c.missedPeriods(), "period") + " missed so far.");
            missed.setId("my-cadence-missed");
            card.add(missed);
        }
        return card;
    }
}
