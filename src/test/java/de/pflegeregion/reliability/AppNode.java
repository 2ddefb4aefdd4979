package de.pflegeregion.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;

/**
 * One application node in a JVM of its own, started from this test JVM's classpath (the tests run
 * before the jar is packaged), on a free loopback port. It can be stopped as an operator would
 * ({@link #terminate()}, SIGTERM) or killed ({@link #kill()}, SIGKILL).
 */
final class AppNode implements AutoCloseable {

    /**
     * Extra options of the node JVMs ({@code -Dreliability.jvmOptions}, space-separated). The short run
     * compiles with C1 only: a start then costs about half the CPU (C2 compiles nothing a start needs in
     * time), which decides how long two nodes take on two shared cores; the full run passes none, so its
     * latencies are those of a normal server JVM.
     */
    static final List<String> JVM_OPTIONS = List.of(System.getProperty("reliability.jvmOptions", "-XX:TieredStopAtLevel=1").trim()
            .split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();

    /** How long a start may take: about 15 s on a quiet machine, several minutes on two cores shared by many builds. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("reliability.startTimeout", "PT6M"));

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private Duration startCpu = Duration.ZERO;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node with the demo data on the given database and waits until it is ready for traffic. */
    static AppNode start(String name, String jdbcUrl, Path workDir, String... extraArgs) throws IOException, InterruptedException {
        int port = FreePorts.next();
        Path log = workDir.resolve(name + ".log");
        Path dataDir = Files.createDirectories(workDir.resolve(name + "-data"));
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", classpath, "de.pflegeregion.PflegeregionApplication",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.profiles.active=demo", "--pflegeregion.data-dir=" + dataDir,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--logging.level.root=WARN", "--logging.level.de.pflegeregion=INFO"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a node left over by a failed test (e.g. B still starting when A's start failed) ends with the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        AppNode node = new AppNode(name, port, process, log);
        node.awaitUp(START_TIMEOUT);
        return node;
    }

    static AppNode startUnchecked(String name, String jdbcUrl, Path workDir, String... extraArgs) {
        try {
            return start(name, jdbcUrl, workDir, extraArgs);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: the node gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd or a container runtime stops a service. */
    void terminate() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Heap in use right after a full collection, in KiB (jcmd GC.run, then GC.heap_info). */
    long heapAfterGcKiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        long used = 0;
        while (m.find()) {
            used += Long.parseLong(m.group(2));
        }
        return used;
    }

    /** Resident set size of the node's process in KiB. */
    long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for " + pid());
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private void awaitUp(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            // readiness turns UP only after the start listeners (the demo data) have run; refused until it listens
            await("node " + name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                    .failFast("node " + name + " ended during start", () -> !process.isAlive())
                    .until(() -> http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        } catch (ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
            process.destroyForcibly();
            throw new IllegalStateException(e.getMessage() + ":\n" + logTail(), e);
        }
        startCpu = cpu();
    }

    /** CPU time (user and system) the node's process has used so far. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU time the node used until it was ready: the cost of a start, less dependent on the machine's load than wall time. */
    Duration startCpu() {
        return startCpu;
    }

    /** The largest classes of the heap right after a full collection ({@code jcmd GC.class_histogram}), the first lines. */
    String classHistogram(int lines) throws IOException, InterruptedException {
        List<String> all = jcmd("GC.class_histogram").lines().toList();
        return String.join("\n", all.subList(0, Math.min(all.size(), lines + 3)));
    }

    void closeQuietly() {
        try {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
