package org.ladder.cycles;

/** A person in the scope without a manager: nobody approves their personal goals or holds their 1:1s. */
public record PersonGap(long personId, String name, Long unitId, String unitName) {
}
