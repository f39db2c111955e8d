-- The goal path ("/12/45/") holds only digits and slashes. As utf8mb4 (4 bytes a character) its 1000 characters
-- exceeded MariaDB's 3072-byte key limit, and ix_goal_path silently became a 768-character prefix index
-- ("Specified key was too long"). In ASCII (1 byte a character) the index covers it whole.
-- Written for MariaDB and for H2 in MODE=MariaDB alike: the character set is in a MariaDB executable comment
-- (/*M! ... */), because H2 rejects "character set ascii not null" in an alter statement; H2 has no key limit.
drop index ix_goal_path on goal;
alter table goal modify column path varchar(1000) /*M! character set ascii */ not null;
create index ix_goal_path on goal (path);
