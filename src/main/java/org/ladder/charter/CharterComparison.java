package org.ladder.charter;

import java.util.List;

import org.ladder.base.text.TextDiff;

/**
 * What changed from one version to another: word-level differences of mission and vision, values and pillars
 * added, removed or changed, and the reason given.
 */
public record CharterComparison(CharterSnapshot from, CharterSnapshot to, List<TextDiff.Segment> mission,
        List<TextDiff.Segment> vision, List<ItemChange> values, List<ItemChange> pillars) {

    public enum Change {
        ADDED, REMOVED, CHANGED, SAME
    }

    /** A value or pillar, matched by name. */
    public record ItemChange(Change change, String name, List<TextDiff.Segment> description) {
    }

    public boolean missionChanged() {
        return TextDiff.changed(mission);
    }

    public boolean visionChanged() {
        return TextDiff.changed(vision);
    }
}
