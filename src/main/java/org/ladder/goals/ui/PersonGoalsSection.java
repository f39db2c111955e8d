package org.ladder.goals.ui;

import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.goals.GoalRef;
import org.ladder.goals.PersonGoals;
import org.ladder.people.PersonPageSection;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A person's page: their goals with status and progress, as the viewer may see them (through {@link PersonGoals}). */
@org.springframework.stereotype.Component
class PersonGoalsSection implements PersonPageSection {

    private final PersonGoals goals;

    PersonGoalsSection(PersonGoals goals) {
        this.goals = goals;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(PersonSummary person, LadderUser viewer) {
        List<GoalRef> mine = goals.of(person.id());
        Div section = new Div(new H3("Goals (" + mine.size() + ")"));
        section.setId("person-goals");
        section.addClassName("ladder-person-section");
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(viewer.personId() == person.id() ? "You have no goals yet."
                    : "No goals you can see.");
            none.addClassName("ladder-empty");
            section.add(none);
            return section;
        }
        for (GoalRef goal : mine) {
            Span status = new Span(goal.status().label());
            status.addClassName("ladder-hint");
            Div bar = ProgressMeter.of(goal.progress());
            bar.getChildren().findFirst().ifPresent(track -> track.getElement()
                    .setAttribute("aria-label", "Progress of " + goal.title()));
            Div line = new Div(GoalLinks.link(goal), status, bar);
            line.addClassName("ladder-person-goal");
            section.add(line);
        }
        return section;
    }
}
