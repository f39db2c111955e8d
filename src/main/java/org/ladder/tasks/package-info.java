/**
 * Work people must do: the task inbox over the engine's user tasks (each task's form comes from the module that
 * owns it, through {@link org.ladder.tasks.TaskFormProvider}), and acknowledgement campaigns — the lightest kind
 * of task: "read this change and confirm", fanned out to thousands of people without one engine task each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks and acknowledgements", allowedDependencies = {"base", "people"})
package org.ladder.tasks;
