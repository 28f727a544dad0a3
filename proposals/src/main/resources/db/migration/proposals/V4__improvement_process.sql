-- The full improvement-proposal process replaces the foundation's minimal slice: proposal documents
-- with a preamble, numbers, revisions, comments and an EIP-1 style lifecycle; votes as rounds with a
-- frozen track and electorate; ballots with four options, receipts and optional voter signatures;
-- decisions that carry the hash of the published result document.

-- Proposal documents ---------------------------------------------------------------------------
create sequence proposals.proposal_number_seq start with 1;

alter table proposals.proposal drop constraint proposal_status_check;
alter table proposals.proposal rename column summary to description;
alter table proposals.proposal alter column author_organisation drop not null;
alter table proposals.proposal
    add column number            integer unique check (number > 0),
    add column type              varchar(24) not null default 'STANDARDS_TRACK'
        check (type in ('STANDARDS_TRACK', 'META', 'INFORMATIONAL')),
    add column category          varchar(16) check (category in ('CORE', 'NETWORKING', 'INTERFACE', 'APPLICATION')),
    add column decision_kind     varchar(32) check (decision_kind in ('STANDARD_ADOPTION', 'META_PROCESS',
        'PARAMETER_CHANGE', 'NODE_ADMISSION', 'DOMAIN_DELEGATION')),
    add column action            text check (length(action) <= 10000),
    add column discussions_to    varchar(500),
    add column created_on        date,
    add column revision          integer not null default 1 check (revision > 0),
    add column submitted_at      timestamptz,
    add column first_review_due  timestamptz,
    add column first_reviewed_at timestamptz,
    add column last_call_ends_at timestamptz,
    add column last_activity_at  timestamptz;

-- The slice's statuses map onto the process: an open vote was a last call, a decided proposal is
-- final when it passed and back in review otherwise. Its ballots are kept in ballot_legacy below.
update proposals.proposal p set status = case
        when p.status = 'VOTING' then 'REVIEW'
        when p.status = 'DECIDED' and exists (select 1 from proposals.decision d
                                              where d.proposal_id = p.id and d.outcome = 'PASSED') then 'FINAL'
        when p.status = 'DECIDED' then 'REVIEW'
        else p.status end;
update proposals.proposal set number = nextval('proposals.proposal_number_seq')
    where status <> 'DRAFT' and number is null;
update proposals.proposal set created_on = (created_at at time zone 'UTC')::date,
                              last_activity_at = created_at,
                              first_reviewed_at = case when status <> 'DRAFT' then created_at end;
alter table proposals.proposal alter column created_on set not null;
alter table proposals.proposal alter column last_activity_at set not null;
alter table proposals.proposal drop column voting_opened_by, drop column voting_starts_at,
                               drop column voting_ends_at;
alter table proposals.proposal add constraint proposal_status_check
    check (status in ('DRAFT', 'REVIEW', 'LAST_CALL', 'FINAL', 'STAGNANT', 'WITHDRAWN', 'LIVING'));
alter table proposals.proposal add constraint proposal_number_after_draft
    check (number is not null or status in ('DRAFT', 'STAGNANT', 'WITHDRAWN'));
alter table proposals.proposal add constraint proposal_category_of_standards
    check ((type = 'STANDARDS_TRACK') = (category is not null) or status = 'DRAFT');
create index proposal_editor_queue_idx on proposals.proposal (submitted_at)
    where status = 'DRAFT' and submitted_at is not null;
create index proposal_activity_idx on proposals.proposal (last_activity_at)
    where status in ('DRAFT', 'REVIEW', 'LAST_CALL');
create index proposal_author_idx on proposals.proposal (author, created_at);

create table proposals.proposal_author (
    proposal_id uuid         not null references proposals.proposal (id) on delete cascade,
    position    integer      not null check (position >= 0),
    author      varchar(200) not null,
    primary key (proposal_id, position)
);
create table proposals.proposal_requirement (
    proposal_id     uuid    not null references proposals.proposal (id) on delete cascade,
    required_number integer not null check (required_number > 0),
    primary key (proposal_id, required_number)
);

-- Every edit is a revision; revision 1 is the first draft.
create table proposals.revision (
    proposal_id    uuid         not null references proposals.proposal (id),
    number         integer      not null check (number > 0),
    title          varchar(200) not null,
    description    varchar(1000) not null,
    authors        text         not null,
    discussions_to varchar(500),
    type           varchar(24)  not null,
    category       varchar(16),
    requires       varchar(500) not null,
    body           text         not null check (length(body) <= 100000),
    edited_by      varchar(64)  not null,
    edited_at      timestamptz  not null,
    normative      boolean      not null,
    primary key (proposal_id, number)
);
insert into proposals.revision (proposal_id, number, title, description, authors, discussions_to, type, category,
                                requires, body, edited_by, edited_at, normative)
select id, 1, title, description, author, null, type, category, '', body, author, created_at, true
from proposals.proposal;

create table proposals.status_change (
    id          bigint generated always as identity primary key,
    proposal_id uuid          not null references proposals.proposal (id),
    from_status varchar(16),
    to_status   varchar(16)   not null,
    changed_by  varchar(64)   not null,
    changed_at  timestamptz   not null,
    reason      varchar(1000)
);
create index status_change_proposal_idx on proposals.status_change (proposal_id, id);
insert into proposals.status_change (proposal_id, from_status, to_status, changed_by, changed_at, reason)
select id, null, 'DRAFT', author, created_at, 'drafted' from proposals.proposal;
insert into proposals.status_change (proposal_id, from_status, to_status, changed_by, changed_at, reason)
select id, 'DRAFT', status, 'system', created_at, 'carried over from the foundation slice'
from proposals.proposal where status <> 'DRAFT';

