-- Notifications: an insert-heavy fan-out log (one row per recipient), read per person, newest first.
-- Written for MariaDB and for H2 in MODE=MariaDB alike.
--
-- Rows are written in JDBC batches with "next value for notification_seq" in the VALUES list (both databases
-- evaluate it per row), so ids step by the increment; Hibernate's pooled allocation for this sequence, should
-- anything ever persist a Notification through JPA, never collides with them.
-- No foreign key to person: a stray recipient id must not roll back the business change that caused it.

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id                  bigint        not null primary key,
    recipient_person_id bigint        not null,
    kind                varchar(20)   not null,
    title               varchar(200)  not null,
    body                varchar(1000),
    link                varchar(300),
    created_at          datetime(6)   not null,
    read_at             datetime(6)
);
-- the unread badge: count(*) where recipient and read_at is null
create index ix_notification_unread on notification (recipient_person_id, read_at, created_at);
-- the list: where recipient order by created_at desc
create index ix_notification_recent on notification (recipient_person_id, created_at);
