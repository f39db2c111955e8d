/**
 * Conversations about the work: 1:1s between a manager and a report (a shared agenda carried over until discussed,
 * private or shared notes, action items carried over until done, beside the person's goals and latest check-ins)
 * and feedback (praise or constructive, optionally about a goal or a value of the charter, visible to the receiver
 * or private to the receiver's manager chain; requests for feedback as tasks). Shape as in ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "1:1s and feedback", allowedDependencies = {"base", "people", "tasks", "goals", "charter", "checkins"})
package org.ladder.conversations;
