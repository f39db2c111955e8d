package org.ladder.charter;

import java.util.List;

/** The published charter as other modules hang things below it: the mission and the pillars' names, in order. */
public record CharterOutline(long versionId, String mission, List<String> pillars) {
}
