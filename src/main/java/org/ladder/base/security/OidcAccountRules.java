package org.ladder.base.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.security.OidcLoginProperties.MatchBy;
import org.ladder.base.security.OidcLoginProperties.RolesFrom;

/**
 * Which person a provider's user is, and with which roles: the claim configured for matching must name exactly
 * one person, who must be active; roles come from Ladder or from a claim. Refuses rather than creating anyone.
 */
final class OidcAccountRules {

    /** The outcome: the person with the roles to sign in with, or the refusal and what it was about. */
    record Outcome(LadderUser person, Set<Role> roles, OidcRefusal refusal, String detail) {

        static Outcome accepted(LadderUser person, Set<Role> roles) {
            return new Outcome(person, roles, null, null);
        }

        static Outcome refused(LadderUser person, OidcRefusal refusal, String detail) {
            return new Outcome(person, Set.of(), refusal, detail);
        }

        boolean isAccepted() {
            return refusal == null;
        }
    }

    private final OidcLoginProperties properties;
    private final ExternalIdentities people;

    OidcAccountRules(OidcLoginProperties properties, ExternalIdentities people) {
        this.properties = properties;
        this.people = people;
    }

    Outcome resolve(Map<String, Object> claims) {
        String claim = properties.effectiveMatchClaim();
        String value = text(claims.get(claim)).orElse(null);
        if (value == null) {
            return Outcome.refused(null, OidcRefusal.UNKNOWN, "the provider sent no claim '" + claim + "'");
        }
        boolean byEmail = properties.getMatchBy() == MatchBy.EMAIL;
        if (byEmail && Boolean.FALSE.equals(claims.get("email_verified"))) {
            return Outcome.refused(null, OidcRefusal.UNVERIFIED, claim + " " + value + " is not verified");
        }
        String field = byEmail ? "e-mail" : "external id";
        Optional<LadderUser> match = byEmail ? people.findByEmail(value) : people.findByExternalId(value);
        if (match.isEmpty()) {
            return Outcome.refused(null, OidcRefusal.UNKNOWN, "no person with " + field + " " + value);
        }
        LadderUser person = match.get();
        if (!person.active()) {
            return Outcome.refused(person, OidcRefusal.DEACTIVATED, person.getUsername() + " is deactivated");
        }
        Set<Role> roles = properties.getRolesFrom() == RolesFrom.LADDER ? person.roles() : rolesFromClaim(claims);
        if (roles.isEmpty()) {
            return Outcome.refused(person, OidcRefusal.NO_ROLE, properties.getRolesFrom() == RolesFrom.LADDER
                    ? person.getUsername() + " holds no role in Ladder"
                    : "claim '" + properties.getRolesClaim() + "' grants no Ladder role");
        }
        return Outcome.accepted(person, roles);
    }

    Set<Role> rolesFromClaim(Map<String, Object> claims) {
        Map<String, Set<Role>> mapping = properties.normalisedRoleMapping();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(path(claims, properties.getRolesClaim()))) {
            if (mapping.isEmpty()) {
                Role.parse(value).ifPresent(roles::add);
            } else {
                roles.addAll(mapping.getOrDefault(value.trim().toLowerCase(Locale.ROOT), Set.of()));
            }
        }
        return roles;
    }

    /** A claim by name, or by a dotted path into nested objects ({@code realm_access.roles}). */
    static Object path(Map<String, Object> claims, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static Collection<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String s) {
            return java.util.Arrays.stream(s.split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
        }
        return java.util.List.of();
    }

    private static Optional<String> text(Object claim) {
        return claim == null || String.valueOf(claim).isBlank() ? Optional.empty()
                : Optional.of(String.valueOf(claim).trim());
    }
}
