package org.ladder.conversations.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.conversations.OneOnOneQueries;
import org.ladder.people.PersonPageSection;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A person's page, for their manager (and the chain above, and HR): a link to the person's 1:1. */
@org.springframework.stereotype.Component
class OneOnOnePersonSection implements PersonPageSection {

    private final OneOnOneQueries queries;

    OneOnOnePersonSection(OneOnOneQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(PersonSummary person, LadderUser viewer) {
        if (viewer.personId() == person.id() || person.managerId() == null
                || !queries.mayReadOneOnOnesOf(person.id())) {
            return null;
        }
        boolean mine = person.managerId() == viewer.personId();
        Div section = new Div(new H3("1:1"));
        section.setId("person-one-on-one");
        section.addClassName("ladder-person-section");
        var link = OneOnOneLinks.link(mine ? "Open your 1:1 with " + person.displayName()
                : "Read the 1:1 of " + person.displayName() + " and " + person.managerName(),
                OneOnOneLinks.path(person.id()));
        link.setId("person-one-on-one-link");
        section.add(link);
        return section;
    }
}
