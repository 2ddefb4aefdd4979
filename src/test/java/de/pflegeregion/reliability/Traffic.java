package de.pflegeregion.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mixed loopback traffic against the nodes in rotation, as a load balancer without stickiness
 * would send it: citizens search offers, assess and look up benefits; the provider and the county
 * admin report free places through the provider API with bearer tokens; the planner asks for a
 * forecast; a logged-in provider's browser session reads its own page. Every request is recorded
 * with its node, its time and its answer; every acknowledged free-place report is kept so it can
 * be looked for afterwards.
 */
final class Traffic implements AutoCloseable {

    static final String PASSWORD = "Pflegeregion-Demo-2026";
    static final String PROVIDER = "tagespflege-wolnzach";
    static final String COUNTY_ADMIN = "admin-paf";
    static final String PLANNER = "planung-paf";
    static final String KREIS_AGS = "09186";
    static final String PROVIDER_OFFER = "Haus der Generationen";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One request: which kind, which node, when, and how it ended (status, or the I/O failure). */
    record Outcome(String kind, String node, long startNanos, long endNanos, int status, String contentType, String body,
                   String failure) {

        boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }

        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    /** A free-place report the application answered 200 to. */
    record AcknowledgedWrite(long offerId, int places, Instant reportedAt, String node, long ackNanos) {
    }

    /** An offer with places in the demo county, and its capacity. */
    record CountableOffer(long id, String name, int capacity) {
    }

    private final List<AppNode> rotation = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<AcknowledgedWrite> acknowledged = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong startedAt = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final byte[] assessment;
    private volatile boolean running;

    String providerToken;
    String adminToken;
    String plannerToken;
    HttpClient providerBrowser;
    List<CountableOffer> offers;

    Traffic(Collection<AppNode> nodes) throws IOException {
        rotation.addAll(nodes);
        assessment = Files.readAllBytes(Path.of("src/test/resources/load/assessment.json"));
    }

    /** Tokens, a browser session logged in on the first node, and the offers with places. */
    void prepare() throws Exception {
        AppNode first = rotation.getFirst();
        providerToken = token(first, PROVIDER);
        adminToken = token(first, COUNTY_ADMIN);
        plannerToken = token(first, PLANNER);
        providerBrowser = logIn(first, PROVIDER);
        Outcome search = send(first, "prepare", get(first, "/api/v1/offers?near=85276&radiusKm=60&tenant=landkreis-pfaffenhofen&limit=500&type=tagespflege"));
        JsonNode found = JSON.readTree(search.body());
        offers = new ArrayList<>();
        for (JsonNode o : found.path("offers")) {
            int capacity = o.path("capacity").path("tagespflege").asInt(0);
            if (capacity > 0) {
                offers.add(new CountableOffer(o.path("id").asLong(), o.path("name").asString(), capacity));
            }
        }
        if (offers.stream().noneMatch(o -> o.name().equals(PROVIDER_OFFER)) || offers.size() < 3) {
            throw new IllegalStateException("demo offers with Tagespflege places missing: " + offers + " in " + search);
        }
    }

    CountableOffer providerOffer() {
        return offers.stream().filter(o -> o.name().equals(PROVIDER_OFFER)).findFirst().orElseThrow();
    }

    /** Offers the county admin writes to (all but the provider's own and the one kept for lag probes). */
    List<CountableOffer> adminOffers() {
        return offers.stream().filter(o -> !o.name().equals(PROVIDER_OFFER)).skip(1).toList();
    }

    CountableOffer lagProbeOffer() {
        return offers.stream().filter(o -> !o.name().equals(PROVIDER_OFFER)).findFirst().orElseThrow();
    }

