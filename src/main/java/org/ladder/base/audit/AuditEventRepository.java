package org.ladder.base.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(String subjectType, String subjectId,
            Pageable page);

    List<AuditEvent> findByActionOrderByOccurredAtDesc(String action, Pageable page);
}
