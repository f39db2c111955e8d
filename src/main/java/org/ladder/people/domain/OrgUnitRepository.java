package org.ladder.people.domain;

import java.util.List;
import java.util.Optional;

import org.ladder.people.OrgUnitNode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    String NODE = "select new org.ladder.people.OrgUnitNode(u.id, u.name, par.id, h.id, h.displayName,"
            + " (select count(c) from OrgUnit c where c.parent = u),"
            + " (select count(p) from Person p where p.unit = u and p.active = true))"
            + " from OrgUnit u left join u.parent par left join u.head h ";

    @Query(NODE + "where par.id = :parentId order by u.name, u.id")
    List<OrgUnitNode> children(long parentId, Pageable page);

    @Query(NODE + "where u.parent is null order by u.name, u.id")
    List<OrgUnitNode> roots(Pageable page);

    @Query("select count(u) from OrgUnit u where u.parent.id = :parentId")
    long countChildren(long parentId);

    @Query("select count(u) from OrgUnit u where u.parent is null")
    long countRoots();

    @Query(NODE + "where (:pattern = '' or lower(u.name) like :pattern) order by u.name, u.id")
    List<OrgUnitNode> search(String pattern, Pageable page);

    @Query(NODE + "where u.id = :id")
    Optional<OrgUnitNode> node(long id);

    Optional<OrgUnit> findByExternalId(String externalId);

    @Query("select u from OrgUnit u left join fetch u.parent left join fetch u.head")
    List<OrgUnit> findAllWithLinks();

    @Query("select u.parent.id from OrgUnit u where u.id = :id")
    Optional<Long> parentIdOf(long id);

    @Query("select u.head.id from OrgUnit u where u.id = :id")
    Optional<Long> headIdOf(long id);

    @Query("select u.id from OrgUnit u where u.head.id = :personId order by u.name")
    List<Long> idsHeadedBy(long personId);

    @Query("select u.id, u.head.id from OrgUnit u where u.id in :ids")
    List<Object[]> headIdsOf(java.util.Collection<Long> ids);

    @Query("select u.id, p.id from OrgUnit u left join u.parent p")
    List<Object[]> allParentLinks();

    @Query(NODE + "where u.id in :ids order by u.name, u.id")
    List<OrgUnitNode> nodes(java.util.Collection<Long> ids);
}
