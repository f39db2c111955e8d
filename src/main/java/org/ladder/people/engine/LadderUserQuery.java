package org.ladder.people.engine;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query, answered from our people. */
class LadderUserQuery extends UserQueryImpl {

    LadderUserQuery() {
    }

    LadderUserQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
        return provider(context).directory().countUsers(criteria());
    }

    @Override
    public List<User> executeList(CommandContext context, Page page) {
        // the engine passes paging either as a Page or in the query's own fields (listPage)
        int offset = page != null ? page.getFirstResult() : getFirstResult();
        int limit = page != null ? page.getMaxResults() : getMaxResults();
        return provider(context).directory().findUsers(criteria(), offset, limit);
    }

    private EngineDirectory.Criteria criteria() {
        return new EngineDirectory.Criteria(id, ids, firstName, firstNameLike, lastName, lastNameLike, email,
                emailLike, groupId, tenantId);
    }

    private static LadderIdentityProvider provider(CommandContext context) {
        return (LadderIdentityProvider) context.getReadOnlyIdentityProvider();
    }
}
