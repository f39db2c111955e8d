-- The last reminder a person sent about an open task (TaskSupervision#remind, the cycle page's "Remind"): at most one
-- per task per interval (ladder.tasks.remind-interval, a day), whoever sends it. The primary key makes two clicks at
-- once give one reminder. Rows of tasks that are done are harmless: the task id is never reused.
create table task_reminder (
    task_id      varchar(64)   not null primary key,
    reminded_at  datetime(6)   not null,
    reminded_by  varchar(100)  not null
);
