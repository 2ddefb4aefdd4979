package de.pflegeregion.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import de.pflegeregion.site.ApiProblems;

/** The failures the PostgreSQL restart of TwoNodesOnePostgresIT produced are all read as "database away" (503), others not. */
class DatabaseUnreachableTest {

    @Test
    void failuresSeenWhilePostgresRestartedMeanTheDatabaseIsAway() {
        var noConnection = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.");
        assertThat(ApiProblems.databaseUnreachable(new DataAccessResourceFailureException("FATAL: terminating connection"))).isTrue();
        assertThat(ApiProblems.databaseUnreachable(new CannotCreateTransactionException("Could not open JDBC Connection", noConnection))).isTrue();
        var rollbackAfterFailedAccess = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed", "08003"));
        assertThat(ApiProblems.databaseUnreachable(rollbackAfterFailedAccess)).isTrue();
        var wrapped = new IllegalStateException("filter", new TransactionSystemException("JDBC rollback failed", new SQLException("gone", "57P01")));
        assertThat(ApiProblems.databaseUnreachable(wrapped)).isTrue();
        // seen in the short run of 2 December 05:11: a free-places commit whose connection PostgreSQL had ended
        var closedByPool = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(ApiProblems.databaseUnreachable(closedByPool)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ApiProblems.databaseUnreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(ApiProblems.databaseUnreachable(new TransactionSystemException("JDBC rollback failed", new SQLException("syntax", "42601")))).isFalse();
        assertThat(ApiProblems.databaseUnreachable(new IllegalArgumentException("bad"))).isFalse();
        assertThat(ApiProblems.databaseUnreachable(null)).isFalse();
    }
}
