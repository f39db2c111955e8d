/**
 * Notifications: tells people in the portal (a list, an unread badge that updates live) and by e-mail when
 * something needs them — a task, an acknowledgement, a reminder, an escalation — or something was decided about
 * their work (their goal approved, their orphan goal resolved). A leaf: it listens to the event records of other
 * modules and writes their words; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"base", "people", "tasks", "goals", "checkins", "conversations", "reviews"})
package org.ladder.notifications;
