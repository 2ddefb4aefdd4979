-- Planners (Role.PLANNER, county Sozialplanung) may hold accounts. The role list is checked by the
-- application (platform.Role); the accounts change owns the role model, so the fixed list goes.
ALTER TABLE account DROP CONSTRAINT IF EXISTS account_role_ck;
