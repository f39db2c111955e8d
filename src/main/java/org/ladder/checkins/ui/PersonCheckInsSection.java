package org.ladder.checkins.ui;

import java.time.Instant;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.Formats;
import org.ladder.checkins.CheckInQueries;
import org.ladder.people.PersonPageSection;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A person's page: when they last checked in and a link to their check-ins, for those who may see them. */
@org.springframework.stereotype.Component
class PersonCheckInsSection implements PersonPageSection {

    private final CheckInQueries queries;

    PersonCheckInsSection(CheckInQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(PersonSummary person, LadderUser viewer) {
        if (!queries.maySeeCheckInsOf(person.id())) {
            return null;
        }
        Instant last = queries.lastCheckInAt(person.id()).orElse(null);
        Div section = new Div(new H3("Check-ins"));
        section.setId("person-check-ins");
        section.addClassName("ladder-person-section");
        Paragraph p = new Paragraph(last == null ? "No check-in yet. " : "Last check-in on " + Formats.date(last)
                + ". ");
        if (last != null) {
            p.add(new Anchor("check-ins/" + person.id(), "All check-ins"));
        }
        section.add(p);
        return section;
    }
}
