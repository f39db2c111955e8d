package org.ladder.reviews;

/** A template as a picker shows it: its latest version. */
public record ReviewTemplateSummary(long templateId, int version, String name, boolean peersAsked) {
}
