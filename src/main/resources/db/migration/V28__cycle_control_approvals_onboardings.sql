-- A goal approved while its cycle is paused (ADR 0038): the person's personal-goals task cannot take it (its instance
-- is suspended), so the approval is recorded on the person's row and taken by the resume, once every instance is
-- active again. Null: nothing waits.
alter table cycle_person add column approval_waiting_at datetime(6);
-- the resume's look: where cycle_id = ? and approval_waiting_at is not null order by person_id
create index ix_cycle_person_approval on cycle_person (cycle_id, approval_waiting_at, person_id);
-- What a resume took of those approvals (and of the onboardings' approvals and acknowledgements made meanwhile), and
-- how many open onboardings a cancel closed.
alter table cycle_control add column approvals_done int not null default 0;
alter table cycle_control add column onboardings_done int not null default 0;
-- the last onboarding id a resume has looked at again (it goes through the cycle's open onboardings in id order)
alter table cycle_control add column onboarding_cursor bigint not null default 0;
