package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No code path changes or removes audit entries: the main sources (Java and SQL migrations) are scanned for
 * UPDATE, DELETE, TRUNCATE, DROP or ALTER statements on audit_log. The one exception is the pseudonymisation
 * of an erased account in AuditLog#pseudonymise (Art. 17 DSGVO), which the database trigger also allows.
 */
class AuditLogAppendOnlyTest {

    private static final Pattern CHANGE = Pattern.compile(
            "(?is)\\b(update|delete\\s+from|truncate(\\s+table)?|drop\\s+table|alter\\s+table)\\s+(if\\s+exists\\s+)?audit_log\\b");

    @Test
    void onlyThePseudonymisationOfAnErasedAccountChangesAuditEntries() throws IOException {
        List<String> changes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList()) {
                Matcher matcher = CHANGE.matcher(Files.readString(file));
                while (matcher.find()) {
                    changes.add(file.getFileName() + ": " + matcher.group().replaceAll("\\s+", " ").toUpperCase());
                }
            }
        }
        assertThat(changes).containsExactlyInAnyOrder("AuditLog.java: UPDATE AUDIT_LOG", "AuditLog.java: UPDATE AUDIT_LOG");
        String auditLog = Files.readString(Path.of("src/main/java/de/pflegeregion/platform/AuditLog.java"));
        String pseudonymise = auditLog.substring(auditLog.indexOf("void pseudonymise("), auditLog.indexOf("private static AuditEntry entry("));
        assertThat(pseudonymise).as("both updates are inside pseudonymise").containsPattern("(?s)UPDATE audit_log.*UPDATE audit_log");
        assertThat(pseudonymise).doesNotContain("public");
    }
}
