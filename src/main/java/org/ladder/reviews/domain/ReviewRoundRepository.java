package org.ladder.reviews.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    Optional<ReviewRound> findByRoundKey(String roundKey);

    List<ReviewRound> findAllByOrderByStartedAtDesc();
}
