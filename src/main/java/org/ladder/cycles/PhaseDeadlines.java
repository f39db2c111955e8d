package org.ladder.cycles;

import java.time.LocalDate;

/**
 * The deadline of each phase, all inside the period and in this order: leadership confirms the charter by
 * {@code defineBy}; the cascade (every unit's goals and everyone's personal goals) ends by {@code cascadeBy}; check-ins
 * run until the reviews open on {@code reviewStartsOn}; reviews are due by {@code reviewBy}; leadership revises by
 * {@code reviseBy}; owners close their open goals by {@code closeBy}.
 */
public record PhaseDeadlines(LocalDate defineBy, LocalDate cascadeBy, LocalDate reviewStartsOn, LocalDate reviewBy,
        LocalDate reviseBy, LocalDate closeBy) {

    /** The deadline of a phase (check-ins end when the reviews open; {@code CLOSED}: the close's). */
    public LocalDate of(CyclePhase phase) {
        return switch (phase) {
            case DEFINE -> defineBy;
            case CASCADE -> cascadeBy;
            case CHECK_INS -> reviewStartsOn;
            case REVIEW -> reviewBy;
            case REVISE -> reviseBy;
            case CLOSE, CLOSED -> closeBy;
        };
    }
}
