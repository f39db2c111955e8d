package org.ladder.notifications;

/** Why someone is told. */
public enum NotificationKind {
    /** A workflow task was assigned or offered to the person. */
    TASK,
    /** A reminder of something still open (an acknowledgement). */
    REMINDER,
    /** People the recipient answers for are late. */
    ESCALATION,
    /** Something to read and acknowledge. */
    ACKNOWLEDGE,
    /** A decision about the person's work (e.g. their goal was approved). */
    OUTCOME,
    /** Someone the recipient manages rated goals at risk or off track at a check-in. */
    ATTENTION
}
