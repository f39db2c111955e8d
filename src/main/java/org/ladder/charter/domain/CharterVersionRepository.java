package org.ladder.charter.domain;

import java.util.List;
import java.util.Optional;

import org.ladder.charter.CharterStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CharterVersionRepository extends JpaRepository<CharterVersion, Long> {

    Optional<CharterVersion> findFirstByStatus(CharterStatus status);

    List<CharterVersion> findAllByOrderByNumberDesc();

    @Query("select v.id, v.mission from CharterVersion v where v.status = :status")
    List<Object[]> idAndMission(CharterStatus status);

    @Query(value = "select name from charter_pillar where version_id = :versionId order by position", nativeQuery = true)
    List<String> pillarNames(long versionId);

    @Query("select coalesce(max(v.number), 0) from CharterVersion v")
    int maxNumber();
}
