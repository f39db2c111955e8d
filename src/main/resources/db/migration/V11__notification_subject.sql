-- Notifications about work know what work they are about (their subject, e.g. 'task:42' or 'ack:7'), so they are
-- marked done when the work is done (the task completed, the change acknowledged), by whoever did it.
-- Written for MariaDB and for H2 in MODE=MariaDB alike.

alter table notification add column subject varchar(100);
alter table notification add column done_at datetime(6);
-- marking done: where subject = ? (and recipient = ?) and done_at is null
create index ix_notification_subject on notification (subject, recipient_person_id);
