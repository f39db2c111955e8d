package org.ladder.cycles;

import java.util.List;

/**
 * What a launch would do, before anything happens: the units (with the rule that applied to each), how many
 * people, the first tasks and who gets them, and the gaps (people without a manager, units without a head) a
 * launch refuses until they are resolved or accepted. Lists are cut at {@link CycleLimits#PREVIEW_LISTED}; the counts
 * are complete.
 */
public record LaunchPreview(List<UnitPreview> units, int unitCount, int people, List<FirstTask> firstTasks,
        List<PersonGap> peopleWithoutManager, int peopleWithoutManagerCount, List<UnitPreview> unitsWithoutHead,
        int unitsWithoutHeadCount) {

    public LaunchPreview {
        units = List.copyOf(units);
        firstTasks = List.copyOf(firstTasks);
        peopleWithoutManager = List.copyOf(peopleWithoutManager);
        unitsWithoutHead = List.copyOf(unitsWithoutHead);
    }

    /** People without a manager or units without a head: a launch needs them accepted. */
    public boolean hasGaps() {
        return peopleWithoutManagerCount > 0 || unitsWithoutHeadCount > 0;
    }
}
