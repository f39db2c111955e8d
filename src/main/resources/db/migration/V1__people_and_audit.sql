-- Written for MariaDB and for H2 in MODE=MariaDB alike. The engine owns the ACT_* tables.

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id           bigint        not null primary key,
    occurred_at  datetime(6)   not null,
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    subject_type varchar(60)   not null,
    subject_id   varchar(100),
    details      varchar(2000)
);
create index ix_audit_subject on audit_event (subject_type, subject_id, occurred_at);
create index ix_audit_action on audit_event (action, occurred_at);

create sequence org_unit_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;

create table org_unit (
    id          bigint       not null primary key,
    version     bigint       not null,
    external_id varchar(64)  not null,
    name        varchar(200) not null,
    parent_id   bigint,
    head_id     bigint,
    constraint uq_org_unit_external_id unique (external_id),
    constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id)
);
create index ix_org_unit_parent_name on org_unit (parent_id, name);

create table person (
    id            bigint       not null primary key,
    version       bigint       not null,
    external_id   varchar(64)  not null,
    username      varchar(254) not null,
    email         varchar(254) not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    display_name  varchar(201) not null,
    job_title     varchar(200),
    unit_id       bigint,
    manager_id    bigint,
    password_hash varchar(100),
    active        boolean      not null,
    created_at    datetime(6)  not null,
    updated_at    datetime(6)  not null,
    constraint uq_person_external_id unique (external_id),
    constraint uq_person_username unique (username),
    constraint uq_person_email unique (email),
    constraint fk_person_unit foreign key (unit_id) references org_unit (id),
    constraint fk_person_manager foreign key (manager_id) references person (id)
);
create index ix_person_unit_name on person (unit_id, active, display_name);
create index ix_person_manager_name on person (manager_id, active, display_name);
create index ix_person_display_name on person (display_name);

alter table org_unit add constraint fk_org_unit_head foreign key (head_id) references person (id);

create table person_role (
    person_id bigint      not null,
    role      varchar(20) not null,
    primary key (person_id, role),
    constraint fk_person_role_person foreign key (person_id) references person (id)
);
