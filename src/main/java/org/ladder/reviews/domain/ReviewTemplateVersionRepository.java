package org.ladder.reviews.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewTemplateVersionRepository extends JpaRepository<ReviewTemplateVersion, Long> {

    Optional<ReviewTemplateVersion> findByTemplateIdAndNumber(long templateId, int number);

    List<ReviewTemplateVersion> findByTemplateIdOrderByNumberDesc(long templateId);

    List<ReviewTemplateVersion> findByIdIn(Collection<Long> ids);
}
