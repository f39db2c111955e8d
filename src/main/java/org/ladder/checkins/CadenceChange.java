package org.ladder.checkins;

/**
 * What a cadence command did: how many people it started, changed or stopped, and how many it left as they were
 * (already running when starting, not running when changing or stopping, or no change).
 */
public record CadenceChange(int started, int changed, int stopped, int unchanged) {
}
