-- The instance that drives the bridge. It holds a PostgreSQL advisory lock on a connection of its own; each
-- takeover increments the epoch, and a nonce is only taken while the epoch read is still the taker's (fencing).
create table chainbridge.bridge_leader (
    name        varchar(32)  primary key,
    epoch       bigint       not null,
    instance    varchar(200) not null,
    acquired_at timestamptz  not null
);
insert into chainbridge.bridge_leader (name, epoch, instance, acquired_at) values ('chainbridge', 0, 'none', now());
