package de.pflegeregion.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own in a temporary directory on a free loopback port, so a test may
 * stop, restart and dump it without touching the machine's shared server. Uses the server binaries
 * of the installed PostgreSQL (Debian: /usr/lib/postgresql/N/bin); as root it runs them as the
 * {@code postgres} user, because initdb refuses root.
 */
final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private ThrowawayPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates and starts a fresh cluster (trust authentication, loopback only). */
    static ThrowawayPostgres start() throws IOException, InterruptedException {
        Path bin = serverBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("pflegeregion-pg-");
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, FreePorts.next(), root);
        if (root) {
            pg.run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        pg.tool("initdb", "-D", pg.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8");
        pg.pgCtl("start");
        return pg;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) throws SQLException {
        execute("CREATE DATABASE " + name);
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Stops the server (fast: open transactions are rolled back, committed ones are on disk). */
    void stop() throws IOException, InterruptedException {
        tool("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    void startAgain() throws IOException, InterruptedException {
        pgCtl("start");
    }

    /** {@code pg_dump --format=custom} of one database into a file. */
    void dump(String database, Path file) throws IOException, InterruptedException {
        tool("pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "--format=custom",
                "--file=" + file, database);
    }

    /** {@code pg_restore} of a custom-format dump into an existing empty database. */
    void restore(Path file, String database) throws IOException, InterruptedException {
        tool("pg_restore", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "--no-owner",
                "--exit-on-error", "--dbname=" + database, file.toString());
    }

    /** The directory the tools may write to (owned by the user the server runs as). */
    Path workDir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                tool("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void pgCtl(String action) throws IOException, InterruptedException {
        // the socket goes into the cluster's own directory, never the shared server's
        tool("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=60", action);
    }

    private void tool(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(args));
        run(command, asPostgresUser);
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed: " + out);
        }
    }

    private static Path serverBinaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("The reliability tests need the PostgreSQL server programs (initdb, pg_ctl, pg_dump, pg_restore): "
                + "on Debian apt-get install postgresql, or put them on the PATH.");
    }
}
