package org.ladder.reviews.ui;

import java.util.List;
import java.util.Set;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.PeerRequest;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewPeers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/** Peer input: naming (or proposing) up to five colleagues, and a colleague's input or decline. */
final class PeerParts {

    private PeerParts() {
    }

    /** The bean of the colleagues' choice. */
    static final class Colleagues {
        Set<PersonSummary> chosen = Set.of();
    }

    /**
     * The manager names the colleagues to ask (the person's proposal preselected), or the person proposes some for
     * the manager to confirm. Naming nobody goes straight to the manager review.
     */
    static final class Nomination extends Div {

        final MultiSelectComboBox<PersonSummary> colleagues = new MultiSelectComboBox<>();
        final Paragraph error = new Paragraph();
        final Button send;
        private final Binder<Colleagues> binder = new Binder<>();
        private final Colleagues bean = new Colleagues();

        Nomination(ReviewPeers peers, PeopleService people, long reviewId, long version, long personId,
                String personName, boolean asManager, Runnable done, Runnable reload) {
            setId(asManager ? "peer-nomination" : "peer-proposal");
            addClassNames("ladder-card", "ladder-review-card");
            add(new com.vaadin.flow.component.html.H3(asManager ? "Ask colleagues for input" : "Propose colleagues"));
            add(TemplateForm.hint(asManager ? "Up to " + ReviewLimits.MAX_PEERS + " colleagues of " + personName
                    + " who saw their work. Each gets a task with a deadline and may decline. You see who wrote what; "
                    + personName + " never sees the names. Naming nobody moves straight on to your review."
                    : "Up to " + ReviewLimits.MAX_PEERS + " colleagues who saw your work. Your manager decides whom "
                            + "to ask; you never see who wrote what."));
            StepRunner runner = new StepRunner(error, reload);
            error.setId("peer-nomination-error");
            colleagues.setId("peer-colleagues");
            colleagues.setLabel("Colleagues");
            colleagues.setItemLabelGenerator(p -> p.displayName() + (p.unitName() == null ? "" : " · "
                    + p.unitName()));
            colleagues.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit())
                    .stream().filter(p -> p.id() != personId));
            colleagues.setWidthFull();
            colleagues.setHelperText("Type a name to search");
            binder.forField(colleagues)
                    .withValidator(s -> s.size() <= ReviewLimits.MAX_PEERS, "Name at most " + ReviewLimits.MAX_PEERS
                            + " colleagues.")
                    .bind(c -> c.chosen, (c, v) -> c.chosen = v == null ? Set.of() : Set.copyOf(v));
            if (asManager) {
                bean.chosen = Set.copyOf(peers.proposed(reviewId));
            }
            binder.setBean(bean);
            send = new Button(asManager ? "Ask them" : "Propose them");
            send.setId(asManager ? "peer-nomination-send" : "peer-proposal-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                List<Long> ids = bean.chosen.stream().map(PersonSummary::id).toList();
                runner.run(() -> {
                    if (asManager) {
                        peers.name(reviewId, version, ids);
                    } else {
                        peers.propose(reviewId, ids);
                    }
                }, ids.isEmpty() ? (asManager ? "Nobody asked: on to your review." : "Proposal cleared.")
                        : (asManager ? "Asked " : "Proposed ") + Plural.count(ids.size(), "colleague") + ".", done,
                        errors -> runner.fieldErrors(errors, (key, message) -> {
                            if (!key.equals("peers")) {
                                return false;
                            }
                            colleagues.setErrorMessage(message);
                            colleagues.setInvalid(true);
                            return true;
                        }));
            });
            add(error, colleagues, send);
        }
    }

    /** A colleague's input on someone's review: what they saw, or a decline. Nothing else of the review shows. */
    static final class Input extends Div {

        static final class Bean {
            String input = "";
        }

        final TextArea input = new TextArea("Your input");
        final Paragraph error = new Paragraph();
        final Button give = new Button("Send my input");
        final Button decline = new Button("Decline");

        Input(ReviewPeers peers, PeerRequest request, Runnable done, Runnable reload) {
            setId("peer-input-form");
            addClassNames("ladder-review-card");
            Paragraph what = new Paragraph(request.personName() + "'s manager asks for your input for "
                    + request.roundName() + ": what did you see of their work, what went well, what could be "
                    + "better? Only their managers and HR read who wrote it." + (request.dueAt() == null ? ""
                            : " Please answer by " + Formats.dateTime(request.dueAt()) + "."));
            what.setId("peer-input-what");
            add(what);
            if (!request.open()) {
                Paragraph closed = new Paragraph("This request is closed" + (request.input() == null ? "."
                        : ". You wrote: " + request.input()));
                closed.setId("peer-input-closed");
                closed.addClassName("ladder-empty");
                add(closed);
                return;
            }
            StepRunner runner = new StepRunner(error, reload);
            error.setId("peer-input-error");
            Binder<Bean> binder = new Binder<>();
            Bean bean = new Bean();
            input.setId("peer-input-text");
            ReviewFormat.limit(input, ReviewLimits.PEER_INPUT_MAX_LENGTH);
            input.setWidthFull();
            input.setRequiredIndicatorVisible(true);
            binder.forField(input).asRequired("Write your input.").bind(b -> b.input, (b, v) -> b.input = v == null
                    ? "" : v);
            binder.setBean(bean);
            give.setId("peer-input-give");
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            give.addClickListener(e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                runner.run(() -> peers.give(request.reviewId(), bean.input), "Thank you: your input was sent.", done,
                        errors -> runner.fieldErrors(errors, (key, message) -> {
                            if (!key.equals("input")) {
                                return false;
                            }
                            input.setErrorMessage(message);
                            input.setInvalid(true);
                            return true;
                        }));
            });
            decline.setId("peer-input-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            decline.addClickListener(e -> {
                ConfirmDialog confirm = new ConfirmDialog("Decline to give input?", request.personName()
                        + "'s manager is told that you declined; nothing else is said.", "Decline",
                        ev -> runner.run(() -> peers.decline(request.reviewId()), "You declined.", done,
                                errors -> runner.show(String.join(" ", errors.values()), false)), "Cancel", ev -> { });
                confirm.setId("peer-input-confirm-decline");
                confirm.open();
            });
            FlexLayout buttons = new FlexLayout(give, decline);
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.addClassName("ladder-review-buttons");
            add(error, input, buttons);
        }
    }
}
