package org.ladder.people.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The engine's view of our people: active people are its users (id = username), roles are its groups. Plain
 * SQL so that it runs inside the engine's commands without touching the JPA persistence context.
 */
@Component
class EngineDirectory {

    private final NamedParameterJdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    EngineDirectory(NamedParameterJdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    record Criteria(String id, String[] ids, String firstName, String firstNameLike, String lastName,
            String lastNameLike, String email, String emailLike, String groupId, String tenantId) {
    }

    Optional<User> findUser(String username) {
        List<User> found = findUsers(new Criteria(username, null, null, null, null, null, null, null, null, null), 0, 1);
        return found.stream().findFirst();
    }

    List<User> findUsers(Criteria c, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(c, params);
        if (where == null) {
            return List.of();
        }
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("select p.username, p.first_name, p.last_name, p.email from person p where " + where
                + " order by p.username limit :limit offset :offset", params, (rs, i) -> {
                    UserEntity u = new UserEntity(rs.getString(1));
                    u.setFirstName(rs.getString(2));
                    u.setLastName(rs.getString(3));
                    u.setEmail(rs.getString(4));
                    return u;
                });
    }

    long countUsers(Criteria c) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(c, params);
        if (where == null) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from person p where " + where, params, Long.class);
        return n == null ? 0 : n;
    }

    List<String> rolesOf(String username) {
        return jdbc.queryForList("select r.role from person_role r join person p on p.id = r.person_id"
                + " where p.username = :u and p.active = true order by r.role",
                new MapSqlParameterSource("u", username), String.class);
    }

    boolean checkPassword(String username, String password) {
        if (username == null || password == null) {
            return false;
        }
        List<String> hashes = jdbc.queryForList(
                "select password_hash from person where username = :u and active = true and password_hash is not null",
                new MapSqlParameterSource("u", username), String.class);
        return hashes.size() == 1 && passwordEncoder.matches(password, hashes.get(0));
    }

    /** The WHERE clause for the criteria, or {@code null} when nothing can match (e.g. a tenant filter). */
    private static String where(Criteria c, MapSqlParameterSource params) {
        if (c.tenantId() != null) {
            return null; // Ladder has no tenants
        }
        List<String> parts = new ArrayList<>();
        parts.add("p.active = true");
        eq(parts, params, "p.username", "id", c.id());
        if (c.ids() != null) {
            if (c.ids().length == 0) {
                return null;
            }
            parts.add("p.username in (:ids)");
            params.addValue("ids", Arrays.asList(c.ids()));
        }
        eq(parts, params, "p.first_name", "firstName", c.firstName());
        like(parts, params, "p.first_name", "firstNameLike", c.firstNameLike());
        eq(parts, params, "p.last_name", "lastName", c.lastName());
        like(parts, params, "p.last_name", "lastNameLike", c.lastNameLike());
        eq(parts, params, "p.email", "email", c.email());
        like(parts, params, "p.email", "emailLike", c.emailLike());
        if (c.groupId() != null) {
            parts.add("exists (select 1 from person_role r where r.person_id = p.id and r.role = :groupId)");
            params.addValue("groupId", c.groupId());
        }
        return String.join(" and ", parts);
    }

    private static void eq(List<String> parts, MapSqlParameterSource params, String column, String name, String value) {
        if (value != null) {
            parts.add(column + " = :" + name);
            params.addValue(name, value);
        }
    }

    private static void like(List<String> parts, MapSqlParameterSource params, String column, String name,
            String value) {
        if (value != null) {
            parts.add("lower(" + column + ") like lower(:" + name + ")");
            params.addValue(name, value);
        }
    }
}
