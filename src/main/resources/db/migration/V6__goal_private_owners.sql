-- The few owners of private goals are read on every tree request (the visibility filter), by index only.
create index ix_goal_visibility_owner on goal (visibility, owner_person_id);
