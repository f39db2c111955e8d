package org.ladder.base.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a provider's user becomes a Ladder person ({@code ladder.oidc.*}). The provider itself is configured with
 * Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*} and {@code ...provider.<id>.issuer-uri};
 * without a registration, single sign-on is off.
 */
@ConfigurationProperties("ladder.oidc")
public class OidcLoginProperties {

    /** Which of the person's fields the provider's claim is compared with. */
    public enum MatchBy {
        EMAIL, EXTERNAL_ID
    }

    /** Where a signed-in person's roles come from. */
    public enum RolesFrom {
        LADDER, CLAIM
    }

    private MatchBy matchBy = MatchBy.EMAIL;
    /** The claim compared with the person's field; by default {@code email} or {@code sub}. */
    private String matchClaim;
    private RolesFrom rolesFrom = RolesFrom.LADDER;
    /** The claim with the roles (a list or one string); a dotted path reaches into objects. */
    private String rolesClaim = "roles";
    /** Claim value to Ladder roles; when empty, the values are Ladder's role names. Compared case-insensitively. */
    private Map<String, Set<Role>> roleMapping = new LinkedHashMap<>();
    /** Whether signing out also ends the session at the provider (when it offers an end-session endpoint). */
    private boolean endProviderSession = true;

    public MatchBy getMatchBy() {
        return matchBy;
    }

    public void setMatchBy(MatchBy matchBy) {
        this.matchBy = matchBy;
    }

    public String getMatchClaim() {
        return matchClaim;
    }

    public void setMatchClaim(String matchClaim) {
        this.matchClaim = matchClaim;
    }

    /** The claim actually used: the configured one, else {@code email} or {@code sub}. */
    public String effectiveMatchClaim() {
        if (matchClaim != null && !matchClaim.isBlank()) {
            return matchClaim.trim();
        }
        return matchBy == MatchBy.EMAIL ? "email" : "sub";
    }

    public RolesFrom getRolesFrom() {
        return rolesFrom;
    }

    public void setRolesFrom(RolesFrom rolesFrom) {
        this.rolesFrom = rolesFrom;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    public Map<String, Set<Role>> getRoleMapping() {
        return roleMapping;
    }

    public void setRoleMapping(Map<String, Set<Role>> roleMapping) {
        this.roleMapping = roleMapping;
    }

    /** The mapping with lower-case keys. */
    Map<String, Set<Role>> normalisedRoleMapping() {
        Map<String, Set<Role>> result = new LinkedHashMap<>();
        roleMapping.forEach((k, v) -> result.put(k.trim().toLowerCase(Locale.ROOT), v));
        return result;
    }

    public boolean isEndProviderSession() {
        return endProviderSession;
    }

    public void setEndProviderSession(boolean endProviderSession) {
        this.endProviderSession = endProviderSession;
    }
}
