-- Voting tracks: which decisions a track serves, who votes, and the tally rule. Configured data,
-- changed by admins; a running vote keeps the settings it opened with.
create table proposals.voting_track (
    id                       varchar(48)  primary key,
    name_en                  varchar(120) not null,
    name_zh                  varchar(120) not null,
    electorate               varchar(16)  not null check (electorate in ('ORGANISATIONS', 'COMMUNITY', 'BOTH')),
    weighting                varchar(24)  not null check (weighting in ('ONE_PER_ORGANISATION', 'ORGANISATION_WEIGHT')),
    voting_period_seconds    bigint       not null check (voting_period_seconds between 60 and 7776000),
    quorum                   numeric(6, 5) not null check (quorum between 0 and 1),
    threshold                numeric(6, 5) not null check (threshold between 0 and 1),
    veto_threshold           numeric(6, 5) not null check (veto_threshold between 0 and 1),
    expedited_period_seconds bigint check (expedited_period_seconds between 60 and 7776000),
    expedited_threshold      numeric(6, 5) check (expedited_threshold between 0 and 1),
    updated_at               timestamptz  not null,
    updated_by               varchar(64)  not null,
    version                  bigint       not null default 0,
    check ((expedited_period_seconds is null) = (expedited_threshold is null)),
    check (expedited_period_seconds is null or expedited_period_seconds < voting_period_seconds),
    check (expedited_threshold is null or expedited_threshold >= threshold)
);

create table proposals.voting_track_decision_kind (
    track_id varchar(48) not null references proposals.voting_track (id) on delete cascade,
    kind     varchar(32) not null check (kind in ('STANDARD_ADOPTION', 'META_PROCESS', 'PARAMETER_CHANGE',
                                                   'NODE_ADMISSION', 'DOMAIN_DELEGATION')),
    primary key (track_id, kind)
);
-- A kind of decision is served by one track.
create unique index voting_track_decision_kind_uk on proposals.voting_track_decision_kind (kind);

insert into proposals.voting_track (id, name_en, name_zh, electorate, weighting, voting_period_seconds, quorum,
                                    threshold, veto_threshold, expedited_period_seconds, expedited_threshold,
                                    updated_at, updated_by)
values ('standard-adoption', 'Standard adoption', '标准采纳', 'ORGANISATIONS', 'ONE_PER_ORGANISATION', 1209600,
        0.334, 0.5, 0.334, 259200, 0.667, now(), 'system'),
       ('meta-process', 'Process change', '流程变更', 'BOTH', 'ONE_PER_ORGANISATION', 1209600,
        0.334, 0.5, 0.334, null, null, now(), 'system'),
       ('parameter-change', 'Parameter change', '参数变更', 'ORGANISATIONS', 'ONE_PER_ORGANISATION', 604800,
        0.334, 0.5, 0.334, 172800, 0.667, now(), 'system'),
       ('node-admission', 'Node admission', '节点准入', 'ORGANISATIONS', 'ONE_PER_ORGANISATION', 604800,
        0.334, 0.5, 0.334, null, null, now(), 'system'),
       ('domain-delegation', 'Domain delegation', '域委派', 'ORGANISATIONS', 'ONE_PER_ORGANISATION', 604800,
        0.4, 0.5, 0.334, null, null, now(), 'system');

insert into proposals.voting_track_decision_kind (track_id, kind)
values ('standard-adoption', 'STANDARD_ADOPTION'),
       ('meta-process', 'META_PROCESS'),
       ('parameter-change', 'PARAMETER_CHANGE'),
       ('node-admission', 'NODE_ADMISSION'),
       ('domain-delegation', 'DOMAIN_DELEGATION');
