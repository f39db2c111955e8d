/**
 * Notifications: tells people in the portal (a list, an unread badge that updates live) and by e-mail when
 * something needs them — a task, an acknowledgement, a reminder, an escalation. A leaf: it listens to the event
 * records of other modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"base", "people", "tasks"})
package org.ladder.notifications;
