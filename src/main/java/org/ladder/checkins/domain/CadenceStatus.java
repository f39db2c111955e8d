package org.ladder.checkins.domain;

/** Where a person's cadence stands: running, stopped (by HR, a head of unit, or because the person left), or over. */
public enum CadenceStatus {
    ACTIVE, STOPPED, ENDED
}
