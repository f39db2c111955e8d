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
