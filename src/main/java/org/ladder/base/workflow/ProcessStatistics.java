package org.ladder.base.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts a process diagram shows per step ({@link StepCounts}), for all instances of some process definitions
 * or only for those whose business key starts with a prefix (the instances of one alignment cycle). Three grouped
 * statements, whatever the number of instances (ADR 0028): the engine's history of activity instances, grouped by
 * activity on its own covering index ({@code ACT_IDX_HI_ACT_INST_STATS}: still open = active, ended without being
 * cancelled = completed), its open incidents grouped by activity (failed), and its open user tasks past their due
 * date grouped by task definition (overdue). No loop over instances. The engine's public statistics queries group
 * by definition only and cannot be limited to a business key, hence the SQL, which mirrors the engine's own
 * {@code HistoricActivityStatistics} statement; the tables are those of Camunda 7 and Operaton alike.
 * <p>
 * Needs history level {@code activity} or finer (the application runs {@code full}). No caller check: the caller
 * decides whose counts these are.
 */
@Component
public class ProcessStatistics {

    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String prefix;

    ProcessStatistics(RepositoryService repository, JdbcTemplate jdbc, Clock clock, ProcessEngine engine) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
        String p = engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl
                ? impl.getDatabaseTablePrefix() : null;
        this.prefix = p == null ? "" : p;
    }

    /** The ids of every deployed version of a process, newest first (empty when none is deployed). */
    @Transactional(readOnly = true)
    public List<String> definitionIds(String processDefinitionKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
                .orderByProcessDefinitionVersion().desc().list().stream().map(ProcessDefinition::getId).toList();
    }

    /** Counts per element id over every instance of these definitions (versions of one model, or its pools). */
    @Transactional(readOnly = true)
    public Map<String, StepCounts> forDefinitions(Collection<String> processDefinitionIds) {
        return counts(processDefinitionIds, null, List.of());
    }

    /**
     * Counts per element id over the instances of these definitions whose business key starts with
     * {@code businessKeyPrefix} (matched literally: {@code %} and {@code _} in it are no wildcards).
     */
    @Transactional(readOnly = true)
    public Map<String, StepCounts> forBusinessKeyPrefix(Collection<String> processDefinitionIds,
            String businessKeyPrefix) {
        if (businessKeyPrefix == null || businessKeyPrefix.isEmpty()) {
            throw new IllegalArgumentException("A business key prefix is needed");
        }
        return counts(processDefinitionIds, " and PI.BUSINESS_KEY_ like ? escape '!'",
                List.of(likePrefix(businessKeyPrefix)));
    }

    /**
     * Counts per element id over the instances of these definitions with one of these business keys (at most
     * {@link #MAX_KEYS}; e.g. the units a manager heads and their people).
     */
    @Transactional(readOnly = true)
    public Map<String, StepCounts> forBusinessKeys(Collection<String> processDefinitionIds,
            Collection<String> businessKeys) {
        List<String> keys = businessKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("At most " + MAX_KEYS + " business keys at once, not " + keys.size());
        }
        if (keys.isEmpty()) {
            return Map.of();
        }
        return counts(processDefinitionIds, " and PI.BUSINESS_KEY_ in ("
                + keys.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")", keys);
    }

    /** Business keys one {@link #forBusinessKeys} call takes at most. */
    public static final int MAX_KEYS = 2_000;

    /** The LIKE pattern for a literal prefix, with {@code !} as the escape character. */
    public static String likePrefix(String literal) {
        return literal.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private Map<String, StepCounts> counts(Collection<String> definitionIds, String scope, List<String> scopeArgs) {
        List<String> ids = definitionIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        boolean scoped = scope != null;
        String in = ids.stream().map(i -> "?").collect(Collectors.joining(", "));
        Map<String, long[]> raw = new HashMap<>();

        List<Object> args = new ArrayList<>(ids);
        args.addAll(scoped ? scopeArgs : List.of());
        jdbc.query("select ACT.ACT_ID_, "
                + "sum(case when ACT.END_TIME_ is null then 1 else 0 end), "
                + "sum(case when ACT.END_TIME_ is not null and (ACT.ACT_INST_STATE_ is null or ACT.ACT_INST_STATE_ <> 2)"
                + " then 1 else 0 end) "
                + "from " + prefix + "ACT_HI_ACTINST ACT "
                + (scoped ? "join " + prefix + "ACT_HI_PROCINST PI on PI.ID_ = ACT.PROC_INST_ID_ " : "")
                + "where ACT.PROC_DEF_ID_ in (" + in + ")" + (scoped ? scope : "")
                + " group by ACT.ACT_ID_", rs -> {
                    long[] c = raw.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    c[0] += rs.getLong(2);
                    c[2] += rs.getLong(3);
                }, args.toArray());

        args = new ArrayList<>(ids);
        args.addAll(scoped ? scopeArgs : List.of());
        jdbc.query("select INC.ACTIVITY_ID_, count(*) from " + prefix + "ACT_RU_INCIDENT INC "
                + (scoped ? "join " + prefix + "ACT_RU_EXECUTION PI on PI.ID_ = INC.PROC_INST_ID_ " : "")
                + "where INC.PROC_DEF_ID_ in (" + in + ") and INC.ACTIVITY_ID_ is not null" + (scoped ? scope : "")
                + " group by INC.ACTIVITY_ID_", rs -> {
                    raw.computeIfAbsent(rs.getString(1), k -> new long[4])[3] += rs.getLong(2);
                }, args.toArray());

        args = new ArrayList<>(ids);
        args.add(Timestamp.from(clock.instant()));
        args.addAll(scoped ? scopeArgs : List.of());
        jdbc.query("select T.TASK_DEF_KEY_, count(*) from " + prefix + "ACT_RU_TASK T "
                + (scoped ? "join " + prefix + "ACT_RU_EXECUTION PI on PI.ID_ = T.PROC_INST_ID_ " : "")
                + "where T.PROC_DEF_ID_ in (" + in + ") and T.DUE_DATE_ < ?" + (scoped ? scope : "")
                + " group by T.TASK_DEF_KEY_", rs -> {
                    raw.computeIfAbsent(rs.getString(1), k -> new long[4])[1] += rs.getLong(2);
                }, args.toArray());

        Map<String, StepCounts> counts = new HashMap<>();
        raw.forEach((id, c) -> counts.put(id, new StepCounts(c[0], c[1], c[2], c[3])));
        return Map.copyOf(counts);
    }
}
