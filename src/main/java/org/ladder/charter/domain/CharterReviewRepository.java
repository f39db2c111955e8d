package org.ladder.charter.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterReviewRepository extends JpaRepository<CharterReview, Long> {

    List<CharterReview> findByVersionIdOrderByDecidedAtDesc(long versionId);
}
