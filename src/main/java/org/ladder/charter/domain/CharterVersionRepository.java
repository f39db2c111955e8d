package org.ladder.charter.domain;

import java.util.List;
import java.util.Optional;

import org.ladder.charter.CharterStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CharterVersionRepository extends JpaRepository<CharterVersion, Long> {

    Optional<CharterVersion> findFirstByStatus(CharterStatus status);

    List<CharterVersion> findAllByOrderByNumberDesc();

    @Query("select coalesce(max(v.number), 0) from CharterVersion v")
    int maxNumber();
}
