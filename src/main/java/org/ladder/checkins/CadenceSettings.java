package org.ladder.checkins;

import java.time.Duration;

/** How soon after a check-in the manager's 1:1 is due ({@code ladder.checkins.one-on-one-within}). */
public record CadenceSettings(Duration oneOnOneWithin) {
}
