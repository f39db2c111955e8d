/**
 * Check-ins, their cadence and the alignment pulse: one short form updates all of a person's active goals (new
 * key-result values through the goals module's own progress path, a confidence per goal, blockers, a comment);
 * the cadence ({@code check-in-cadence}) asks for a check-in per period, reminds and marks missed periods; the pulse
 * ("I see how my work contributes to our goals") is answered with a check-in and read only in groups of five or
 * more. Publishes {@link org.ladder.checkins.CheckInSubmitted}. Shape as in ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-ins, cadence and pulse", allowedDependencies = {"base", "people", "tasks", "goals", "charter"})
package org.ladder.checkins;
