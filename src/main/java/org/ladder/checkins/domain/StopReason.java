package org.ladder.checkins.domain;

/** Why a cadence stopped: someone stopped it, or the person left (was deactivated). */
public enum StopReason {
    STOPPED, LEFT
}
