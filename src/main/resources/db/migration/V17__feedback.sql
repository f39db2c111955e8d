-- Feedback and feedback requests (module conversations). Written for MariaDB and for H2 in MODE=MariaDB alike.

-- One piece of feedback: praise or constructive, from a giver to a receiver, optionally about one of the receiver's
-- goals or about a value of the published charter (its name, as published). Visibility RECEIVER: the receiver, the
-- giver, the receiver's manager chain and HR read it; MANAGERS: only the giver, the manager chain and HR, never the
-- receiver. Feedback is not edited once given. request_id: the request it answers.
create sequence feedback_seq start with 1 increment by 50;
create table feedback (
    id              bigint         not null primary key,
    giver_id        bigint         not null,
    receiver_id     bigint         not null,
    kind            varchar(12)    not null,
    visibility      varchar(12)    not null,
    goal_id         bigint,
    charter_value   varchar(100),
    body            varchar(2000)  not null,
    request_id      bigint,
    given_at        datetime(6)    not null,
    constraint fk_feedback_giver foreign key (giver_id) references person (id),
    constraint fk_feedback_receiver foreign key (receiver_id) references person (id),
    constraint fk_feedback_goal foreign key (goal_id) references goal (id),
    constraint ck_feedback_not_self check (giver_id <> receiver_id)
);
create index ix_feedback_receiver on feedback (receiver_id, given_at);
create index ix_feedback_giver on feedback (giver_id, given_at);
create index ix_feedback_given_at on feedback (given_at);

-- A request for feedback from a colleague (process feedback-request): open until the colleague gives feedback or
-- declines, the requester withdraws it, or it expires long after its due date.
create sequence feedback_request_seq start with 1 increment by 50;
create table feedback_request (
    id              bigint         not null primary key,
    version         bigint         not null,
    requester_id    bigint         not null,
    colleague_id    bigint         not null,
    goal_id         bigint,
    note            varchar(500),
    status          varchar(12)    not null,
    requested_at    datetime(6)    not null,
    due_at          datetime(6)    not null,
    closed_at       datetime(6),
    decline_reason  varchar(500),
    feedback_id     bigint,
    constraint fk_feedback_request_requester foreign key (requester_id) references person (id),
    constraint fk_feedback_request_colleague foreign key (colleague_id) references person (id),
    constraint fk_feedback_request_goal foreign key (goal_id) references goal (id),
    constraint fk_feedback_request_feedback foreign key (feedback_id) references feedback (id),
    constraint ck_feedback_request_not_self check (requester_id <> colleague_id)
);
create index ix_feedback_request_colleague on feedback_request (colleague_id, status, requested_at);
create index ix_feedback_request_requester on feedback_request (requester_id, requested_at);
