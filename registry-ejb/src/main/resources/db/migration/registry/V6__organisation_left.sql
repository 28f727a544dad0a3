-- A member may leave the federation; its record stays and its name stays taken.
alter table registry.organisation drop constraint organisation_status_check;
alter table registry.organisation add constraint organisation_status_check
    check (status in ('APPLIED', 'APPROVED', 'REJECTED', 'LEFT'));