    /** Starts the workers: two citizens, the provider, the county admin, the planner, a browser session. */
    void start() {
        running = true;
        startedAt.set(System.nanoTime());
        loop("citizen-1", this::citizenStep);
        loop("citizen-2", this::citizenStep);
        CountableOffer own = providerOffer();
        AtomicInteger providerCount = new AtomicInteger();
        loop("provider", () -> report(own, providerToken, providerCount.getAndIncrement() % (own.capacity() + 1), "free-places"));
        List<CountableOffer> adminOffers = adminOffers();
        AtomicInteger adminCount = new AtomicInteger();
        loop("admin", () -> {
            int n = adminCount.getAndIncrement();
            CountableOffer o = adminOffers.get(n % adminOffers.size());
            report(o, adminToken, (n / adminOffers.size()) % (o.capacity() + 1), "free-places");
        });
        AtomicInteger year = new AtomicInteger();
        loop("planner", () -> {
            AppNode node = pick();
            send(node, "forecast", get(node, "/api/v1/planning/" + KREIS_AGS + "/forecast?year=" + (2025 + year.getAndIncrement() % 10))
                    .header("Authorization", "Bearer " + plannerToken));
        });
        loop("session", () -> {
            AppNode node = pick();
            sendWith(providerBrowser, node, "session", page(node, "/anbieter"), body -> body.contains(PROVIDER_OFFER));
        });
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread t : workers) {
            t.join(Duration.ofSeconds(30));
        }
        workers.clear();
    }

    /** Takes a node out of rotation (as the load balancer's health check would). */
    void remove(AppNode node) {
        rotation.remove(node);
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<AcknowledgedWrite> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Reports free places on one node; an acknowledged report is remembered. */
    Outcome report(CountableOffer offer, String token, int places, String kind) throws IOException {
        return reportOn(pick(), offer, token, places, kind);
    }

    Outcome reportOn(AppNode node, CountableOffer offer, String token, int places, String kind) throws IOException {
        Outcome outcome = send(node, kind, HttpRequest.newBuilder(node.uri("/api/v1/offers/" + offer.id() + "/free-places"))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"tagespflege\",\"places\":" + places + "}")));
        if (outcome.ok()) {
            JsonNode answer = JSON.readTree(outcome.body());
            acknowledged.add(new AcknowledgedWrite(offer.id(), answer.path("places").asInt(), Instant.parse(answer.path("reportedAt").asString()),
                    node.name(), outcome.endNanos()));
        }
        return outcome;
    }

    /** When the Tagespflege places of an offer were reported, as a node's search index shows it (null if none). */
    Instant reportedAtOn(AppNode node, long offerId) {
        Outcome o = send(node, "lag-probe", get(node, "/api/v1/offers/" + offerId));
        if (!o.ok()) {
            return null;
        }
        String at = JSON.readTree(o.body()).path("freePlaces").path("tagespflege").path("reportedAt").asString(null);
        return at == null ? null : Instant.parse(at);
    }

    AppNode pick() {
        List<AppNode> nodes = List.copyOf(rotation);
        return nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
    }

    private void citizenStep() throws IOException {
        AppNode node = pick();
        int i = next.get();
        switch (Math.floorMod(i, 3)) {
            case 0 -> send(node, "search", get(node, "/api/v1/offers?near=85283&radiusKm=" + (10 + i % 30) + "&type=tagespflege"));
            case 1 -> send(node, "assessment", HttpRequest.newBuilder(node.uri("/api/v1/assessment")).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(assessment)));
            default -> send(node, "benefits", get(node, "/api/v1/benefits?pflegegrad=" + (1 + i % 5) + "&date=2026-0" + (1 + i % 9) + "-15"));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void loop(String name, Step step) {
        workers.add(Thread.ofVirtual().name(name).start(() -> {
            while (running) {
                try {
                    step.run();
                } catch (Exception e) {
                    outcomes.add(new Outcome(name, "-", System.nanoTime(), System.nanoTime(), 0, null, null, "driver: " + e));
                }
            }
        }));
    }

    HttpRequest.Builder get(AppNode node, String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(15)).header("Accept", "application/json").GET();
    }

    HttpRequest.Builder page(AppNode node, String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(15)).header("Accept", "text/html").GET();
    }

    Outcome send(AppNode node, String kind, HttpRequest.Builder request) {
        return sendWith(http, node, kind, request, body -> true);
    }

    /** Sends and records; a 2xx whose body fails the check is recorded as status 0 with the reason. */
    Outcome sendWith(HttpClient client, AppNode node, String kind, HttpRequest.Builder request, Predicate<String> check) {
        long start = System.nanoTime();
        Outcome outcome;
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            boolean good = r.statusCode() / 100 != 2 || check.test(r.body());
            outcome = new Outcome(kind, node.name(), start, System.nanoTime(), good ? r.statusCode() : 0, type, r.body(),
                    good ? null : "answer without the expected content");
        } catch (IOException e) {
            outcome = new Outcome(kind, node.name(), start, System.nanoTime(), 0, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome(kind, node.name(), start, System.nanoTime(), 0, null, null, e.toString());
        }
        if (!kind.equals("prepare")) {
            outcomes.add(outcome);
        }
        return outcome;
    }

    private String token(AppNode node, String username) throws IOException {
        Outcome o = send(node, "prepare", HttpRequest.newBuilder(node.uri("/api/v1/auth/token")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")));
        if (o.status() != 201) {
            throw new IllegalStateException("no token for " + username + ": " + o);
        }
        return JSON.readTree(o.body()).path("token").asString();
    }

    /** Logs in through the login form of one node; the session cookie then works on every node. */
    HttpClient logIn(AppNode node, String username) throws IOException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Outcome form = sendWith(browser, node, "prepare", HttpRequest.newBuilder(node.uri("/anmelden")).timeout(Duration.ofSeconds(15)), b -> true);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("login form without CSRF token: " + form);
        }
        String body = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Outcome login = sendWith(browser, node, "prepare", HttpRequest.newBuilder(node.uri("/anmelden")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), b -> true);
        if (login.status() != 302) {
            throw new IllegalStateException("login failed: " + login);
        }
        return browser;
    }

    /** p50/p95/p99 in ms and the count per request kind, of the successful requests in a window. */
    static Map<String, double[]> percentiles(List<Outcome> outcomes) {
        Map<String, List<Double>> byKind = new TreeMap<>();
        outcomes.stream().filter(Outcome::ok).forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.millis()));
        Map<String, double[]> result = new TreeMap<>();
        byKind.forEach((kind, values) -> {
            values.sort(null);
            result.put(kind, new double[]{at(values, 0.50), at(values, 0.95), at(values, 0.99), values.size()});
        });
        return result;
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
