package org.ladder.reviews.ui;

import org.ladder.base.ui.Formats;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewForms;
import org.ladder.reviews.ReviewLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/** Sharing a review with the person, and the person's acknowledgement with an optional response. */
final class SharingParts {

    private SharingParts() {
    }

    /** The manager shares the finished review; it cannot be reopened after. */
    static final class Share extends Div {

        final Paragraph error = new Paragraph();
        final Button share = new Button();

        Share(ReviewForms forms, ReviewDetails d, Runnable done, Runnable reload) {
            setId("review-share-form");
            addClassNames("ladder-card", "ladder-review-card");
            add(new H3("Share the review"));
            add(new Paragraph((d.calibrated() ? "The calibration is done. " : "") + d.personName()
                    + " sees the review once you share it: your answers and both ratings with their justifications — "
                    + "never the peer names or the calibration discussion. They are asked to acknowledge it and may "
                    + "respond. A shared review cannot be reopened."));
            StepRunner runner = new StepRunner(error, reload);
            error.setId("review-share-error");
            share.setText("Share with " + d.personName());
            share.setId("review-share");
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            share.addClickListener(e -> {
                ConfirmDialog confirm = new ConfirmDialog("Share the review with " + d.personName() + "?",
                        "They will see it now; it cannot be reopened.", "Share", ev -> runner.run(
                                () -> forms.share(d.reviewId(), d.version()), "Review shared with " + d.personName()
                                        + ".", done, errors -> runner.show(String.join(" ", errors.values()), false)),
                        "Cancel", ev -> { });
                confirm.setId("review-confirm-share");
                confirm.open();
            });
            add(error, share);
        }
    }

    /** The person acknowledges the shared review and may respond. */
    static final class Acknowledge extends Div {

        static final class Bean {
            String response = "";
        }

        final TextArea response = new TextArea("Your response (optional)");
        final Paragraph error = new Paragraph();
        final Button acknowledge = new Button("Acknowledge");

        Acknowledge(ReviewForms forms, ReviewDetails d, Runnable done, Runnable reload) {
            setId("review-acknowledge-form");
            addClassNames("ladder-card", "ladder-review-card");
            add(new H3("Acknowledge your review"));
            add(new Paragraph("Acknowledging says you have read it, not that you agree. Add a response if you want "
                    + "to: your manager and HR read it." + (d.dueAt() == null ? ""
                            : " Please acknowledge by " + Formats.date(d.dueAt()) + ".")));
            StepRunner runner = new StepRunner(error, reload);
            error.setId("review-acknowledge-error");
            Binder<Bean> binder = new Binder<>();
            Bean bean = new Bean();
            response.setId("review-response");
            ReviewFormat.limit(response, ReviewLimits.RESPONSE_MAX_LENGTH);
            response.setWidthFull();
            binder.forField(response).bind(b -> b.response, (b, v) -> b.response = v == null ? "" : v);
            binder.setBean(bean);
            acknowledge.setId("review-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.setDisableOnClick(true);
            acknowledge.addClickListener(e -> {
                boolean ok = runner.run(() -> forms.acknowledge(d.reviewId(), d.version(), bean.response),
                        "Review acknowledged" + (bean.response.isBlank() ? "." : " with your response."), done,
                        errors -> runner.fieldErrors(errors, (key, message) -> {
                            if (!key.equals("response")) {
                                return false;
                            }
                            response.setErrorMessage(message);
                            response.setInvalid(true);
                            return true;
                        }));
                if (!ok) {
                    acknowledge.setEnabled(true);
                }
            });
            add(error, response, acknowledge);
        }
    }
}
