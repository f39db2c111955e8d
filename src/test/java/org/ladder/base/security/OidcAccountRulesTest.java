package org.ladder.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.OidcLoginProperties.MatchBy;
import org.ladder.base.security.OidcLoginProperties.RolesFrom;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The mapping rules from a provider's claims to a person and roles, and how their properties bind. */
class OidcAccountRulesTest {

    private static final LadderUser EMMA = new LadderUser(7, "employee", "Emma Lindqvist", "hash", true,
            EnumSet.of(Role.EMPLOYEE));
    private static final LadderUser GONE = new LadderUser(8, "gone", "Gone Person", "hash", false,
            EnumSet.of(Role.EMPLOYEE));

    private final OidcLoginProperties properties = new OidcLoginProperties();

    private final ExternalIdentities people = new ExternalIdentities() {
        @Override
        public Optional<LadderUser> findByEmail(String email) {
            return switch (email) {
                case "emma@example.org" -> Optional.of(EMMA);
                case "gone@example.org" -> Optional.of(GONE);
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<LadderUser> findByExternalId(String externalId) {
            return "E-7".equals(externalId) ? Optional.of(EMMA) : Optional.empty();
        }
    };

    private OidcAccountRules.Outcome resolve(Map<String, Object> claims) {
        return new OidcAccountRules(properties, people).resolve(claims);
    }

    @Test
    void matchesByEmailWithLadderRolesByDefault() {
        OidcAccountRules.Outcome outcome = resolve(Map.of("sub", "x", "email", "emma@example.org",
                "roles", List.of("ADMIN")));
        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.person()).isSameAs(EMMA);
        assertThat(outcome.roles()).containsExactly(Role.EMPLOYEE); // the claim is ignored
    }

    @Test
    void refusesUnknownMissingUnverifiedAndDeactivated() {
        assertThat(resolve(Map.of("email", "nobody@example.org")).refusal()).isEqualTo(OidcRefusal.UNKNOWN);
        assertThat(resolve(Map.of("sub", "x")).refusal()).isEqualTo(OidcRefusal.UNKNOWN);
        assertThat(resolve(Map.of("email", "emma@example.org", "email_verified", false)).refusal())
                .isEqualTo(OidcRefusal.UNVERIFIED);
        OidcAccountRules.Outcome gone = resolve(Map.of("email", "gone@example.org"));
        assertThat(gone.refusal()).isEqualTo(OidcRefusal.DEACTIVATED);
        assertThat(gone.person()).isSameAs(GONE);
    }

    @Test
    void matchesByExternalIdFromTheConfiguredClaim() {
        properties.setMatchBy(MatchBy.EXTERNAL_ID);
        assertThat(properties.effectiveMatchClaim()).isEqualTo("sub");
        properties.setMatchClaim("employee_id");
        assertThat(resolve(Map.of("sub", "E-7", "employee_id", "E-7")).person()).isSameAs(EMMA);
        assertThat(resolve(Map.of("sub", "E-7", "email", "emma@example.org")).refusal())
                .isEqualTo(OidcRefusal.UNKNOWN);
    }

    @Test
    void takesRolesFromANestedClaimByNameOrByMapping() {
        properties.setRolesFrom(RolesFrom.CLAIM);
        properties.setRolesClaim("realm_access.roles");
        Map<String, Object> claims = Map.of("email", "emma@example.org",
                "realm_access", Map.of("roles", List.of("hr", "Employee", "offline_access")));
        assertThat(resolve(claims).roles()).containsExactlyInAnyOrder(Role.HR, Role.EMPLOYEE);

        properties.setRoleMapping(Map.of("Offline_Access", EnumSet.of(Role.MANAGER, Role.EMPLOYEE)));
        assertThat(resolve(claims).roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);

        properties.setRolesClaim("groups");
        assertThat(resolve(claims).refusal()).isEqualTo(OidcRefusal.NO_ROLE);
    }

    @Test
    void bindsFromProperties() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "ladder.oidc.match-by", "external-id",
                "ladder.oidc.match-claim", "employee_id",
                "ladder.oidc.roles-from", "claim",
                "ladder.oidc.roles-claim", "groups",
                "ladder.oidc.role-mapping[8f2c-Ladder-HR]", "HR,EMPLOYEE",
                "ladder.oidc.end-provider-session", "false"));
        OidcLoginProperties bound = new Binder(source).bind("ladder.oidc", OidcLoginProperties.class).get();
        assertThat(bound.getMatchBy()).isEqualTo(MatchBy.EXTERNAL_ID);
        assertThat(bound.effectiveMatchClaim()).isEqualTo("employee_id");
        assertThat(bound.getRolesFrom()).isEqualTo(RolesFrom.CLAIM);
        assertThat(bound.normalisedRoleMapping()).containsEntry("8f2c-ladder-hr", Set.of(Role.HR, Role.EMPLOYEE));
        assertThat(bound.isEndProviderSession()).isFalse();
    }
}
