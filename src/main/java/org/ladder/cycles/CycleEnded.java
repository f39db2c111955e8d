package org.ladder.cycles;

/** A cycle ended: closed (its record frozen) or cancelled by HR ({@code reason} then says why). */
public record CycleEnded(long cycleId, CycleStatus status, String reason) {
}
