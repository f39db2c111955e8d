/**
 * The alignment cycle, the product's spine: HR launches it for a period and a scope (defaults from the
 * {@code cycle-rules} decision table), and the {@code alignment-cycle} process drives define → cascade (one unit
 * process per unit, top-down) → check-ins → review → revise → close, calling the other modules' APIs; the cycle
 * page shows where it stands on the model's own diagram; people who join mid-cycle are onboarded. Nothing depends
 * on this module. Shape as in ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alignment cycles", allowedDependencies = {"base", "people", "tasks", "goals", "charter", "checkins", "conversations", "reviews", "notifications"})
package org.ladder.cycles;
