-- Goals (module goals). Written for MariaDB and for H2 in MODE=MariaDB alike.
-- path is the materialised chain of ids from the top goal down to the goal itself ("/12/45/"), so ancestors come in
-- one query and descendants are one index range ("/12/%"); child_count keeps the tree lazy without counting.

create table goal (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    level           varchar(10)   not null,
    title           varchar(200)  not null,
    description     varchar(4000),
    owner_unit_id   bigint,
    owner_person_id bigint,
    parent_id       bigint,
    path            varchar(1000) not null,
    depth           int           not null,
    pillar          varchar(100),
    period_start    date          not null,
    period_end      date          not null,
    status          varchar(12)   not null,
    approval        varchar(12)   not null,
    return_comment  varchar(2000),
    visibility      varchar(10)   not null,
    progress        double        not null,
    progress_from_children boolean not null,
    child_count     int           not null,
    orphan_since    datetime(6),
    justification   varchar(1000),
    created_by      bigint        not null,
    created_at      datetime(6)   not null,
    updated_at      datetime(6)   not null,
    constraint fk_goal_parent foreign key (parent_id) references goal (id),
    constraint fk_goal_owner_unit foreign key (owner_unit_id) references org_unit (id),
    constraint fk_goal_owner_person foreign key (owner_person_id) references person (id),
    constraint ck_goal_progress check (progress >= 0 and progress <= 100)
);
create index ix_goal_parent on goal (parent_id, title);
create index ix_goal_path on goal (path);
create index ix_goal_pillar on goal (level, pillar, title);
create index ix_goal_owner_person on goal (owner_person_id, status);
create index ix_goal_owner_unit on goal (owner_unit_id, status);
create index ix_goal_orphan on goal (orphan_since);

create table key_result (
    id          bigint         not null auto_increment primary key,
    goal_id     bigint         not null,
    position    int            not null,
    name        varchar(200)   not null,
    type        varchar(12)    not null,
    baseline    decimal(19, 4) not null,
    target      decimal(19, 4) not null,
    current_value decimal(19, 4) not null,
    unit        varchar(20),
    weight      int            not null,
    constraint fk_key_result_goal foreign key (goal_id) references goal (id)
);
create index ix_key_result_goal on key_result (goal_id, position);

create table goal_contribution (
    goal_id        bigint not null,
    contributes_to bigint not null,
    primary key (goal_id, contributes_to),
    constraint fk_goal_contribution_goal foreign key (goal_id) references goal (id),
    constraint fk_goal_contribution_target foreign key (contributes_to) references goal (id)
);
create index ix_goal_contribution_target on goal_contribution (contributes_to);

create table goal_revision (
    id         bigint        not null auto_increment primary key,
    goal_id    bigint        not null,
    number     int           not null,
    actor_id   bigint,
    actor_name varchar(201)  not null,
    changed_at datetime(6)   not null,
    kind       varchar(20)   not null,
    changes    varchar(4000) not null,
    reason     varchar(1000),
    material   boolean       not null,
    constraint uq_goal_revision_number unique (goal_id, number),
    constraint fk_goal_revision_goal foreign key (goal_id) references goal (id)
);
