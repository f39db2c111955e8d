package org.ladder.tasks;

import org.ladder.base.ui.Toasts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * HR's follow-up of an acknowledgement campaign that ran out of reminders (the charter's and the goal changes'
 * processes both end in one): how many acknowledged, a link to who is missing, and "Close the acknowledgements",
 * which completes the task. One form, so every feature's follow-up reads and behaves the same.
 */
public final class CampaignFollowUpForm {

    private CampaignFollowUpForm() {
    }

    /**
     * @param intro what was done so far, after "N of M people (P%) have acknowledged …", e.g. "Their managers were
     *              reminded."
     */
    public static Component of(AcknowledgementService acknowledgements, CampaignSummary campaign, String what,
            String intro, String formId, String closeId, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout();
        form.setId(formId);
        form.setPadding(false);
        form.add(new Paragraph(campaign.acknowledged() + " of " + campaign.total() + " people (" + campaign.percent()
                + "%) have acknowledged " + what + ". " + intro + " Chase the rest, then close the acknowledgements."));
        form.add(new Anchor("acknowledgements", "See who is missing, per unit"));
        Button close = new Button("Close the acknowledgements");
        close.setId(closeId);
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> {
            try {
                acknowledgements.close(campaign.id());
                Toasts.success("Closed. Nobody is asked any more.");
                onCompleted.run();
            } catch (AcknowledgementRefusedException ex) {
                Toasts.error(ex.getMessage());
            }
        });
        form.add(close);
        return form;
    }
}
