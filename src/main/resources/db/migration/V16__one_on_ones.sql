-- 1:1s between a manager and a report (module conversations, ADR 0020). Written for MariaDB and H2 (MODE=MariaDB).

-- One 1:1 per pair: a report's new manager gets a new one; the old one stays, read-only.
create sequence one_on_one_seq start with 1 increment by 50;
create table one_on_one (
    id            bigint        not null primary key,
    manager_id    bigint        not null,
    report_id     bigint        not null,
    started_at    datetime(6)   not null,
    last_held_on  date,
    version       bigint        not null default 0,
    constraint uq_one_on_one_pair unique (manager_id, report_id),
    constraint fk_one_on_one_manager foreign key (manager_id) references person (id),
    constraint fk_one_on_one_report foreign key (report_id) references person (id)
);
create index ix_one_on_one_report on one_on_one (report_id);

-- A meeting that was held ("Mark this 1:1 held"): what was discussed, noted and done belongs to it from then on.
create sequence one_on_one_meeting_seq start with 1 increment by 50;
create table one_on_one_meeting (
    id             bigint       not null primary key,
    one_on_one_id  bigint       not null,
    held_on        date         not null,
    recorded_by    bigint       not null,
    recorded_at    datetime(6)  not null,
    constraint fk_one_on_one_meeting_one_on_one foreign key (one_on_one_id) references one_on_one (id),
    constraint fk_one_on_one_meeting_recorded_by foreign key (recorded_by) references person (id)
);
create index ix_one_on_one_meeting_held on one_on_one_meeting (one_on_one_id, held_on);

-- The shared agenda: a topic is carried over (meeting_id null) until it is discussed and the 1:1 is held.
-- A topic raised by a check-in names the goal (goal_id) rather than copying its title.
create sequence one_on_one_topic_seq start with 1 increment by 50;
create table one_on_one_topic (
    id             bigint        not null primary key,
    one_on_one_id  bigint        not null,
    text           varchar(300),
    goal_id        bigint,
    added_by       bigint,
    added_at       datetime(6)   not null,
    discussed_at   datetime(6),
    meeting_id     bigint,
    version        bigint        not null default 0,
    constraint fk_one_on_one_topic_one_on_one foreign key (one_on_one_id) references one_on_one (id),
    constraint fk_one_on_one_topic_goal foreign key (goal_id) references goal (id),
    constraint fk_one_on_one_topic_added_by foreign key (added_by) references person (id),
    constraint fk_one_on_one_topic_meeting foreign key (meeting_id) references one_on_one_meeting (id)
);
create index ix_one_on_one_topic_open on one_on_one_topic (one_on_one_id, meeting_id);

-- Notes: private to the writer, or shared with both; they belong to the meeting they were written for.
create sequence one_on_one_note_seq start with 1 increment by 50;
create table one_on_one_note (
    id             bigint         not null primary key,
    one_on_one_id  bigint         not null,
    author_id      bigint         not null,
    text           varchar(4000)  not null,
    shared         boolean        not null,
    written_at     datetime(6)    not null,
    updated_at     datetime(6)    not null,
    meeting_id     bigint,
    version        bigint         not null default 0,
    constraint fk_one_on_one_note_one_on_one foreign key (one_on_one_id) references one_on_one (id),
    constraint fk_one_on_one_note_author foreign key (author_id) references person (id),
    constraint fk_one_on_one_note_meeting foreign key (meeting_id) references one_on_one_meeting (id)
);
create index ix_one_on_one_note_open on one_on_one_note (one_on_one_id, meeting_id);

-- Action items with an owner (one of the two) and a due date, carried over until done.
create sequence one_on_one_action_seq start with 1 increment by 50;
create table one_on_one_action (
    id             bigint        not null primary key,
    one_on_one_id  bigint        not null,
    text           varchar(300)  not null,
    owner_id       bigint        not null,
    due_on         date,
    added_by       bigint        not null,
    added_at       datetime(6)   not null,
    done_at        datetime(6),
    meeting_id     bigint,
    version        bigint        not null default 0,
    constraint fk_one_on_one_action_one_on_one foreign key (one_on_one_id) references one_on_one (id),
    constraint fk_one_on_one_action_owner foreign key (owner_id) references person (id),
    constraint fk_one_on_one_action_added_by foreign key (added_by) references person (id),
    constraint fk_one_on_one_action_meeting foreign key (meeting_id) references one_on_one_meeting (id)
);
create index ix_one_on_one_action_open on one_on_one_action (one_on_one_id, meeting_id);
