-- Every change to a county's planning data (population imports, quota set, settings, travel times)
-- raises its version in the same transaction. Each application node keeps the loaded forecast inputs
-- in memory and checks this one row per request, so a change made on any node shows on every node
-- in the next request.
CREATE TABLE planning_data_version (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    version   BIGINT NOT NULL
);
