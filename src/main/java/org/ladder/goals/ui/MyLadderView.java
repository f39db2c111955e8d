package org.ladder.goals.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.LadderEntry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * "My ladder": each of the signed-in person's goals with everything it ladders up to, step by step, up to the
 * pillar and the mission. Orphan goals say so and offer to align them.
 */
@Route("ladder")
@PageTitle("My ladder")
@Menu(order = 7, title = "My ladder", icon = "vaadin:level-up")
@PermitAll
class MyLadderView extends VerticalLayout {

    final Div cards = new Div();

    MyLadderView(GoalQueries goals) {
        setId("ladder-view");
        addClassName("ladder-my-ladder");
        List<LadderEntry> ladder = goals.myLadder();
        if (ladder.isEmpty()) {
            Div empty = new Div(new H3("You have no goals yet"),
                    new Paragraph("Draft a goal and align it to a goal of your team or the company: it then shows "
                            + "here with everything it ladders up to, all the way to our mission."));
            empty.setId("ladder-empty");
            empty.addClassName("ladder-empty");
            Button first = newGoalButton("Draft your first goal");
            first.setId("draft-first-goal");
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(first);
            add(empty);
            return;
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Span hint = new Span("Each of your goals, and how it ladders up to our mission.");
        hint.addClassName("ladder-hint");
        Button draft = newGoalButton("New goal");
        draft.setId("new-goal");
        actions.add(hint);
        actions.addToEnd(draft);
        cards.setId("ladder-cards");
        cards.addClassName("ladder-ladder-cards");
        ladder.forEach(e -> cards.add(card(e)));
        add(actions, cards);
    }

    private static Button newGoalButton(String text) {
        return new Button(text, VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> GoalLinks.navigateToNew(ui, GoalLevel.PERSONAL)));
    }

    static Component card(LadderEntry entry) {
        GoalNode g = entry.goal();
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-ladder-card");
        card.setId("ladder-goal-" + g.goalId());

        Div head = new Div();
        head.addClassName("ladder-ladder-head");
        RouterLink title = GoalLinks.link(g.goalId(), g.title());
        title.addClassName("ladder-ladder-title");
        head.add(title, GoalBadges.status(g.status(), g.approval()));
        Span meta = new Span(GoalLabels.meta(g.level(), g.ownerName()) + (g.periodStart() == null ? ""
                : " · " + Formats.period(g.periodStart(), g.periodEnd())));
        meta.addClassName("ladder-hint");
        card.add(head, meta, ProgressMeter.of(g.progress()), GoalBadges.markers(g));

        if (entry.chain().isEmpty()) {
            Div warning = new Div();
            warning.addClassNames("ladder-callout", "ladder-callout-warning");
            warning.setId("ladder-orphan-" + g.goalId());
            warning.add(new Span(g.justified()
                    ? "This goal ladders up to nothing; its manager kept it on purpose. "
                    : "This goal ladders up to nothing: nobody can see what it moves forward. "));
            RouterLink align = GoalLinks.editLink(g.goalId(), "Align it to a goal");
            align.addClassName("ladder-align-link");
            warning.add(align);
            card.add(warning);
            return card;
        }
        Div steps = new Div();
        steps.addClassName("ladder-steps");
        Span up = new Span("Ladders up to");
        up.addClassName("ladder-steps-caption");
        steps.add(up);
        int depth = 0;
        for (GoalNode step : entry.chain()) {
            steps.add(step(step, ++depth));
        }
        card.add(steps);
        return card;
    }

    private static Component step(GoalNode n, int depth) {
        Div step = new Div();
        step.addClassNames("ladder-step", "ladder-step-" + n.kind().name().toLowerCase());
        step.getStyle().set("--ladder-step-depth", String.valueOf(depth));
        Span arrow = new Span("↑");
        arrow.addClassName("ladder-step-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        Div body = new Div();
        body.addClassName("ladder-step-body");
        switch (n.kind()) {
            case GOAL -> {
                body.add(GoalLinks.link(n.goalId(), n.title()));
                Span meta = new Span(GoalLabels.meta(n.level(), n.ownerName()) + " · " + Formats.percent(n.progress()));
                meta.addClassName("ladder-hint");
                body.add(meta);
            }
            case PILLAR -> body.add(kind("Pillar"), new Span(n.title()));
            case MISSION -> body.add(kind("Mission"), new Span(n.title()));
            default -> body.add(new Span(n.title()));
        }
        step.add(arrow, body);
        return step;
    }

    private static Span kind(String text) {
        Span s = new Span(text);
        s.addClassName("ladder-step-kind");
        return s;
    }
}
