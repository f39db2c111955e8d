-- The alignment pulse's results (module checkins, PulseResults): the trend reads the answers per month, unit and
-- score from this index alone (no table rows, no temporary table); the lines of a month are read in alphabetical
-- order from the second, a page at a time. The first replaces ix_pulse_answer_period (period_start, unit_id), its
-- prefix.
create index ix_pulse_answer_period_unit_score on pulse_answer (period_start, unit_id, score);
create index ix_pulse_answer_period_comment on pulse_answer (period_start, comment);
drop index ix_pulse_answer_period on pulse_answer;
