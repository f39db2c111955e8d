package org.ladder.reviews.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.ui.Toasts;
import org.ladder.reviews.ReviewRefusedException;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How a review step's form runs its service call: on success one toast and {@code done}; broken rules on their
 * fields (nothing was saved); a change by someone else meanwhile, a step already taken or refused in the review's
 * state as a message above the form, with a button that reloads the review (the input stays until then).
 */
final class StepRunner {

    private final Paragraph error;
    private final Runnable reload;

    /**
     * @param error  the form's message paragraph (role alert)
     * @param reload reads the review again (a new form), or null where the form cannot reload itself
     */
    StepRunner(Paragraph error, Runnable reload) {
        this.error = error;
        this.reload = reload;
        error.addClassName("ladder-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    /** Runs {@code action}; true when it succeeded. */
    boolean run(Runnable action, String success, Runnable done, Consumer<Map<String, String>> fieldErrors) {
        error.setVisible(false);
        try {
            action.run();
        } catch (ValidationException e) {
            fieldErrors.accept(e.fieldErrors());
            return false;
        } catch (ConcurrentEditException | TaskAlreadyCompletedException | ReviewRefusedException e) {
            show(e.getMessage(), true);
            return false;
        } catch (AccessDeniedException e) {
            show(e.getMessage(), false);
            return false;
        }
        if (success != null) {
            Toasts.success(success);
        }
        if (done != null) {
            done.run();
        }
        return true;
    }

    /** Shows a message above the form (with “Reload the review” when asked and possible). */
    void show(String message, boolean offerReload) {
        error.removeAll();
        error.setText(message);
        if (offerReload && reload != null) {
            Button again = new Button("Reload the review", e -> reload.run());
            again.setId("review-reload");
            again.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            error.add(again);
        }
        error.setVisible(true);
    }

    /** Marks the fields of the service's keys; the rest (and a summary) above the form. */
    void fieldErrors(Map<String, String> errors, java.util.function.BiPredicate<String, String> showOnField) {
        java.util.List<String> general = new java.util.ArrayList<>();
        errors.forEach((key, message) -> {
            if (!showOnField.test(key, message)) {
                general.add(message);
            }
        });
        show(general.isEmpty() ? "Some answers need a look: see the fields marked below." : String.join(" ",
                general), false);
    }
}
