package org.ladder.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ladder.base.security.Role;
import org.ladder.base.ui.Formats;
import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.TaskNames;

import com.vaadin.flow.component.html.Span;

/** How the inbox and the task page write a task's name, context and dates. */
final class TaskFormat {

    static final String OVERDUE_CLASS = "ladder-overdue";
    private static final int MAX_WHAT = 120;

    private final Clock clock;

    TaskFormat(Clock clock) {
        this.clock = clock;
    }

    static String name(TaskInfo task) {
        return task.name() == null || task.name().isBlank() ? "Untitled task" : task.name();
    }

    /**
     * A line of Home's to-do list: the task without the role in front and what it is about ("Approve the goal “Ship
     * it” — Emma Lindqvist"); the role is the reader's own.
     */
    static String toDo(TaskInfo task) {
        String about = task.description() == null || task.description().isBlank() ? null : what(task);
        String line = TaskNames.withSubject(TaskNames.displayName(task.name()), about);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The business context: the task's description, else the process it belongs to. */
    static String what(TaskInfo task) {
        String text = task.description() != null && !task.description().isBlank() ? task.description().strip()
                : processName(task.processDefinitionKey());
        return text.length() <= MAX_WHAT ? text : text.substring(0, MAX_WHAT - 1) + "…";
    }

    /** {@code Process_GoalApproval} becomes "Goal approval". */
    static String processName(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        String bare = key.replaceFirst("^(?i)process[_-]", "").replace('_', ' ').replace('-', ' ');
        String words = bare.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").trim().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String offeredTo(TaskInfo task) {
        return task.candidateGroups().stream()
                .map(g -> Role.parse(g).map(Role::label).orElse(g))
                .collect(Collectors.joining(", "));
    }

    String dateTime(Instant instant) {
        return Formats.dateTime(instant);
    }

    boolean isOverdue(TaskInfo task) {
        return task.isOverdue(clock.instant());
    }

    /** The due date; marked when it has passed. */
    Span due(TaskInfo task) {
        Span due = new Span(task.due() == null ? "" : dateTime(task.due()));
        if (isOverdue(task)) {
            due.setText(due.getText() + " · overdue");
            due.addClassName(OVERDUE_CLASS);
        }
        return due;
    }
}
