package org.ladder.reviews.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    Optional<ReviewRound> findByRoundKey(String roundKey);

    /** The round, locked until the transaction ends: the last two reviews to finish see each other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select r from ReviewRound r where r.roundKey = :roundKey")
    Optional<ReviewRound> lockByRoundKey(String roundKey);

    List<ReviewRound> findAllByOrderByStartedAtDesc();
}
