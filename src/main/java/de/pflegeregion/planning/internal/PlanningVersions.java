package de.pflegeregion.planning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * The planning_data_version table: one number per county that every change to its planning data
 * raises in its own transaction, so that any application node can tell with one primary-key read
 * whether what it has in memory is still current.
 */
@Repository
class PlanningVersions {

    private final JdbcClient jdbc;

    PlanningVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's version; 0 before its first change. */
    long current(long tenantId) {
        return jdbc.sql("SELECT version FROM planning_data_version WHERE tenant_id = ?").param(tenantId)
                .query(Long.class).optional().orElse(0L);
    }

    /** Raises the county's version; inside the transaction of the change, so both commit together. */
    void raise(long tenantId) {
        Assert.state(TransactionSynchronizationManager.isActualTransactionActive(), "a planning change raises its version in its transaction");
        // update first, as the settings store does: plain SQL that the demo's embedded database speaks too
        int raised = jdbc.sql("UPDATE planning_data_version SET version = version + 1 WHERE tenant_id = ?").param(tenantId).update();
        if (raised == 0) {
            jdbc.sql("INSERT INTO planning_data_version (tenant_id, version) VALUES (?, 1)").param(tenantId).update();
        }
    }
}
