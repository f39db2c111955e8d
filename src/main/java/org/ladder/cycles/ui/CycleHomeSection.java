package org.ladder.cycles.ui;

import java.util.Optional;

import org.ladder.base.security.LadderUser;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.HomeSection;
import org.ladder.base.ui.LiveSection;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleSteps;
import org.ladder.cycles.CycleToDo;
import org.ladder.cycles.MyCycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Home: the cycle the person is in — its name and period, the phase it is in and that phase's deadline, where the
 * person's own personal goals stand, and what in the cycle is theirs to do now (each task a link to its form,
 * overdue ones marked). A link to the cycle's page for those who may see it. Rebuilds itself live.
 */
@org.springframework.stereotype.Component
class CycleHomeSection implements HomeSection {

    private final CycleQueries queries;
    private final CycleSteps steps;
    private final LiveUpdates liveUpdates;

    CycleHomeSection(CycleQueries queries, CycleSteps steps, LiveUpdates liveUpdates) {
        this.queries = queries;
        this.steps = steps;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 2; // after "to do": the frame of the work
    }

    @Override
    public Component create(LadderUser user) {
        return queries.myCycle().isPresent() ? new Section(user) : null;
    }

    final class Section extends LiveSection {

        Section(LadderUser user) {
            super(user.personId(), liveUpdates);
            setId("cycle-home");
            addClassName("ladder-card");
            rebuild();
        }

        @Override
        protected void rebuild() {
            removeAll();
            Optional<MyCycle> mine = queries.myCycle();
            if (mine.isEmpty()) {
                setVisible(false);
                return;
            }
            setVisible(true);
            MyCycle c = mine.get();
            H3 title = new H3("Your cycle: " + c.name());
            title.setId("cycle-home-name");
            Paragraph phase = new Paragraph("Phase: " + c.phase().label()
                    + (c.phaseDeadline() == null ? "" : ", due " + Formats.date(c.phaseDeadline()))
                    + " · " + Formats.period(c.periodStart(), c.periodEnd())
                    + (c.status() == org.ladder.cycles.CycleStatus.RUNNING ? "" : " · " + c.status().label()));
            phase.setId("cycle-home-phase");
            add(title, phase);
            if (c.myStep() != null) {
                Paragraph step = new Paragraph("Your personal goals: " + c.myStep().label()
                        + (c.myGoalsDue() == null ? "" : ", due " + Formats.date(c.myGoalsDue())));
                step.setId("cycle-home-my-step");
                add(step);
            }
            if (c.toDos().isEmpty()) {
                Paragraph none = new Paragraph("Nothing of this cycle is yours to do right now.");
                none.setId("cycle-home-nothing");
                add(none);
            } else {
                Paragraph intro = new Paragraph(Plural.count(c.toDos().size(), "thing", "things")
                        + " of this cycle to do:");
                UnorderedList list = new UnorderedList();
                list.setId("cycle-home-to-dos");
                for (CycleToDo t : c.toDos()) {
                    Anchor link = new Anchor(t.link(), t.name());
                    Span due = new Span(t.due() == null ? "" : (t.overdue() ? " — overdue since " : " — due ")
                            + Formats.date(t.due()));
                    if (t.overdue()) {
                        due.addClassName("ladder-form-error");
                    }
                    list.add(new ListItem(link, due));
                }
                add(intro, list);
            }
            if (steps.viewer(c.cycleId()).isPresent()) {
                Anchor page = new Anchor("cycles/" + c.cycleId(), "Where the cycle stands");
                page.setId("cycle-home-page");
                add(new Paragraph(page));
            }
        }
    }
}
