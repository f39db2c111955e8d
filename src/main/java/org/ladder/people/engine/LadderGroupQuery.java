package org.ladder.people.engine;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.ladder.base.security.Role;

/** The engine's group query: the groups are our roles. */
class LadderGroupQuery extends GroupQueryImpl {

    static final String GROUP_TYPE = "ROLE";

    LadderGroupQuery() {
    }

    LadderGroupQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
        return matching(context).count();
    }

    @Override
    public List<Group> executeList(CommandContext context, Page page) {
        int offset = page != null ? page.getFirstResult() : getFirstResult();
        int limit = page != null ? page.getMaxResults() : getMaxResults();
        return matching(context).skip(offset).limit(limit).toList();
    }

    static Group toGroup(Role role) {
        GroupEntity g = new GroupEntity(role.name());
        g.setName(role.label());
        g.setType(GROUP_TYPE);
        return g;
    }

    private Stream<Group> matching(CommandContext context) {
        if (tenantId != null) {
            return Stream.empty();
        }
        List<String> memberOf = userId == null ? null
                : ((LadderIdentityProvider) context.getReadOnlyIdentityProvider()).directory().rolesOf(userId);
        return Arrays.stream(Role.values())
                .filter(r -> id == null || r.name().equals(id))
                .filter(r -> ids == null || Arrays.asList(ids).contains(r.name()))
                .filter(r -> name == null || r.label().equals(name))
                .filter(r -> nameLike == null || likeMatches(r.label(), nameLike))
                .filter(r -> type == null || GROUP_TYPE.equals(type))
                .filter(r -> memberOf == null || memberOf.contains(r.name()))
                .map(LadderGroupQuery::toGroup);
    }

    private static boolean likeMatches(String value, String pattern) {
        String regex = java.util.regex.Pattern.quote(pattern.toLowerCase(java.util.Locale.ROOT))
                .replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
        return value.toLowerCase(java.util.Locale.ROOT).matches(regex);
    }
}
