package org.ladder.reviews.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewTemplateRepository extends JpaRepository<ReviewTemplate, Long> {

    List<ReviewTemplate> findAllByOrderByNameAsc();

    Optional<ReviewTemplate> findByNameIgnoreCase(String name);
}
