package org.ladder.charter.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.HomeSection;
import org.ladder.base.ui.KeyedChildren;
import org.ladder.base.ui.LiveSection;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.base.ui.Toasts;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.PendingAcknowledgement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Home: the current mission, vision, values and pillars for everyone and, when a new version awaits the person's
 * acknowledgement, a banner with what changed and why. The banner appears live when a version is published.
 */
@org.springframework.stereotype.Component
class CharterHomeSection implements HomeSection {

    private final CharterService charter;
    private final AcknowledgementService acknowledgements;
    private final LiveUpdates liveUpdates;

    CharterHomeSection(CharterService charter, AcknowledgementService acknowledgements, LiveUpdates liveUpdates) {
        this.charter = charter;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(LadderUser user) {
        return new Section(user);
    }

    /** Whether version {@code number} is the first one ever published: it is "published", not "changed". */
    static boolean isFirstPublication(java.util.List<org.ladder.charter.VersionSummary> history, int number) {
        return history.stream().noneMatch(v -> v.number() < number && v.publishedAt() != null);
    }

    /**
     * Follows the person's data live (e.g. a new version to acknowledge). The banner and the charter below it are
     * rebuilt only when what they show changes, so a signal never throws away a question being typed.
     */
    final class Section extends LiveSection {

        private final KeyedChildren<PendingAcknowledgement> banners;
        private final KeyedChildren<CharterSnapshot> current;

        Section(LadderUser user) {
            super(user.personId(), liveUpdates);
            setId("charter-home");
            Div bannerSlot = new Div();
            Div charterSlot = new Div();
            add(bannerSlot, charterSlot);
            banners = new KeyedChildren<>(bannerSlot, this::banner);
            current = new KeyedChildren<>(charterSlot, CharterDisplay::of);
            rebuild();
        }

        @Override
        protected void rebuild() {
            banners.show(acknowledgements.myPending().stream()
                    .filter(p -> CharterPublicationProcess.SUBJECT.equals(p.subjectType()))
                    .limit(1)
                    .toList());
            current.show(charter.current().stream().toList());
        }

        private Component banner(PendingAcknowledgement pending) {
            Div banner = new Div();
            banner.setId("acknowledge-banner");
            banner.addClassName("ladder-banner");
            CharterSnapshot version = charter.version(pending.subjectId()).orElseThrow();
            boolean first = isFirstPublication(charter.history(), version.number());
            H3 title = new H3(first
                    ? "Our charter is published: please read it below and acknowledge " + version.label().toLowerCase()
                    : "Our charter has changed: please read and acknowledge " + version.label().toLowerCase());
            title.setId("acknowledge-title");
            banner.add(title);
            if (version.changeReason() != null) {
                Paragraph why = new Paragraph("Why: " + version.changeReason());
                why.setId("acknowledge-reason");
                banner.add(why);
            }
            if (!first) {
                // what changed since the previous version; the whole charter follows below the banner, once
                banner.add(ChangeRendering.summary(charter.changesOf(version.id())));
            }
            TextArea question = new TextArea("A question for HR (optional)");
            question.setId("acknowledge-question");
            question.setMaxLength(AcknowledgementService.MAX_QUESTION);
            question.setWidthFull();
            Button acknowledge = new Button("Acknowledge", VaadinIcon.CHECK.create());
            acknowledge.setId("acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.setDisableOnClick(true);
            acknowledge.addClickListener(e -> {
                try {
                    acknowledgements.acknowledge(pending.campaignId(), question.getValue());
                    Toasts.success("Thank you: you acknowledged " + version.label().toLowerCase() + ".");
                    rebuild();
                } catch (AcknowledgementRefusedException ex) {
                    question.setErrorMessage(ex.getMessage());
                    question.setInvalid(true);
                    acknowledge.setEnabled(true);
                }
            });
            banner.add(question, acknowledge);
            return banner;
        }
    }
}
