package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log is append-only in the database, not just in the code: on PostgreSQL (production) a
 * trigger refuses every DELETE and TRUNCATE, and every UPDATE except the one the DSGVO requires, the
 * replacement of a deleted account's name by its pseudonym (Art. 17; platform.AuditLog#pseudonymise).
 * The embedded H2 of a first run has no procedural triggers; there the code is the only guard.
 */
public class V60__platform_audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_OP = 'UPDATE'
                           AND NEW.id = OLD.id AND NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id
                           AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
                           AND NEW.subject_type = OLD.subject_type AND NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id
                           AND (NEW.actor = OLD.actor OR NEW.actor LIKE 'pseudonym-%')
                           AND (NEW.before_state IS NOT DISTINCT FROM OLD.before_state OR NEW.before_state LIKE '%pseudonym-%')
                           AND (NEW.after_state IS NOT DISTINCT FROM OLD.after_state OR NEW.after_state LIKE '%pseudonym-%') THEN
                            RETURN NEW;
                        END IF;
                        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
                    END $$""");
            sql.execute("""
                    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""");
            sql.execute("""
                    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""");
        }
    }
}
