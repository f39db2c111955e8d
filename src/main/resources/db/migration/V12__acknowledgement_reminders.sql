-- Reminders of an acknowledgement campaign (module tasks): when, by whom (null: the process's own reminder),
-- for which unit and the units below it (null: everyone pending), and how many people were reminded.
create table ack_reminder (
    id            bigint       not null auto_increment primary key,
    campaign_id   bigint       not null,
    unit_id       bigint,
    reminded_at   datetime(6)  not null,
    reminded_by   bigint,
    people_count  int          not null,
    constraint fk_ack_reminder_campaign foreign key (campaign_id) references ack_campaign (id)
);
create index ix_ack_reminder_campaign on ack_reminder (campaign_id, reminded_at);
