package org.ladder.tasks;

import java.util.regex.Pattern;

/**
 * How a task is named to a person outside the inbox (notifications, e-mail, Home's to-do list). A model names each
 * user task with the role first ("Manager: approve the goal") so that HR reads who does what in the Modeler and in
 * Cockpit; the person it is sent to knows their role, so the words after it are the task's display name, followed
 * by what it is about: "approve the goal “Ship it” — Emma Lindqvist".
 */
public final class TaskNames {

    /** "Manager: ", "HR: ", "Owner: ": one or two words with a capital, then a colon and the task. */
    private static final Pattern ROLE_PREFIX = Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+)?: (?=\\S)");

    private TaskNames() {
    }

    /** The task's name without the role in front ("approve the goal"); "a task" when it has none. */
    public static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return "a task";
        }
        return ROLE_PREFIX.matcher(name.strip()).replaceFirst("");
    }

    /**
     * The display name with what the task is about: a quoted subject follows directly ("approve the goal “X” — Emma
     * Lindqvist"), any other after a colon ("approve the goal: A private goal — Emma Lindqvist"); without a subject,
     * the name alone.
     */
    public static String withSubject(String displayName, String subject) {
        if (subject == null || subject.isBlank()) {
            return displayName;
        }
        return displayName + (subject.startsWith("“") ? " " : ": ") + subject.strip();
    }
}
