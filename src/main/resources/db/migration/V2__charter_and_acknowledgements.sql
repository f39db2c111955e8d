-- Charter and strategy (module charter) and acknowledgement campaigns (module tasks).
-- Written for MariaDB and for H2 in MODE=MariaDB alike.

create table charter_version (
    id             bigint        not null auto_increment primary key,
    version        bigint        not null,
    number         int           not null,
    status         varchar(20)   not null,
    mission        varchar(2000) not null,
    vision         varchar(2000) not null,
    change_reason  varchar(2000),
    drafted_by     bigint        not null,
    created_at     datetime(6)   not null,
    submitted_at   datetime(6),
    published_at   datetime(6),
    superseded_at  datetime(6),
    -- 1 while the version is in approval / published, null otherwise: the unique keys allow one of each
    approval_slot  int,
    published_slot int,
    constraint uq_charter_version_number unique (number),
    constraint uq_charter_version_approval unique (approval_slot),
    constraint uq_charter_version_published unique (published_slot),
    constraint fk_charter_version_drafter foreign key (drafted_by) references person (id)
);

create table charter_value (
    version_id  bigint        not null,
    position    int           not null,
    name        varchar(100)  not null,
    description varchar(1000) not null,
    primary key (version_id, position),
    constraint fk_charter_value_version foreign key (version_id) references charter_version (id)
);

create table charter_pillar (
    version_id      bigint        not null,
    position        int           not null,
    name            varchar(100)  not null,
    description     varchar(1000) not null,
    owner_person_id bigint,
    primary key (version_id, position),
    constraint fk_charter_pillar_version foreign key (version_id) references charter_version (id),
    constraint fk_charter_pillar_owner foreign key (owner_person_id) references person (id)
);

create table charter_review (
    id          bigint        not null auto_increment primary key,
    version_id  bigint        not null,
    reviewer_id bigint        not null,
    decision    varchar(20)   not null,
    comment     varchar(2000),
    decided_at  datetime(6)   not null,
    constraint fk_charter_review_version foreign key (version_id) references charter_version (id),
    constraint fk_charter_review_reviewer foreign key (reviewer_id) references person (id)
);
create index ix_charter_review_version on charter_review (version_id, decided_at);

create table ack_campaign (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    subject_type  varchar(40)  not null,
    subject_id    bigint       not null,
    title         varchar(200) not null,
    link          varchar(300) not null,
    started_at    datetime(6)  not null,
    total_count   int          not null,
    pending_count int          not null,
    completed_at  datetime(6),
    closed_at     datetime(6),
    closed_by     varchar(254),
    constraint uq_ack_campaign_subject unique (subject_type, subject_id)
);
create index ix_ack_campaign_started on ack_campaign (started_at);

create table ack_request (
    id              bigint        not null auto_increment primary key,
    campaign_id     bigint        not null,
    person_id       bigint        not null,
    unit_id         bigint,
    manager_id      bigint,
    requested_at    datetime(6)   not null,
    acknowledged_at datetime(6),
    question        varchar(1000),
    constraint uq_ack_request_person unique (campaign_id, person_id),
    constraint fk_ack_request_campaign foreign key (campaign_id) references ack_campaign (id)
);
create index ix_ack_request_unit on ack_request (campaign_id, unit_id, acknowledged_at);
create index ix_ack_request_manager on ack_request (campaign_id, manager_id, acknowledged_at);
create index ix_ack_request_person on ack_request (person_id, acknowledged_at);
