-- Onboarding for mission fit (module cycles, issue 12 item 4, ADR 0029): one row per person who joined a unit during
-- a running cycle, the truth the onboarding process and the cycle page read. open_person_id is the person's id while
-- the onboarding is open and null once it ended, so its unique constraint allows one open onboarding per person
-- (NULLs never clash, on MariaDB and on H2 alike) while keeping the ended ones. Written for MariaDB and for H2 in
-- MODE=MariaDB alike.

create sequence cycle_onboarding_seq start with 1 increment by 50;
create table cycle_onboarding (
    id                   bigint        not null primary key,
    cycle_id             bigint        not null,
    person_id            bigint        not null,
    unit_id              bigint        not null,
    previous_unit_id     bigint,
    open_person_id       bigint,
    stage                varchar(16)   not null,
    joined_at            datetime(6)   not null,
    acknowledgement_campaign_id bigint,
    acknowledged_at      datetime(6),
    goals_due_at         datetime(6)   not null,
    reminded_at          datetime(6),
    escalated_at         datetime(6),
    escalated_to         varchar(10),
    done_at              datetime(6),
    closed_at            datetime(6),
    close_reason         varchar(16),
    -- the running onboarding instance, null until the start job has started it
    process_instance_id  varchar(64),
    version              bigint        not null,
    constraint uq_cycle_onboarding_open unique (open_person_id),
    constraint fk_cycle_onboarding_person foreign key (person_id) references person (id),
    constraint fk_cycle_onboarding_unit foreign key (unit_id) references org_unit (id),
    constraint ck_cycle_onboarding_stage check (stage in ('ACKNOWLEDGING', 'SETTING_GOALS', 'DONE', 'CLOSED')),
    constraint ck_cycle_onboarding_reason check (close_reason is null
        or close_reason in ('LEFT', 'MOVED', 'CYCLE_ENDED'))
);
create index ix_cycle_onboarding_cycle on cycle_onboarding (cycle_id, stage, goals_due_at);
create index ix_cycle_onboarding_person on cycle_onboarding (person_id, cycle_id);
create index ix_cycle_onboarding_unstarted on cycle_onboarding (process_instance_id, open_person_id);
