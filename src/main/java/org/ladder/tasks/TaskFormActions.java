package org.ladder.tasks;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ladder.base.ValidationException;
import org.ladder.base.ui.Toasts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How task forms (see {@link TaskFormProvider}) complete their task: run the module's service call, then say so and
 * leave the task; a rule the input breaks is shown on the form (nothing was saved); a task someone else completed
 * meanwhile is reported as such.
 */
public final class TaskFormActions {

    private TaskFormActions() {
    }

    /**
     * Runs {@code action}; on success shows {@code success} and runs {@code onCompleted}.
     *
     * @param onInvalid shows the broken rules (field errors of a {@link ValidationException})
     */
    public static void complete(Supplier<String> action, Runnable onCompleted, Consumer<ValidationException> onInvalid) {
        try {
            String success = action.get();
            Toasts.success(success);
            onCompleted.run();
        } catch (ValidationException e) {
            onInvalid.accept(e);
        } catch (TaskAlreadyCompletedException e) {
            Toasts.error(e.getMessage());
        }
    }

    /** As {@link #complete}, with a fixed success message. */
    public static void complete(Runnable action, String success, Runnable onCompleted,
            Consumer<ValidationException> onInvalid) {
        complete(() -> {
            action.run();
            return success;
        }, onCompleted, onInvalid);
    }

    /** Shows the broken rules on one field: its own message if there is one for {@code key}, else all of them. */
    public static Consumer<ValidationException> on(HasValidation field, String key) {
        return e -> {
            field.setErrorMessage(e.fieldErrors().getOrDefault(key, String.join(" ", e.fieldErrors().values())));
            field.setInvalid(true);
        };
    }

    /** Shows the broken rules in a paragraph of the form. */
    public static Consumer<ValidationException> in(Paragraph error) {
        return e -> {
            error.setText(String.join(" ", e.fieldErrors().values()));
            error.setVisible(true);
        };
    }
}
