package org.ladder.people.domain;

import java.time.Clock;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps a person's display name and creation / update times before each write, with the application's
 * {@link Clock} (Hibernate creates this listener through Spring, so the clock is injected).
 */
class PersonStamps {

    private final Clock clock;

    PersonStamps(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    @PreUpdate
    void stamp(Person person) {
        person.stamp(clock.instant());
    }
}
