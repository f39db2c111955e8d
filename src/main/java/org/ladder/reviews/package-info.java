/**
 * Reviews that keep performance and alignment apart: HR's versioned templates (sections, questions, a performance
 * scale and an alignment scale, whether peers are asked, the deadline of each step); one {@code review} process per
 * person under review (self review, peer input, manager review with both ratings, calibration per unit subtree,
 * sharing, acknowledgement and response); the starts of a review round in chunks ({@link org.ladder.reviews.ReviewRounds},
 * the API the alignment cycle calls); the views for each role. Shape as in ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews", allowedDependencies = {"base", "people", "tasks", "goals", "charter", "checkins", "conversations"})
package org.ladder.reviews;
