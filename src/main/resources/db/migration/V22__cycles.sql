-- The alignment cycle (module cycles): a cycle per scope and period, the units and people it covers with where each
-- stands in the cascade. Written for MariaDB and for H2 in MODE=MariaDB alike. ADR 0026, 0027.

-- One cycle. scope_key is 'org' (the whole organisation) or 'unit:<id>' (a unit subtree); one cycle per scope and
-- period (uq_cycle_scope_period), so a double launch gives exactly one cycle.
create sequence cycle_seq start with 1 increment by 50;
create table cycle (
    id                       bigint        not null primary key,
    name                     varchar(100)  not null,
    period_start             date          not null,
    period_end               date          not null,
    scope_key                varchar(40)   not null,
    scope_unit_id            bigint,
    define_by                date          not null,
    cascade_by               date          not null,
    review_starts_on         date          not null,
    review_by                date          not null,
    revise_by                date          not null,
    close_by                 date          not null,
    -- the cadence chosen for everyone; null: each unit's from the cycle rules (cycle-rules.dmn)
    frequency                varchar(16),
    review_template_id       bigint        not null,
    gaps_accepted            boolean       not null,
    status                   varchar(12)   not null,
    phase                    varchar(12)   not null,
    process_instance_id      varchar(64),
    charter_version_id       bigint,
    strategy_decision        varchar(12),
    next_charter_version_id  bigint,
    outcome_summary          varchar(4000),
    launched_by              varchar(201)  not null,
    launched_at              datetime(6)   not null,
    paused_by                varchar(201),
    paused_at                datetime(6),
    ended_by                 varchar(201),
    ended_at                 datetime(6),
    end_reason               varchar(500),
    version                  bigint        not null,
    constraint uq_cycle_scope_period unique (scope_key, period_start, period_end),
    constraint fk_cycle_scope_unit foreign key (scope_unit_id) references org_unit (id),
    constraint ck_cycle_status check (status in ('RUNNING', 'PAUSED', 'CANCELLED', 'CLOSED')),
    constraint ck_cycle_phase check (phase in ('DEFINE', 'CASCADE', 'CHECK_INS', 'REVIEW', 'REVISE', 'CLOSE', 'CLOSED'))
);
create index ix_cycle_status on cycle (status, period_start);

-- A unit in a cycle: its level in the scope (1 = the top), its head at launch, the rule that set its defaults, and
-- where its cascade stands (WAITING for the level above, SETTING goals, READY: its goals are active).
create sequence cycle_unit_seq start with 1 increment by 50;
create table cycle_unit (
    id                   bigint        not null primary key,
    cycle_id             bigint        not null,
    unit_id              bigint        not null,
    parent_unit_id       bigint,
    unit_level           int           not null,
    head_id              bigint,
    members              int           not null,
    rule_row             int           not null,
    rule_label           varchar(200)  not null,
    frequency            varchar(16)   not null,
    unit_goals_days      int           not null,
    personal_goals_days  int           not null,
    status               varchar(10)   not null,
    goals_due            date,
    escalation           varchar(12)   not null,
    process_instance_id  varchar(64),
    started_at           datetime(6),
    ready_at             datetime(6),
    version              bigint        not null,
    constraint uq_cycle_unit unique (cycle_id, unit_id),
    constraint fk_cycle_unit_cycle foreign key (cycle_id) references cycle (id),
    constraint fk_cycle_unit_unit foreign key (unit_id) references org_unit (id),
    constraint ck_cycle_unit_status check (status in ('WAITING', 'SETTING', 'READY'))
);
create index ix_cycle_unit_parent on cycle_unit (cycle_id, parent_unit_id);
create index ix_cycle_unit_status on cycle_unit (cycle_id, status);

-- A person in a cycle: their unit and manager at launch, and their personal goals' state (WAITING for their unit,
-- DRAFTING, DONE: a personal goal is approved, LEFT: left during the cycle).
create sequence cycle_person_seq start with 1 increment by 50;
create table cycle_person (
    id                   bigint        not null primary key,
    cycle_id             bigint        not null,
    person_id            bigint        not null,
    unit_id              bigint        not null,
    manager_id           bigint,
    status               varchar(10)   not null,
    goals_due            date,
    escalation           varchar(12)   not null,
    process_instance_id  varchar(64),
    started_at           datetime(6),
    done_at              datetime(6),
    version              bigint        not null,
    constraint uq_cycle_person unique (cycle_id, person_id),
    constraint fk_cycle_person_cycle foreign key (cycle_id) references cycle (id),
    constraint fk_cycle_person_person foreign key (person_id) references person (id),
    constraint ck_cycle_person_status check (status in ('WAITING', 'DRAFTING', 'DONE', 'LEFT'))
);
create index ix_cycle_person_unit on cycle_person (cycle_id, unit_id, status);
create index ix_cycle_person_person on cycle_person (person_id, cycle_id);
