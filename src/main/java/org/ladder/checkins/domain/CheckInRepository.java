package org.ladder.checkins.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** A person's check-ins, newest first. */
    @Query("select c from CheckIn c where c.personId = :personId order by c.submittedAt desc, c.id desc")
    List<CheckIn> ofPerson(long personId, Pageable page);

    long countByPersonId(long personId);

    Optional<CheckIn> findFirstByPersonIdOrderBySubmittedAtDescIdDesc(long personId);
}
