-- Reviews (module reviews): HR's templates with immutable versions, review rounds, one review per person and round
-- with its answers, peers, rating revisions, and the calibration groups. Written for MariaDB and for H2 in
-- MODE=MariaDB alike. ADR 0024 (process, templates, peer anonymity) and ADR 0025 (calibration unit, ratings).

-- A template: its name and its versions. A version used by any review never changes (editing it makes a new one).
create sequence review_template_seq start with 1 increment by 50;
create table review_template (
    id              bigint        not null primary key,
    name            varchar(100)  not null,
    latest_number   int           not null,
    created_by      varchar(201)  not null,
    created_at      datetime(6)   not null,
    changed_by      varchar(201)  not null,
    changed_at      datetime(6)   not null,
    version         bigint        not null,
    constraint uq_review_template_name unique (name)
);

-- One version of a template: the questions (sections with text and rating questions) and both scales as JSON
-- (a version is a value: written once while unused, then frozen), whether peers are asked, each step's deadline.
create sequence review_template_version_seq start with 1 increment by 50;
create table review_template_version (
    id                   bigint          not null primary key,
    template_id          bigint          not null,
    number               int             not null,
    name                 varchar(100)    not null,
    sections             varchar(12000)  not null,
    performance_scale    varchar(1000)   not null,
    alignment_scale      varchar(1000)   not null,
    peers_asked          boolean         not null,
    deadlines            varchar(400)    not null,
    in_use               boolean         not null,
    saved_by             varchar(201)    not null,
    saved_at             datetime(6)     not null,
    version              bigint          not null,
    constraint uq_review_template_version unique (template_id, number),
    constraint fk_review_template_version foreign key (template_id) references review_template (id)
);

-- A round: a period, a scope (a unit subtree, or everyone when unit_id is null) and the template version it uses.
create sequence review_round_seq start with 1 increment by 50;
create table review_round (
    id                   bigint        not null primary key,
    round_key            varchar(64)   not null,
    name                 varchar(120)  not null,
    period_start         date          not null,
    period_end           date          not null,
    template_version_id  bigint        not null,
    unit_id              bigint,
    started_by           varchar(201)  not null,
    started_at           datetime(6)   not null,
    cancelled_at         datetime(6),
    cancel_reason        varchar(500),
    version              bigint        not null,
    constraint uq_review_round_key unique (round_key),
    constraint fk_review_round_template foreign key (template_version_id) references review_template_version (id)
);

-- One review per person and round (the unique key makes a double start or a restart create no duplicates).
-- manager_id: the manager when it started; calibration_unit_id: the group it is calibrated in (ADR 0025).
create sequence review_seq start with 1 increment by 50;
create table review (
    id                          bigint         not null primary key,
    version                     bigint         not null,
    round_key                   varchar(64)    not null,
    person_id                   bigint         not null,
    unit_id                     bigint,
    calibration_unit_id         bigint,
    manager_id                  bigint,
    template_version_id         bigint         not null,
    step                        varchar(16)    not null,
    step_due_at                 datetime(6),
    escalation_level            int            not null,
    process_instance_id         varchar(64),
    self_submitted_at           datetime(6),
    self_skipped                boolean        not null,
    learnings                   varchar(2000),
    manager_submitted_at        datetime(6),
    manager_submitted_by        varchar(201),
    performance_rating          int,
    performance_justification   varchar(2000),
    alignment_rating            int,
    alignment_justification     varchar(2000),
    calibrated                  boolean        not null,
    shared_at                   datetime(6),
    shared_by                   varchar(201),
    acknowledged_at             datetime(6),
    response                    varchar(2000),
    started_by                  varchar(201)   not null,
    started_at                  datetime(6)    not null,
    ended_at                    datetime(6),
    end_reason                  varchar(200),
    constraint uq_review_round_person unique (round_key, person_id),
    constraint fk_review_person foreign key (person_id) references person (id),
    constraint fk_review_template foreign key (template_version_id) references review_template_version (id),
    constraint ck_review_step check (step in ('SELF_REVIEW', 'PEER_INPUT', 'MANAGER_REVIEW', 'CALIBRATION',
        'SHARING', 'ACKNOWLEDGEMENT', 'DONE', 'ENDED'))
);
create index ix_review_round_step on review (round_key, step);
create index ix_review_round_calibration on review (round_key, calibration_unit_id, step);
create index ix_review_round_unit on review (round_key, unit_id);
create index ix_review_manager on review (manager_id, round_key);
create index ix_review_person on review (person_id, started_at);

-- Answers of a review: author SELF or MANAGER; per goal (goal_id, result, body) or per template question
-- (question_key, rating or body).
create table review_answer (
    review_id     bigint          not null,
    author        varchar(8)      not null,
    goal_id       bigint,
    question_key  varchar(40),
    result        varchar(16),
    rating        int,
    body          varchar(4000),
    constraint fk_review_answer_review foreign key (review_id) references review (id)
);
create index ix_review_answer_review on review_answer (review_id);

-- The colleagues asked for input on a review (at most 5). Their names reach the manager only.
create sequence review_peer_seq start with 1 increment by 50;
create table review_peer (
    id              bigint         not null primary key,
    version         bigint         not null,
    review_id       bigint         not null,
    peer_id         bigint         not null,
    status          varchar(10)    not null,
    proposed_by_id  bigint         not null,
    input           varchar(4000),
    responded_at    datetime(6),
    constraint uq_review_peer unique (review_id, peer_id),
    constraint fk_review_peer_review foreign key (review_id) references review (id),
    constraint fk_review_peer_person foreign key (peer_id) references person (id),
    constraint ck_review_peer_status check (status in ('PROPOSED', 'ASKED', 'GIVEN', 'DECLINED', 'LAPSED'))
);
create index ix_review_peer_peer on review_peer (peer_id, status);

-- A change of a rating in calibration (or by the manager before sharing), kept with its reason and who.
create sequence review_rating_revision_seq start with 1 increment by 50;
create table review_rating_revision (
    id            bigint         not null primary key,
    review_id     bigint         not null,
    kind          varchar(12)    not null,
    from_rating   int            not null,
    to_rating     int            not null,
    reason        varchar(1000)  not null,
    revised_by_id bigint,
    revised_by    varchar(201)   not null,
    revised_at    datetime(6)    not null,
    constraint fk_review_revision_review foreign key (review_id) references review (id)
);
create index ix_review_revision_review on review_rating_revision (review_id);

-- One calibration group per round and calibration unit (ADR 0025): open when every manager review of the group is
-- in, for the unit's head and HR; skipped for fewer than 2 people.
create sequence review_calibration_seq start with 1 increment by 50;
create table review_calibration (
    id                   bigint         not null primary key,
    version              bigint         not null,
    round_key            varchar(64)    not null,
    unit_id              bigint         not null,
    head_id              bigint,
    status               varchar(8)     not null,
    notes                varchar(4000),
    process_instance_id  varchar(64),
    opened_at            datetime(6),
    closed_at            datetime(6),
    closed_by            varchar(201),
    constraint uq_review_calibration unique (round_key, unit_id),
    constraint ck_review_calibration_status check (status in ('WAITING', 'OPEN', 'DONE', 'SKIPPED'))
);
