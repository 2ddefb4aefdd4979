-- The care network's roles (network spec): the county's coordinator and network members.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_ck;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_ck
    CHECK (role IN ('PUBLIC', 'PROVIDER', 'COUNTY_ADMIN', 'PLANNER', 'NETWORK_COORDINATOR', 'MEMBER'));
