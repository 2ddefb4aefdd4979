-- An account may hold several roles (e.g. a county admin who also plans); one row per role.
-- Portable between PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(30) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_role_ck CHECK (role IN ('PUBLIC', 'PROVIDER', 'COUNTY_ADMIN', 'PLANNER'))
);

INSERT INTO account_role (account_id, role) SELECT id, role FROM account;

-- "every role but PUBLIC needs a county" spans two tables now and is checked by Accounts.create
ALTER TABLE account DROP CONSTRAINT account_tenant_ck;
ALTER TABLE account DROP CONSTRAINT account_role_ck;
ALTER TABLE account DROP COLUMN role;
