package org.ladder.tasks.ui;

import java.time.Clock;
import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.base.text.Plural;
import org.ladder.people.PersonPageSection;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.PendingAcknowledgement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A person's page: what they have not acknowledged yet (for the person, their managers, HR, admins and leadership;
 * nobody else sees this section).
 */
@org.springframework.stereotype.Component
class PersonAcknowledgementsSection implements PersonPageSection {

    private final AcknowledgementService acknowledgements;
    private final TaskFormat format;

    PersonAcknowledgementsSection(AcknowledgementService acknowledgements, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.format = new TaskFormat(clock);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(PersonSummary person, LadderUser viewer) {
        if (!person.active() || !acknowledgements.maySeeAcknowledgementsOf(person.id())) {
            return null;
        }
        List<PendingAcknowledgement> pending = acknowledgements.pendingOf(person.id());
        Div section = new Div(new H3("Acknowledgements"));
        section.setId("person-acknowledgements");
        section.addClassName("ladder-person-section");
        if (pending.isEmpty()) {
            Paragraph done = new Paragraph((viewer.personId() == person.id() ? "You have" : person.displayName()
                    + " has") + " acknowledged every change asked for.");
            done.setId("person-acknowledgements-state");
            section.add(done);
            return section;
        }
        Paragraph state = new Paragraph(Plural.count(pending.size(), "change") + " not acknowledged yet:");
        state.setId("person-acknowledgements-state");
        UnorderedList list = new UnorderedList();
        pending.forEach(p -> list.add(new ListItem(p.title() + " (asked " + format.dateTime(p.requestedAt()) + ")")));
        section.add(state, list);
        return section;
    }
}
