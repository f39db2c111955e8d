-- The cycle page's diagram counts kept as counters (module cycles, issue 12 "Where it stands", ADR 0033, amends
-- ADR 0028): written in the same transaction as the engine's history of the cycle's instances, so a fresh count
-- reads a few dozen rows instead of all the history. Written for MariaDB and for H2 in MODE=MariaDB alike. No
-- foreign keys: the rows are written just before commit, before JPA flushes the cycle's own rows.

-- Which cycles are counted: those whose own instance started after this migration. A cycle without a row here is
-- counted by the grouped statements over the engine's history (ADR 0028).
create table cycle_counted (
    cycle_id     bigint        not null primary key,
    since        datetime(6)   not null
);

-- Activity instances per cycle, unit, process and element: started, ended normally (completed), ended cancelled.
-- Active = started - completed - cancelled. unit_id: the unit of a unit's or person's instance; 0 for the cycle's own
-- instance and its launch chunks; -1 the cycle's total (what HR reads, so a whole-cycle count reads no unit rows).
create table cycle_step_count (
    cycle_id     bigint        not null,
    unit_id      bigint        not null,
    process_key  varchar(64)   not null,
    element_id   varchar(255)  not null,
    started      bigint        not null,
    completed    bigint        not null,
    cancelled    bigint        not null,
    constraint pk_cycle_step_count primary key (cycle_id, unit_id, process_key, element_id)
);

-- The open user tasks of a counted cycle's instances that have a due date (a mirror of the engine's, kept in the
-- same transaction): overdue = rows past due, read on the index from the cycle and the moment, never every task.
create table cycle_open_task (
    task_id      varchar(64)   not null primary key,
    cycle_id     bigint        not null,
    unit_id      bigint        not null,
    process_key  varchar(64)   not null,
    element_id   varchar(255)  not null,
    due          datetime(6)   not null
);
create index ix_cycle_open_task_due on cycle_open_task (cycle_id, due, process_key, element_id);
create index ix_cycle_open_task_unit on cycle_open_task (cycle_id, unit_id, due, process_key, element_id);
