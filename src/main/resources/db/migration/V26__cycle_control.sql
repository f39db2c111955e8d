-- HR's pause, resume and cancel of a cycle, worked off in chunks by asynchronous jobs (ADR 0034): one row per
-- command, the work it has done so far (what the cycle page shows) and when it ended. Written for MariaDB and for H2
-- in MODE=MariaDB alike.
create sequence cycle_control_seq start with 1 increment by 50;
create table cycle_control (
    id                 bigint        not null primary key,
    cycle_id           bigint        not null,
    operation          varchar(12)   not null,
    -- INSTANCES, CADENCES, REVIEWS, DONE (a cancel goes through all; a pause or resume through INSTANCES only)
    stage              varchar(12)   not null,
    instances_total    int           not null,
    instances_done     int           not null,
    cadences_total     int           not null,
    cadences_done      int           not null,
    reviews_done       int           not null,
    -- the last person id whose cadence a cancel has stopped (it goes through the cycle's people in id order)
    person_cursor      bigint        not null,
    chunks             int           not null,
    requested_by       varchar(201)  not null,
    requested_at       datetime(6)   not null,
    finished_at        datetime(6),
    -- set when a later command (a cancel during a pause) took over
    superseded         boolean       not null,
    version            bigint        not null,
    constraint fk_cycle_control_cycle foreign key (cycle_id) references cycle (id)
);
-- the cycle's current command: where cycle_id = ? order by id desc
create index ix_cycle_control_cycle on cycle_control (cycle_id, id);
