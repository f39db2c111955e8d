-- Check-ins and the alignment pulse (module checkins). Written for MariaDB and for H2 in MODE=MariaDB alike.

-- A goal's latest check-in, kept on the goal (module goals shows it; "at risk" also uses the confidence).
alter table goal add column confidence varchar(10);
alter table goal add column last_check_in_at datetime(6);

-- The alignment pulse: "I see how my work contributes to our goals" (1-5) and one optional line, answered with a
-- check-in. One answer per person and calendar month (period_start is the month's first day; a second answer in
-- the same month replaces the first). unit_id is the person's unit when answering, so a trend stays historical.
-- Results are only ever read as aggregates of at least 5 answers (module checkins, ADR 0022).
create sequence pulse_answer_seq start with 1 increment by 50;
create table pulse_answer (
    id            bigint        not null primary key,
    person_id     bigint        not null,
    unit_id       bigint        not null,
    period_start  date          not null,
    score         int           not null,
    comment       varchar(280),
    answered_at   datetime(6)   not null,
    constraint uq_pulse_answer_person_period unique (person_id, period_start),
    constraint fk_pulse_answer_person foreign key (person_id) references person (id),
    constraint fk_pulse_answer_unit foreign key (unit_id) references org_unit (id),
    constraint ck_pulse_answer_score check (score between 1 and 5)
);
create index ix_pulse_answer_unit_period on pulse_answer (unit_id, period_start);
create index ix_pulse_answer_period on pulse_answer (period_start, unit_id);

-- The check-in tables follow (module checkins).

-- A check-in: one person's update of all their active goals at once, kept forever (never changed once submitted:
-- the next check-in is the correction, ADR 0023).
create sequence check_in_seq start with 1 increment by 50;
create table check_in (
    id            bigint        not null primary key,
    person_id     bigint        not null,
    manager_id    bigint,
    submitted_at  datetime(6)   not null,
    constraint fk_check_in_person foreign key (person_id) references person (id)
);
create index ix_check_in_person_at on check_in (person_id, submitted_at);

-- Per goal of a check-in: the confidence, blockers, comment, and the goal's progress right after it (the chart).
-- goal_title is the title when checking in, so the history reads as it was.
create sequence check_in_goal_seq start with 1 increment by 50;
create table check_in_goal (
    id            bigint        not null primary key,
    check_in_id   bigint        not null,
    position      int           not null,
    goal_id       bigint        not null,
    goal_title    varchar(200)  not null,
    confidence    varchar(10)   not null,
    progress      double        not null,
    blockers      varchar(2000),
    comment       varchar(2000),
    constraint fk_check_in_goal_check_in foreign key (check_in_id) references check_in (id),
    constraint fk_check_in_goal_goal foreign key (goal_id) references goal (id),
    constraint ck_check_in_goal_confidence check (confidence in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK'))
);
create index ix_check_in_goal_goal on check_in_goal (goal_id, check_in_id);
create index ix_check_in_goal_check_in on check_in_goal (check_in_id, position);

-- Per key result of a goal in a check-in: the value given (key results may later be removed from their goal, so
-- there is no foreign key to key_result).
create table check_in_value (
    check_in_goal_id bigint        not null,
    key_result_id    bigint        not null,
    value_given      decimal(19,4) not null,
    constraint pk_check_in_value primary key (check_in_goal_id, key_result_id),
    constraint fk_check_in_value_goal foreign key (check_in_goal_id) references check_in_goal (id)
);
