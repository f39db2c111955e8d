package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The lookups other modules use to fan out to people (no one signed in, as in an engine job). */
@LadderIntegrationTest
class PeopleFanOutQueriesTest {

    @Autowired
    PeopleService people;

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    @Test
    void activePeopleByRoleAreTheEnginesGroupMembers() {
        List<Long> leadership = people.activePersonIdsWithAnyRole(Set.of(Role.LEADERSHIP));
        assertThat(leadership).contains(id("ceo")).doesNotContain(id("employee"), id("hr"));

        List<Long> hrOrAdmin = people.activePersonIdsWithAnyRole(EnumSet.of(Role.HR, Role.ADMIN));
        assertThat(hrOrAdmin).contains(id("hr"), id("admin")).doesNotHaveDuplicates();

        assertThat(people.activePersonIdsWithAnyRole(Set.of(Role.EMPLOYEE)))
                .hasSizeGreaterThanOrEqualTo(120).contains(id("employee"), id("ceo"));
        assertThat(people.activePersonIdsWithAnyRole(Set.of())).isEmpty();
    }

    @Test
    void activeEmailsByIdSkipUnknownIds() {
        long emma = id("employee");
        long hannah = id("hr");
        Map<Long, String> emails = people.activeEmails(List.of(emma, hannah, emma, -5L));
        assertThat(emails).containsOnlyKeys(emma, hannah);
        assertThat(emails.get(emma)).isEqualTo(people.findByUsername("employee").orElseThrow().email());
        assertThat(people.activeEmails(List.of())).isEmpty();
    }
}
