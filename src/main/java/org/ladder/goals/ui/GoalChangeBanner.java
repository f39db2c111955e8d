package org.ladder.goals.ui;

import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.goals.GoalChangeNotice;
import org.ladder.goals.GoalRef;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A change to a goal above the person's own goals: what changed, who changed it and why, their goals below it (each
 * with a link to adjust it), and "Acknowledge". Used on the home view and on the changed goal's page.
 */
class GoalChangeBanner extends Div {

    final Button acknowledge = new Button("Acknowledge", VaadinIcon.CHECK.create());
    final TextArea question = new TextArea("A question for HR (optional)");

    GoalChangeBanner(GoalChangeNotice notice, AcknowledgementService acknowledgements, Runnable afterAcknowledged) {
        setId("goal-change-" + notice.campaignId());
        addClassNames("ladder-banner", "ladder-goal-change");
        H3 title = new H3("A goal above yours has changed: ");
        title.add(GoalLinks.link(notice.goalId(), notice.goalTitle()));
        add(title);
        Span who = new Span("Changed by " + notice.changedBy()
                + (notice.changedAt() == null ? "" : " on " + Formats.dateTime(notice.changedAt())));
        who.addClassName("ladder-hint");
        add(who);
        if (!notice.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("ladder-goal-changes");
            notice.changes().forEach(c -> changes.add(new ListItem(c)));
            add(changes);
        }
        if (notice.reason() != null && !notice.reason().isBlank()) {
            Paragraph why = new Paragraph("Why: " + notice.reason());
            why.addClassName("ladder-goal-change-reason");
            add(why);
        }
        if (!notice.myGoalsBelow().isEmpty()) {
            Div mine = new Div();
            mine.addClassName("ladder-goal-change-mine");
            Span caption = new Span("Your goals below it — adjust them if they no longer fit:");
            caption.addClassName("ladder-fact-label");
            mine.add(caption);
            UnorderedList list = new UnorderedList();
            for (GoalRef g : notice.myGoalsBelow()) {
                var adjust = GoalLinks.editLink(g.id(), "Adjust");
                adjust.addClassName("ladder-adjust-link");
                adjust.setId("adjust-" + notice.campaignId() + "-" + g.id());
                list.add(new ListItem(GoalLinks.link(g), new Span(" · "), adjust));
            }
            mine.add(list);
            add(mine);
        }
        question.setId("goal-change-question-" + notice.campaignId());
        question.setMaxLength(AcknowledgementService.MAX_QUESTION);
        question.setWidthFull();
        acknowledge.setId("acknowledge-goal-change-" + notice.campaignId());
        acknowledge.addClassName("ladder-acknowledge-goal-change");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.setDisableOnClick(true);
        acknowledge.addClickListener(e -> {
            try {
                acknowledgements.acknowledge(notice.campaignId(), question.getValue());
                Toasts.success("Thank you: you acknowledged the change to “" + notice.goalTitle() + "”.");
                afterAcknowledged.run();
            } catch (AcknowledgementRefusedException ex) {
                question.setErrorMessage(ex.getMessage());
                question.setInvalid(true);
                acknowledge.setEnabled(true);
            }
        });
        add(question, acknowledge);
    }
}
