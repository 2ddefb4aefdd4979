package de.pflegeregion.planning.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import de.pflegeregion.planning.ImportError;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Population uploads read in the background, one at a time per node, with their progress (bytes read
 * of the file) written to the database at most every {@link #PROGRESS_EVERY}, so a status page on any
 * node can show it. A job whose node stopped writing is shown as broken off after {@link #STALE_AFTER}.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final Duration PROGRESS_EVERY = Duration.ofMillis(250);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final PlanningData data;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("planning-import").factory());

    ImportJobs(PlanningData data, JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.data = data;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A job as the status page shows it; {@code errors} only when it failed. */
    public record Job(long id, String kind, String variant, String fileName, long totalBytes, long readBytes, State state,
                      String message, List<ImportError> errors, Instant startedAt) {

        /** Share of the file read, 0–100. */
        public int percent() {
            return totalBytes == 0 ? 100 : (int) Math.min(100, readBytes * 100 / totalBytes);
        }
    }

    public enum State {
        RUNNING, DONE, FAILED, BROKEN_OFF
    }

    /** A started job: its id, and the import's end for a caller willing to wait a moment. */
    public record Started(long id, CompletableFuture<Job> finished) {

        /** The finished job if it ends within {@code wait}, else empty (the caller shows the status page). */
        public Optional<Job> within(Duration wait) {
            try {
                return Optional.of(finished.get(wait.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Takes over {@code file} (deleted when the job ends) and starts reading it in the background. */
    public Started start(Tenant county, Path file, String kind, String variant, String fileName, String actor) throws IOException {
        long size = Files.size(file);
        Instant now = clock.instant();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO planning_import_job (tenant_id, kind, variant, file_name, total_bytes, read_bytes, state, "
                        + "started_at, updated_at, started_by) VALUES (?, ?, ?, ?, ?, 0, 'running', ?, ?, ?)")
                .params(county.id(), kind, variant == null ? "" : variant, fileName, size, java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now), actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        CompletableFuture<Job> finished = CompletableFuture.supplyAsync(() -> run(id, county, file, kind, variant, fileName, actor), worker);
        return new Started(id, finished);
    }

    private Job run(long id, Tenant county, Path file, String kind, String variant, String fileName, String actor) {
        try (InputStream in = new Progress(Files.newInputStream(file), id)) {
            PlanningData.ImportResult r = data.importPopulation(county, in, kind, variant, fileName, actor);
            finish(id, "done", summary(fileName, r), null);
        } catch (RejectedFile e) {
            finish(id, "failed", null, e.errors());
        } catch (InvalidInput e) {
            finish(id, "failed", null, List.of(new ImportError(0, e.field(), e.getMessage())));
        } catch (IOException | RuntimeException e) {
            log.error("planning import {} failed", id, e);
            finish(id, "failed", null, List.of(new ImportError(0, "datei", "Die Datei konnte nicht gelesen werden; es wurde nichts gespeichert.")));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete upload {}", file, e);
            }
        }
        return find(county, id).orElseThrow();
    }

    /** What an accepted file held, in the planner's words. */
    public static String summary(String fileName, PlanningData.ImportResult r) {
        return "Die Datei „" + fileName + "“ wurde übernommen: " + r.rows() + " Zahlen für " + r.areas() + " Gebiete (" + r.layout()
                + ", Ebene " + r.level() + ", Jahre " + String.join(", ", r.years().stream().map(String::valueOf).toList()) + "); "
                + r.skippedOutsideCounty() + " Zeilen anderer Gebiete übersprungen, " + r.unknownCells() + " unbekannte Werte.";
    }

    private void finish(long id, String state, String message, List<ImportError> errors) {
        jdbc.sql("UPDATE planning_import_job SET state = ?, message = ?, errors = ?, read_bytes = total_bytes, updated_at = ? WHERE id = ?")
                .params(state, message, errors == null ? null : json.writeValueAsString(errors), java.sql.Timestamp.from(clock.instant()), id)
                .update();
    }

    /** The county's job, or empty for another county's. */
    public Optional<Job> find(Tenant county, long id) {
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        return jdbc.sql("SELECT id, kind, variant, file_name, total_bytes, read_bytes, state, message, errors, started_at, updated_at "
                        + "FROM planning_import_job WHERE id = ? AND tenant_id = ?").params(id, county.id())
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    State s = switch (state) {
                        case "done" -> State.DONE;
                        case "failed" -> State.FAILED;
                        default -> rs.getTimestamp("updated_at").toInstant().isBefore(staleBefore) ? State.BROKEN_OFF : State.RUNNING;
                    };
                    String errors = rs.getString("errors");
                    return new Job(rs.getLong("id"), rs.getString("kind"), rs.getString("variant"), rs.getString("file_name"),
                            rs.getLong("total_bytes"), rs.getLong("read_bytes"), s, rs.getString("message"),
                            errors == null ? List.of() : json.readValue(errors, new TypeReference<List<ImportError>>() { }),
                            rs.getTimestamp("started_at").toInstant());
                }).optional();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Counts the bytes read and writes them to the job now and then. */
    private final class Progress extends FilterInputStream {

        private final long id;
        private long read;
        private Instant lastWrite = Instant.EPOCH;

        Progress(InputStream in, long id) {
            super(in);
            this.id = id;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            Instant now = clock.instant();
            if (Duration.between(lastWrite, now).compareTo(PROGRESS_EVERY) >= 0) {
                lastWrite = now;
                jdbc.sql("UPDATE planning_import_job SET read_bytes = ?, updated_at = ? WHERE id = ?")
                        .params(read, java.sql.Timestamp.from(now), id).update();
            }
        }
    }
}
