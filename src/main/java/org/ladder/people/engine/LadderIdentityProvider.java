package org.ladder.people.engine;

import java.util.Arrays;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.ladder.base.security.Role;

/**
 * A read-only identity provider over our people and roles: the engine, Cockpit, Tasklist and Admin see real
 * people as users and roles as groups. Users are managed in Ladder, never in the engine.
 */
class LadderIdentityProvider implements ReadOnlyIdentityProvider {

    private final EngineDirectory directory;

    LadderIdentityProvider(EngineDirectory directory) {
        this.directory = directory;
    }

    EngineDirectory directory() {
        return directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.findUser(userId).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new LadderUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new LadderUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new IdentityProviderException("Native user queries are not supported: people live in Ladder.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(groupId)).findFirst()
                .map(LadderGroupQuery::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new LadderGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new LadderGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources of its own: queries run on the engine's connection
    }
}
