package org.ladder.tasks;

import com.vaadin.flow.component.Component;

/**
 * The SPI through which a feature module supplies the form of its own tasks. The tasks module never imports a
 * feature: it asks every provider bean whether it {@link #supports} a task. A form completes its task through
 * its own module's service, which changes the domain and calls {@link InboxService#complete} in one transaction.
 */
public interface TaskFormProvider {

    boolean supports(TaskInfo task);

    /**
     * Builds the form; after the task was completed successfully it says so itself (one toast, through
     * {@link TaskFormActions}) and calls {@code onCompleted}, which only leaves the page.
     */
    Component createForm(TaskInfo task, Runnable onCompleted);
}
