package org.ladder.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ladder.base.security.Role;
import org.ladder.people.PersonSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    String SUMMARY = "select new org.ladder.people.PersonSummary(p.id, p.displayName, p.email, p.jobTitle,"
            + " u.id, u.name, m.id, m.displayName, p.active)"
            + " from Person p left join p.unit u left join p.manager m ";

    /** Name (first-last or last-first, as in "Lindqvist Emma"), e-mail or job title; leavers only when asked. */
    String SEARCH = "(:text = '' or lower(p.displayName) like :text"
            + " or lower(concat(concat(p.lastName, ' '), p.firstName)) like :text or lower(p.email) like :text"
            + " or lower(p.jobTitle) like :text) and (p.active = true or :includeInactive = true)";

    @Query(SUMMARY + "where " + SEARCH + " order by p.displayName, p.id")
    List<PersonSummary> search(String text, boolean includeInactive, Pageable page);

    @Query("select count(p) from Person p where " + SEARCH)
    long countSearch(String text, boolean includeInactive);

    @Query(SUMMARY + "where u.id = :unitId and p.active = true order by p.displayName, p.id")
    List<PersonSummary> members(long unitId, Pageable page);

    @Query("select count(p) from Person p where p.unit.id = :unitId and p.active = true")
    long countMembers(long unitId);

    @Query(SUMMARY + "where m.id = :managerId and p.active = true order by p.displayName, p.id")
    List<PersonSummary> directReports(long managerId, Pageable page);

    @Query("select count(p) from Person p where p.manager.id = :managerId and p.active = true")
    long countDirectReports(long managerId);

    @Query(SUMMARY + "where p.id in :ids")
    List<PersonSummary> summaries(java.util.Collection<Long> ids);

    @Query("select p.username from Person p where p.manager.id = :managerId and p.active = true order by p.username")
    List<String> directReportUsernames(long managerId);

    @Query("select p.id from Person p join p.roles r where r = :role and p.active = true order by p.id")
    List<Long> activeIdsWithRole(org.ladder.base.security.Role role);

    @Query("select p.username from Person p join p.roles r where r = :role and p.active = true order by p.username")
    List<String> activeUsernamesWithRole(org.ladder.base.security.Role role);

    @Query(SUMMARY + "where p.id = :id")
    Optional<PersonSummary> summary(long id);

    @Query("select p from Person p where lower(p.username) = lower(:login) or lower(p.email) = lower(:login)")
    Optional<Person> findByLogin(String login);

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmailIgnoreCase(String email);

    @Query("select count(p) from Person p join p.roles r where r = :role and p.active = true")
    long countActiveWithRole(org.ladder.base.security.Role role);

    Optional<Person> findByExternalId(String externalId);

    @Query("select p from Person p left join fetch p.unit left join fetch p.manager")
    List<Person> findAllWithLinks();

    @Query("select distinct p.id from Person p join p.roles r where r in :roles and p.active = true")
    List<Long> activeIdsWithAnyRole(Collection<Role> roles);

    /** Pairs of (id, e-mail) of the active people among {@code ids}. */
    @Query("select p.id, p.email from Person p where p.id in :ids and p.active = true")
    List<Object[]> activeEmails(Collection<Long> ids);

    @Query("select p.manager.id from Person p where p.id = :id")
    Optional<Long> managerIdOf(long id);

    @Query("select p.id from Person p where p.manager.id in :managerIds")
    List<Long> idsReportingTo(Collection<Long> managerIds);

    @Query("select p.id from Person p where p.unit.id = :unitId and p.active = true")
    List<Long> activeMemberIds(long unitId);

    @Query("select p.username from Person p where p.id = :id")
    Optional<String> usernameOf(long id);

    @Query("select p.id from Person p where p.unit.id in :unitIds and p.active = true order by p.id")
    List<Long> activeMemberIdsIn(Collection<Long> unitIds);

    @Query("select p.id, p.username from Person p where p.id in :ids and p.active = true")
    List<Object[]> activeUsernamesOf(Collection<Long> ids);

    @Query("select p.id from Person p")
    List<Long> allIds();

    @Query("select p.username, p.id from Person p where p.username in :usernames and p.active = true")
    List<Object[]> activeIdsByUsername(Collection<String> usernames);

    @Query("select p.id, p.displayName from Person p where p.id in :ids")
    List<Object[]> displayNames(Collection<Long> ids);

    /** The person's security version and active state, for the per-request session check. */
    @Query("select new org.ladder.base.security.AccountStates$AccountState(p.securityVersion, p.active) "
            + "from Person p where p.id = :personId")
    Optional<org.ladder.base.security.AccountStates.AccountState> accountState(long personId);
}
