-- The check-in cadence (module checkins): one row per person with their current cadence, the truth the cadence
-- process reads at the end of every period (so a change takes effect from the next period), and the periods that
-- ended without a check-in. Written for MariaDB and for H2 in MODE=MariaDB alike. ADR 0019.

create sequence check_in_cadence_seq start with 1 increment by 50;
create table check_in_cadence (
    id                   bigint        not null primary key,
    person_id            bigint        not null,
    frequency            varchar(16)   not null,
    ends_on              date          not null,
    -- minutes after the organisation's start of day at which this person's periods open and end (ADR 0019)
    offset_minutes       int           not null,
    status               varchar(10)   not null,
    -- the running check-in-cadence instance, null until a launch job has started it
    process_instance_id  varchar(64),
    started_by           varchar(201)  not null,
    started_at           datetime(6)   not null,
    changed_by           varchar(201),
    changed_at           datetime(6),
    stopped_by           varchar(201),
    stopped_at           datetime(6),
    stop_reason          varchar(12),
    version              bigint        not null,
    constraint uq_check_in_cadence_person unique (person_id),
    constraint fk_check_in_cadence_person foreign key (person_id) references person (id),
    constraint ck_check_in_cadence_status check (status in ('ACTIVE', 'STOPPED', 'ENDED'))
);
create index ix_check_in_cadence_status on check_in_cadence (status, person_id);

create sequence missed_check_in_seq start with 1 increment by 50;
create table missed_check_in (
    id            bigint        not null primary key,
    person_id     bigint        not null,
    period_start  date          not null,
    due_at        datetime(6)   not null,
    recorded_at   datetime(6)   not null,
    constraint uq_missed_check_in_period unique (person_id, period_start),
    constraint fk_missed_check_in_person foreign key (person_id) references person (id)
);