create table proposals.comment (
    id          uuid primary key,
    proposal_id uuid         not null references proposals.proposal (id),
    parent_id   uuid         references proposals.comment (id),
    author      varchar(64)  not null,
    body        text         not null check (length(body) between 1 and 10000),
    created_at  timestamptz  not null
);
create index comment_proposal_idx on proposals.comment (proposal_id, created_at);

-- Votes ----------------------------------------------------------------------------------------
-- A round of voting on a proposal, with the track's parameters and the electorate frozen when it
-- opened. An expedited round that fails is followed by a regular round with a fresh period.
create table proposals.vote (
    id                     uuid primary key,
    proposal_id            uuid          not null references proposals.proposal (id),
    round                  integer       not null check (round > 0),
    content_sha256         char(64)      not null,
    track_id               varchar(48)   not null,
    track_name             varchar(120)  not null,
    decision_kind          varchar(32)   not null,
    chambers               varchar(32)   not null,
    quorum                 numeric(6, 5) not null,
    threshold              numeric(6, 5) not null,
    veto_threshold         numeric(6, 5) not null,
    expedited              boolean       not null,
    regular_threshold      numeric(6, 5) not null,
    regular_period_seconds bigint        not null,
    voting_start           timestamptz   not null,
    voting_end             timestamptz   not null check (voting_end > voting_start),
    opened_by              varchar(64)   not null,
    status                 varchar(16)   not null check (status in ('OPEN', 'CLOSED', 'CANCELLED')),
    outcome                varchar(16)   check (outcome in ('PASSED', 'REJECTED', 'VETOED', 'FAILED_QUORUM')),
    closed_at              timestamptz,
    result_sha256          char(64),
    result_document        text,
    unique (proposal_id, round),
    check ((status = 'CLOSED') = (result_sha256 is not null))
);
create unique index vote_one_open_per_proposal on proposals.vote (proposal_id) where status = 'OPEN';
create index vote_due_idx on proposals.vote (voting_end) where status = 'OPEN';

create table proposals.vote_elector (
    vote_id uuid         not null references proposals.vote (id),
    voter   varchar(256) not null,
    weight  bigint       not null check (weight >= 0),
    chamber varchar(16)  not null check (chamber in ('organisations', 'community')),
    primary key (vote_id, voter)
);

-- The slice's ballots (one organisation, yes/no/abstain, no receipts) stay readable as they were.
alter table proposals.ballot rename to ballot_legacy;
alter index proposals.ballot_current_uk rename to ballot_legacy_current_uk;
alter index proposals.ballot_proposal_idx rename to ballot_legacy_proposal_idx;

-- Every ballot ever cast is kept; a later ballot of the same voter supersedes the earlier one.
create table proposals.ballot (
    id            uuid primary key,
    vote_id       uuid         not null references proposals.vote (id),
    voter         varchar(256) not null,
    chamber       varchar(16)  not null,
    cast_by       varchar(64)  not null,
    option        varchar(16)  not null check (option in ('YES', 'NO', 'NO_WITH_VETO', 'ABSTAIN')),
    weight        bigint       not null check (weight >= 0),
    cast_at       timestamptz  not null,
    hash          char(64)     not null,
    receipt       text         not null,
    voter_jws     text check (length(voter_jws) <= 8192),
    voter_key_id  varchar(64),
    superseded_at timestamptz,
    foreign key (vote_id, voter) references proposals.vote_elector (vote_id, voter)
);
create unique index ballot_current_uk on proposals.ballot (vote_id, voter) where superseded_at is null;
create index ballot_vote_idx on proposals.ballot (vote_id, cast_at);

-- Public keys voters register to sign their ballots through the API (JWS ES256K, ES256 or EdDSA).
create table proposals.voter_key (
    kid           varchar(64)  primary key,
    account       varchar(64)  not null,
    algorithm     varchar(8)   not null check (algorithm in ('ES256K', 'ES256', 'EdDSA')),
    public_jwk    text         not null check (length(public_jwk) <= 4096),
    registered_at timestamptz  not null,
    revoked_at    timestamptz
);
create index voter_key_account_idx on proposals.voter_key (account);

-- The portal's key for signing ballot receipts: one row, made on first use.
create table proposals.receipt_key (
    id          integer primary key check (id = 1),
    private_jwk text        not null,
    created_at  timestamptz not null
);

-- Decisions ------------------------------------------------------------------------------------
-- A proposal may be decided more than once (rejected, revised, voted again); a vote only once.
alter table proposals.decision drop constraint decision_proposal_id_key;
alter table proposals.decision drop constraint decision_outcome_check;
alter table proposals.decision add constraint decision_outcome_check
    check (outcome in ('PASSED', 'REJECTED', 'VETOED', 'FAILED_QUORUM'));
alter table proposals.decision
    alter column yes_votes type bigint, alter column no_votes type bigint,
    alter column abstain_votes type bigint, alter column electorate type bigint,
    add column veto_votes    bigint not null default 0,
    add column vote_id       uuid unique references proposals.vote (id),
    add column result_sha256 char(64);
create index decision_proposal_idx on proposals.decision (proposal_id);
