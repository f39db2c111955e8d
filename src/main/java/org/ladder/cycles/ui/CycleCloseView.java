package org.ladder.cycles.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.cycles.CycleClosing;
import org.ladder.cycles.CycleClosing.ClosingCycle;
import org.ladder.goals.GoalDetails;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The close of a cycle for the owner of goals of its period that are still open (the link of the close request):
 * each goal is achieved, abandoned with a reason, or carried into the next period up to
 * {@link CycleClosing#MAX_CARRY_MONTHS} months past the cycle. One card per goal, so it reads at 390 px. The service
 * decides what the person may do; someone who was not asked is told so.
 */
@Route("cycles/:cycleId([0-9]{1,18})/close")
@PermitAll
class CycleCloseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CycleClosing closing;
    private long cycleId;
    private ClosingCycle cycle;
    private String title = "Close your goals";
    final Div goals = new Div();

    CycleCloseView(CycleClosing closing) {
        this.closing = closing;
        setId("cycle-close-view");
        setMaxWidth("50rem");
        goals.setId("cycle-close-goals");
        goals.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("cycleId");
        Optional<ClosingCycle> found = id.flatMap(closing::cycle);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        cycleId = id.get();
        cycle = found.get();
        title = "Close " + cycle.name();
        build();
    }

    private void build() {
        removeAll();
        H2 heading = new H2("Close " + cycle.name());
        heading.setId("cycle-close-name");
        add(heading);
        if (!closing.isAsked(cycleId)) {
            Paragraph notAsked = new Paragraph("You have nothing to close in " + cycle.name()
                    + ": you were not asked, or you have already decided all your goals of this cycle.");
            notAsked.setId("cycle-close-not-asked");
            add(notAsked);
            return;
        }
        Paragraph explain = new Paragraph("The cycle's period ended on " + Formats.date(cycle.periodEnd())
                + ". Decide each of your goals that is still open: mark it achieved, abandon it with a reason, or "
                + "carry it into the next period (at most " + CycleClosing.MAX_CARRY_MONTHS
                + " months past the cycle). When none is left, your part of the close is done.");
        explain.setId("cycle-close-explanation");
        add(explain, goals);
        refresh();
    }

    /** Reads the caller's open goals again and shows one card for each. */
    void refresh() {
        goals.removeAll();
        List<GoalDetails> open;
        try {
            open = closing.myOpenGoals(cycleId);
        } catch (ValidationException e) {
            goals.add(message("cycle-close-error", String.join(" ", e.fieldErrors().values())));
            return;
        }
        if (open.isEmpty()) {
            goals.add(message("cycle-close-empty",
                    "Nothing left to close — all your goals of this cycle are decided."));
            return;
        }
        for (GoalDetails g : open) {
            goals.add(card(g));
        }
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private Div card(GoalDetails g) {
        Div card = new Div();
        card.setId("cycle-close-goal-" + g.id());
        card.addClassName("ladder-close-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        H3 heading = new H3();
        Anchor link = new Anchor("goal/" + g.id(), g.title());
        link.setId("cycle-close-goal-link-" + g.id());
        heading.add(link);
        heading.getStyle().set("margin-top", "0");
        Paragraph facts = new Paragraph("Period ends " + Formats.date(g.periodEnd()) + " · Progress "
                + Formats.percent(g.progress()));
        Span owner = new Span(g.ownerName() == null ? "" : "Owner: " + g.ownerName());
        Button achieve = new Button("Achieved", e -> achieve(g));
        achieve.setId("cycle-close-achieve-" + g.id());
        achieve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        achieve.getElement().setAttribute("aria-label", "Mark " + g.title() + " achieved");
        Button abandon = new Button("Abandon", e -> openAbandon(g));
        abandon.setId("cycle-close-abandon-" + g.id());
        abandon.getElement().setAttribute("aria-label", "Abandon " + g.title());
        Button carry = new Button("Carry into next period", e -> openCarry(g));
        carry.setId("cycle-close-carry-" + g.id());
        carry.getElement().setAttribute("aria-label", "Carry " + g.title() + " into the next period");
        FlexLayout actions = new FlexLayout(achieve, abandon, carry);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(heading, facts, owner, actions);
        return card;
    }

    private void achieve(GoalDetails g) {
        act(() -> closing.achieve(cycleId, g.id(), g.version(), "Achieved at the close of " + cycle.name()),
                g.title() + " is achieved.", null);
    }

    private void openAbandon(GoalDetails g) {
        Dialog dialog = new Dialog();
        dialog.setId("cycle-close-abandon-dialog");
        dialog.setHeaderTitle("Abandon " + g.title());
        TextArea reason = new TextArea("Why is the goal abandoned?");
        reason.setId("cycle-close-abandon-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button confirm = new Button("Abandon goal", e -> act(
                () -> closing.abandon(cycleId, g.id(), g.version(), reason.getValue()),
                g.title() + " is abandoned.", errors -> showError(reason, errors, "reason"), dialog));
        confirm.setId("cycle-close-abandon-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cycle-close-abandon-cancel");
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(30rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    private void openCarry(GoalDetails g) {
        Dialog dialog = new Dialog();
        dialog.setId("cycle-close-carry-dialog");
        dialog.setHeaderTitle("Carry " + g.title());
        DatePicker end = new DatePicker("New end of the goal");
        end.setId("cycle-close-carry-end");
        end.setMin(cycle.earliestCarryEnd());
        end.setMax(cycle.latestCarryEnd());
        end.setRequiredIndicatorVisible(true);
        end.setHelperText("Between " + Formats.date(cycle.earliestCarryEnd()) + " and "
                + Formats.date(cycle.latestCarryEnd()));
        end.setWidthFull();
        LocalDate suggested = cycle.periodEnd().plusMonths(3);
        end.setValue(suggested.isAfter(cycle.latestCarryEnd()) ? cycle.latestCarryEnd() : suggested);
        Button confirm = new Button("Carry goal", e -> {
            if (end.getValue() == null) {
                showError(end, Map.of("periodEnd", "Pick a date between " + Formats.date(cycle.earliestCarryEnd())
                        + " and " + Formats.date(cycle.latestCarryEnd()) + "."), "periodEnd");
                return;
            }
            act(() -> closing.carry(cycleId, g.id(), g.version(), end.getValue()),
                    g.title() + " is carried into the next period.", errors -> showError(end, errors, "periodEnd"),
                    dialog);
        });
        confirm.setId("cycle-close-carry-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("cycle-close-carry-cancel");
        dialog.add(end);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(30rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    private static void showError(com.vaadin.flow.component.HasValidation field, Map<String, String> errors,
            String key) {
        String message = errors.getOrDefault(key, String.join(" ", errors.values()));
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void act(Runnable action, String done, java.util.function.Consumer<Map<String, String>> fieldErrors) {
        act(action, done, fieldErrors, null);
    }

    /** Runs one decision: success refreshes the list; field errors stay in the dialog; a conflict is told. */
    private void act(Runnable action, String done, java.util.function.Consumer<Map<String, String>> fieldErrors,
            Dialog dialog) {
        try {
            action.run();
        } catch (ValidationException e) {
            if (fieldErrors != null) {
                fieldErrors.accept(e.fieldErrors());
            } else {
                Toasts.error(e.getMessage());
            }
            return;
        } catch (ConcurrentEditException e) {
            close(dialog);
            Toasts.error("Someone changed this goal meanwhile: the list shows it as it is now. " + e.getMessage())
                    .setId("cycle-close-conflict");
            refresh();
            return;
        } catch (AccessDeniedException e) {
            close(dialog);
            Toasts.error(e.getMessage());
            refresh();
            return;
        }
        close(dialog);
        Toasts.success(done);
        refresh();
    }

    private static void close(Dialog dialog) {
        if (dialog != null) {
            dialog.close();
        }
    }
}
