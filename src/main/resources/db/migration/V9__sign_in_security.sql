-- Sign-in and session security (ADR 0013). Written for MariaDB and for H2 in MODE=MariaDB alike.

-- Raised whenever a person's roles, active state or password change: every node compares it with the value
-- the session was signed in with, on each request, and ends sessions that are out of date.
alter table person add column security_version bigint not null default 0;
-- A one-time password set by an admin: the person must choose their own at the next sign-in.
alter table person add column password_change_required boolean not null default false;

-- Failed sign-ins per account ('account:<login>') and per client address ('address:<ip>'), shared by all nodes.
create table sign_in_throttle (
    throttle_key    varchar(320) not null primary key,
    failures        int          not null,
    last_failure_at datetime(6)  not null,
    locked_until    datetime(6)
);
