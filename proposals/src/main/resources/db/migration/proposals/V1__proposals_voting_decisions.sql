create table proposals.proposal (
    id                  uuid primary key,
    title               varchar(200)  not null,
    summary             varchar(1000) not null,
    body                text          not null check (length(body) <= 100000),
    author              varchar(64)   not null,
    author_organisation uuid          not null,
    status              varchar(16)   not null check (status in ('DRAFT', 'VOTING', 'DECIDED')),
    created_at          timestamptz   not null,
    voting_opened_by    varchar(64),
    voting_starts_at    timestamptz,
    voting_ends_at      timestamptz,
    version             bigint        not null default 0,
    check (voting_ends_at is null or voting_ends_at > voting_starts_at)
);
create index proposal_status_idx on proposals.proposal (status, created_at);
create index proposal_voting_ends_idx on proposals.proposal (voting_ends_at) where status = 'VOTING';

-- Every ballot ever cast is kept; a later ballot of the same organisation supersedes the earlier one.
create table proposals.ballot (
    id                 uuid primary key,
    proposal_id        uuid        not null references proposals.proposal (id),
    voter_organisation uuid        not null,
    cast_by            varchar(64) not null,
    choice             varchar(16) not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    cast_at            timestamptz not null,
    superseded_at      timestamptz
);
create unique index ballot_current_uk on proposals.ballot (proposal_id, voter_organisation) where superseded_at is null;
create index ballot_proposal_idx on proposals.ballot (proposal_id, cast_at);

create table proposals.decision (
    id           uuid primary key,
    proposal_id  uuid        not null unique references proposals.proposal (id),
    outcome      varchar(16) not null check (outcome in ('PASSED', 'REJECTED')),
    yes_votes    integer     not null,
    no_votes     integer     not null,
    abstain_votes integer    not null,
    electorate   integer     not null,
    content_hash char(64)    not null,
    decided_at   timestamptz not null
);
create index decision_decided_at_idx on proposals.decision (decided_at);
