-- The cycle page's count statements (ADR 0028) on 75,000 synthetic instances, on MariaDB with the engine's schema:
--   mariadb -uroot -e 'CREATE DATABASE ladder_bench_counts'
--   unzip -p ~/.m2/repository/org/camunda/bpm/camunda-engine/7.24.0/camunda-engine-7.24.0.jar org/camunda/bpm/engine/db/create/activiti.mysql.create.engine.sql | mariadb -uroot ladder_bench_counts
--   (the same for activiti.mysql.create.history.sql), then: mariadb -uroot ladder_bench_counts < src/bench/sql/cycle-page-counts.sql
-- The last result lists each statement's time (SHOW PROFILES).
SET FOREIGN_KEY_CHECKS=0;
DELETE FROM ACT_HI_ACTINST; DELETE FROM ACT_HI_PROCINST; DELETE FROM ACT_RU_TASK; DELETE FROM ACT_RU_INCIDENT; DELETE FROM ACT_RU_EXECUTION;
-- cycle 7: 50,000 people and 5,000 units; cycle 8: 20,000 people (another cycle on the same definitions)
INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_)
SELECT CONCAT('p7-', seq), CONCAT('p7-', seq), CONCAT('cycle-7/person-', seq), 'cycle-personal-goals', 'cycle-personal-goals:1:d1', NOW(), IF(seq % 5 < 2, NOW(), NULL) FROM seq_1_to_50000;
INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_)
SELECT CONCAT('u7-', seq), CONCAT('u7-', seq), CONCAT('cycle-7/unit-', seq), 'unit-cascade', 'unit-cascade:1:d2', NOW(), IF(seq % 2 = 0, NOW(), NULL) FROM seq_1_to_5000;
INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_)
SELECT CONCAT('p8-', seq), CONCAT('p8-', seq), CONCAT('cycle-8/person-', seq), 'cycle-personal-goals', 'cycle-personal-goals:1:d1', NOW(), NULL FROM seq_1_to_20000;
-- activity instances: start, gateway, draft task (open for 3 in 5), then done task, gateway, end for the finished ones
INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_, ACT_INST_STATE_)
SELECT CONCAT(p.ID_, '-', a.seq), p.PROC_DEF_KEY_, p.PROC_DEF_ID_, p.ID_, p.ID_,
  ELT(a.seq, 'StartEvent_PersonStarted', 'Gateway_A', 'Task_DraftPersonalGoals', 'Task_PersonalGoalsDone', 'Gateway_B', 'EndEvent_PersonalGoalsDone'),
  'x', NOW(), IF(a.seq < 3 OR p.END_TIME_ IS NOT NULL, NOW(), NULL), IF(a.seq = 6, 1, 0)
FROM ACT_HI_PROCINST p JOIN seq_1_to_6 a ON (a.seq <= 3 OR p.END_TIME_ IS NOT NULL)
WHERE p.PROC_DEF_KEY_ = 'cycle-personal-goals';
INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_, ACT_INST_STATE_)
SELECT CONCAT(p.ID_, '-', a.seq), p.PROC_DEF_KEY_, p.PROC_DEF_ID_, p.ID_, p.ID_,
  ELT(a.seq, 'StartEvent_UnitStarted', 'Task_SetUnitGoals', 'Task_StartUnitPeople', 'EndEvent_UnitReady'),
  'x', NOW(), IF(a.seq < 2 OR p.END_TIME_ IS NOT NULL, NOW(), NULL), IF(a.seq = 4, 1, 0)
FROM ACT_HI_PROCINST p JOIN seq_1_to_4 a ON (a.seq <= 2 OR p.END_TIME_ IS NOT NULL)
WHERE p.PROC_DEF_KEY_ = 'unit-cascade';
-- runtime: the running instances, their open tasks (a third past due), a few incidents
INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, SEQUENCE_COUNTER_)
SELECT ID_, 1, ID_, ID_, BUSINESS_KEY_, PROC_DEF_ID_, NULL, 1, 0, 1, 0, 1, 1 FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL;
INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_)
SELECT CONCAT('t-', ID_), 1, ID_, ID_, PROC_DEF_ID_, 'task', IF(PROC_DEF_KEY_ = 'unit-cascade', 'Task_SetUnitGoals', 'Task_DraftPersonalGoals'), 'someone', 50, NOW(),
  IF(CRC32(ID_) % 3 = 0, NOW() - INTERVAL 2 DAY, NOW() + INTERVAL 10 DAY), 1 FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL;
INSERT INTO ACT_RU_INCIDENT (ID_, REV_, INCIDENT_TIMESTAMP_, INCIDENT_TYPE_, EXECUTION_ID_, ACTIVITY_ID_, PROC_INST_ID_, PROC_DEF_ID_, CONFIGURATION_)
SELECT CONCAT('i-', ID_), 1, NOW(), 'failedJob', ID_, 'Task_DraftPersonalGoals', ID_, PROC_DEF_ID_, 'job' FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL AND CRC32(ID_) % 500 = 0;
SET FOREIGN_KEY_CHECKS=1;
ANALYZE TABLE ACT_HI_ACTINST, ACT_HI_PROCINST, ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_INCIDENT;
SELECT (SELECT COUNT(*) FROM ACT_HI_PROCINST) pi, (SELECT COUNT(*) FROM ACT_HI_ACTINST) ai, (SELECT COUNT(*) FROM ACT_RU_EXECUTION) ex, (SELECT COUNT(*) FROM ACT_RU_TASK) t, (SELECT COUNT(*) FROM ACT_RU_INCIDENT) i;
SET profiling = 1;
select ACT.ACT_ID_, sum(case when ACT.END_TIME_ is null then 1 else 0 end), sum(case when ACT.END_TIME_ is not null and (ACT.ACT_INST_STATE_ is null or ACT.ACT_INST_STATE_ <> 2) then 1 else 0 end) from ACT_HI_ACTINST ACT join ACT_HI_PROCINST PI on PI.ID_ = ACT.PROC_INST_ID_ where ACT.PROC_DEF_ID_ in ('unit-cascade:1:d2','cycle-personal-goals:1:d1','cycle-launch:1:d3') and PI.BUSINESS_KEY_ like 'cycle-7/%' escape '!' group by ACT.ACT_ID_;
select INC.ACTIVITY_ID_, count(*) from ACT_RU_INCIDENT INC join ACT_RU_EXECUTION PI on PI.ID_ = INC.PROC_INST_ID_ where INC.PROC_DEF_ID_ in ('unit-cascade:1:d2','cycle-personal-goals:1:d1','cycle-launch:1:d3') and INC.ACTIVITY_ID_ is not null and PI.BUSINESS_KEY_ like 'cycle-7/%' escape '!' group by INC.ACTIVITY_ID_;
select T.TASK_DEF_KEY_, count(*) from ACT_RU_TASK T join ACT_RU_EXECUTION PI on PI.ID_ = T.PROC_INST_ID_ where T.PROC_DEF_ID_ in ('unit-cascade:1:d2','cycle-personal-goals:1:d1','cycle-launch:1:d3') and T.DUE_DATE_ < NOW() and PI.BUSINESS_KEY_ like 'cycle-7/%' escape '!' group by T.TASK_DEF_KEY_;
SHOW PROFILES;
