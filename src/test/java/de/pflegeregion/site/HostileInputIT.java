package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Every endpoint and form the application serves (taken from the handler mapping, so a new one cannot
 * escape) against a corpus of hostile input: each query parameter, path variable, form field, upload
 * and JSON body gets empty, huge, wrong-typed, NaN and infinite, far-past and far-future, control
 * characters, invalid UTF-8, path tricks, SQL and script fragments, duplicated parameters and wrong
 * media types. No answer may be a 5xx or show an exception; pages answer in German, the API with
 * problem+json. Endpoints behind a login are called with a session (pages) or a bearer token (API) of
 * the role their path requires. The inputs the handler's parameter types name are derived by
 * reflection: request parameters, path variables, the properties of form objects and JSON bodies.
 */
@IntegrationTest
class HostileInputIT {

    static final String PASSWORD = "Sicheres-Test-Passwort-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (?:java|javax|jakarta|org\\.springframework|de\\.pflegeregion|tools\\.jackson|org\\.apache)\\.|Whitelabel|"
                    + "Internal Server Error|Bad Request|Not Found|Caused by:|SQLState|PSQLException");
    private static final String BOUNDARY = "feindlicheGrenze42";

    /** Hostile values as they go on the wire, percent-encoded (so invalid UTF-8 can be expressed). */
    static final List<String> VALUES = List.of(
            "", "%20", enc("x".repeat(6_000)), "abc", "-1", "0", "99999999999999999999999", "1e309", "-1e309",
            "NaN", "Infinity", "-Infinity", "0x1F", "1,5", "0001-01-01", "9999-12-31", "%2B999999999-12-31", "2026-02-30",
            "31.12.99999", "%00", enc("\u0007\u001b[2J\u202e"), "%0D%0ASet-Cookie:%20x=1", "%C3%28", "%FF%FE%FD", "%ED%A0%80",
            enc("../../../../etc/passwd"), enc("..\\..\\windows\\win.ini"), "%252e%252e%252f", enc("' OR '1'='1"),
            enc("1; DROP TABLE audit_log; --"), enc("<script>alert(1)</script>"), enc("\"><img src=x onerror=alert(1)>"),
            enc("${7*7}#{7*7}[[${7*7}]]"), enc("=HYPERLINK(\"http://x\")"), enc("%n%s%s%s"), enc("😀\u00e4\u00df"));

    /** One value of each kind, for every single field (all of {@link #VALUES} go to every field at once). */
    static final List<String> PER_FIELD = List.of("", VALUES.get(2), "abc", "-1", "99999999999999999999999", "NaN", "1e309",
            "0001-01-01", "%2B999999999-12-31", "%00", VALUES.get(20), "%C3%28", VALUES.get(25), VALUES.get(28), VALUES.get(30),
            VALUES.get(33));

    /** Hostile JSON values for one field of a body. */
    static final List<String> JSON_VALUES = List.of("null", "\"\"", "\"abc\"", "-1", "0", "1e309", "-1e309", "NaN", "Infinity",
            "99999999999999999999999999", "1.5", "true", "[]", "{}", "[[[[[[[[]]]]]]]]", "\"0001-01-01\"", "\"9999-12-31\"",
            "\"+999999999-12-31\"", "\"2026-02-30\"", "\"\\u0000\\u0007\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
            "\"" + "x".repeat(100_000) + "\"", "\"../../etc/passwd\"", "[\"\",null,-1]", "{\"a\":{\"b\":[null]}}");

    /** Whole bodies that are not the JSON an endpoint reads. */
    static final List<byte[]> JSON_BODIES = List.of(bytes(""), bytes("null"), bytes("[]"), bytes("{"), bytes("\"x\""), bytes("1"),
            bytes("{}"), bytes("{\"a\":1,\"a\":2}"), bytes("[".repeat(5_000) + "]".repeat(5_000)),
            bytes("{\"x\":\"" + "y".repeat(3_000_000) + "\"}"), new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, bytes("{\"x\":NaN}"), bytes("{\"x\":1}garbage"),
            bytes("<?xml version=\"1.0\"?><a/>"));

    /** Upload contents. */
    static final List<byte[]> FILES = List.of(new byte[0], bytes("\n\n\n"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0x80, 0x41},
            bytes("a;b;c\n\"unterminated;1\n"), bytes("=cmd|' /C calc'!A0;+1;-1;@SUM(1)\n"), bytes("{\"answers\": NaN}"),
            bytes("PK\u0003\u0004" + "\u0000".repeat(100)), bytes("x,".repeat(2_000_000)),
            bytes("\u00ef\u00bb\u00bfGemeinde;Jahr\n" + "1;NaN\n".repeat(10)), bytes("\r\r\r;;;;;;;;\u0000\u0000"));

    private final HttpClient anonymous = client();

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    OfferRegistry registry;

    @Autowired
    ApiTokens apiTokens;

    /** Tomcat's limit for the request line and headers (server.max-http-request-header-size). */
    private static final int MAX_REQUEST_LINE = 8 * 1024;

    private final List<String> failures = new ArrayList<>();
    private int inputs;
    private final Map<Role, Caller> callers = new LinkedHashMap<>();
    private Caller nobody;
    private final Map<String, String> pathValues = new LinkedHashMap<>();

    /** Who sends a request: a cookie jar (session) with its CSRF token, and a bearer token for the API. */
    record Caller(HttpClient http, String csrf, String bearer) {
    }

    record Endpoint(String method, String path, HandlerMethod handler, Set<String> consumes) {
    }

    @Test
    void noEndpointAnswersHostileInputWithAServerErrorOrAStackTrace() throws Exception {
        prepareCallers();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        Map<String, Long> millis = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            long start = System.nanoTime();
            attack(endpoint);
            millis.put(endpoint.method() + " " + endpoint.path(), (System.nanoTime() - start) / 1_000_000);
        }
        millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(slow -> System.out.printf("HostileInputIT: %6d ms %s%n", slow.getValue(), slow.getKey()));
        attackLoginForm();
        System.out.printf("HostileInputIT: %d endpoints, %d hostile requests, %d failures%n",
                endpoints.size(), inputs, failures.size());
        assertThat(failures).as("hostile inputs answered wrongly (%d of %d requests)", failures.size(), inputs).isEmpty();
    }

    private void attack(Endpoint endpoint) throws Exception {
        Caller caller = callerFor(endpoint.method(), endpoint.path());
        Map<String, Class<?>> pathVariables = new LinkedHashMap<>();
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        Class<?> jsonBody = null;
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            parameter = parameter.withContainingClass(endpoint.handler().getBeanType());
            Class<?> type = parameter.getParameterType();
            PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (pathVariable != null) {
                pathVariables.put(name(pathVariable.name(), pathVariable.value(), parameter), type);
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                jsonBody = type;
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                files.add(requestParam == null ? parameter.getParameterName() : name(requestParam.name(), requestParam.value(), parameter));
            } else if (requestParam != null) {
                if (!Map.class.isAssignableFrom(type)) {
                    fields.put(name(requestParam.name(), requestParam.value(), parameter), elementType(parameter.getGenericParameterType()));
                }
            } else if (parameter.hasParameterAnnotation(RequestHeader.class)) {
                continue;
            } else if (isFormObject(type)) {
                fields.putAll(properties(type));
            }
        }
        String path = endpoint.path();
        // path variables: each gets every hostile value, the others a plausible one
        for (String variable : pathVariables.keySet()) {
            for (String value : VALUES) {
                if (value.isEmpty() || value.length() > 2_000) {
                    continue;
                }
                String hostilePath = fill(path, pathVariables, variable, value);
                send(endpoint, caller, hostilePath, "", null, null, "path {" + variable + "}=" + abbreviate(value));
            }
        }
        String basePath = fill(path, pathVariables, null, null);
        boolean bodyMethod = !endpoint.method().equals("GET");
        if (jsonBody != null) {
            attackJson(endpoint, caller, basePath, jsonBody);
            return;
        }
        if (!files.isEmpty()) {
            attackUpload(endpoint, caller, basePath, files, fields);
        }
        // each field (query parameter on GET, form field on POST) gets every hostile value, then all at once
        for (String field : fields.keySet()) {
            for (String value : PER_FIELD) {
                Map<String, List<String>> form = baseline(fields);
                form.put(field, List.of(value));
                sendForm(endpoint, caller, basePath, form, bodyMethod, field + "=" + abbreviate(value));
            }
            Map<String, List<String>> duplicated = baseline(fields);
            duplicated.put(field, List.of("1", "abc", "", "1"));
            sendForm(endpoint, caller, basePath, duplicated, bodyMethod, field + " duplicated");
        }
        // a handler without inputs only needs to show that it ignores unknown ones, however odd
        for (String value : fields.isEmpty() ? List.of(VALUES.get(2), "%C3%28", "%00", VALUES.get(30)) : VALUES) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            fields.keySet().forEach(field -> form.put(field, List.of(value)));
            form.put("unbekanntesFeld", List.of(value));
            sendForm(endpoint, caller, basePath, form, bodyMethod, "every field=" + abbreviate(value));
        }
        if (bodyMethod) {
            String csrf = caller.csrf() == null ? "" : "_csrf=" + enc(caller.csrf());
            send(endpoint, caller, basePath, "", "application/json", bytes("{\"_csrf\":\"" + caller.csrf() + "\"}"), "JSON to a form");
            send(endpoint, caller, basePath, csrf, "text/plain", bytes("a=b"), "text/plain to a form");
            send(endpoint, caller, basePath, csrf, "multipart/form-data; boundary=fehlt", bytes("--x\r\nkaputt"), "broken multipart");
            send(endpoint, caller, basePath, csrf, null, bytes("a=b"), "no Content-Type");
        }
    }

    private void attackJson(Endpoint endpoint, Caller caller, String path, Class<?> type) throws Exception {
        for (byte[] body : JSON_BODIES) {
            send(endpoint, caller, path, "", "application/json", body, "JSON body " + abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
        Map<String, Class<?>> fields = properties(type);
        for (String field : fields.keySet()) {
            for (String value : JSON_VALUES) {
                Map<String, String> object = baselineJson(fields);
                object.put(field, value);
                send(endpoint, caller, path, "", "application/json", bytes(json(object)), "JSON " + field + "=" + abbreviate(value));
            }
        }
        for (String value : JSON_VALUES) {
            Map<String, String> object = new LinkedHashMap<>();
            fields.keySet().forEach(field -> object.put(field, value));
            send(endpoint, caller, path, "", "application/json", bytes(json(object)), "JSON every field=" + abbreviate(value));
        }
        send(endpoint, caller, path, "", "application/x-www-form-urlencoded", bytes("a=1"), "form to a JSON endpoint");
        send(endpoint, caller, path, "", "text/plain", bytes("{}"), "text/plain to a JSON endpoint");
        send(endpoint, caller, path, "", "application/json; charset=ISO-8859-1", bytes("{}"), "JSON in Latin-1");
    }

    private void attackUpload(Endpoint endpoint, Caller caller, String path, List<String> files, Map<String, Class<?>> fields)
            throws Exception {
        for (String file : files) {
            for (byte[] content : FILES) {
                for (String filename : content == FILES.getFirst() ? List.of("daten.csv", "../../etc/passwd", "a\u0000.json", "")
                        : List.of("daten.csv")) {
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    part(body, "_csrf", bytes(caller.csrf() == null ? "" : caller.csrf()), null);
                    for (Map.Entry<String, List<String>> field : baseline(fields).entrySet()) {
                        part(body, field.getKey(), bytes(java.net.URLDecoder.decode(field.getValue().getFirst(), StandardCharsets.UTF_8)), null);
                    }
                    part(body, file, content, filename);
                    body.write(bytes("--" + BOUNDARY + "--\r\n"));
                    send(endpoint, caller, path, "", "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray(),
                            "upload " + file + " (" + content.length + " bytes, name " + abbreviate(filename) + ")");
                }
            }
        }
    }

    private static void part(ByteArrayOutputStream body, String name, byte[] content, String filename) {
        body.writeBytes(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n"));
    }

    /** The login form is Spring Security's filter, not a handler method: attacked on its own. */
    private void attackLoginForm() throws Exception {
        Endpoint login = new Endpoint("POST", "/anmelden", null, Set.of());
        for (String field : List.of("username", "password")) {
            for (String value : VALUES) {
                Caller fresh = anonymousSession();
                String form = "_csrf=" + enc(fresh.csrf()) + "&username=" + (field.equals("username") ? value : "niemand")
                        + "&password=" + (field.equals("password") ? value : "falsch");
                send(login, fresh, "/anmelden", "", "application/x-www-form-urlencoded", bytes(form), field + "=" + abbreviate(value));
            }
        }
    }

    private void sendForm(Endpoint endpoint, Caller caller, String path, Map<String, List<String>> form, boolean body, String what)
            throws Exception {
        StringBuilder encoded = new StringBuilder();
        form.forEach((name, values) -> values.forEach(value -> encoded.append(encoded.isEmpty() ? "" : "&").append(enc(name)).append('=').append(value)));
        if (body) {
            String withCsrf = (caller.csrf() == null ? "" : "_csrf=" + enc(caller.csrf()) + (encoded.isEmpty() ? "" : "&")) + encoded;
            send(endpoint, caller, path, "", "application/x-www-form-urlencoded", bytes(withCsrf), what);
        } else {
            send(endpoint, caller, path, encoded.toString(), null, null, what);
        }
    }

    private void send(Endpoint endpoint, Caller caller, String path, String query, String contentType, byte[] body, String what)
            throws Exception {
        inputs++;
        String uri = "http://localhost:" + port + path + (query == null || query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException notAUri) {
            return; // a value no client can put in a URI is not an input the server can receive
        }
        if (caller.bearer() != null && path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + caller.bearer());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", jsonApi(path) ? "application/json, application/problem+json" : "text/html");
        request.method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = caller.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String problem = problemWith(response, path, uri.length());
        if (problem != null) {
            failures.add(endpoint.method() + " " + endpoint.path() + " with " + what + " -> " + response.statusCode() + ": " + problem
                    + " | " + abbreviate(response.body().replaceAll("\\s+", " ")));
        }
    }

    /** The JSON interfaces answer errors as problem+json: the API and the OParl view of the network. */
    private static boolean jsonApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/oparl/");
    }

    private static String problemWith(HttpResponse<String> response, String path, int uriLength) {
        int status = response.statusCode();
        String body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 && status != 503) {
            return "server error";
        }
        Matcher leak = LEAK.matcher(body);
        if (!contentType.startsWith("application/pdf") && !contentType.contains("spreadsheet") && leak.find()) {
            return "leaks '" + leak.group() + "'";
        }
        if (contentType.startsWith("text/html") && body.contains("<script>alert(1)</script>")) {
            return "reflects a script";
        }
        if (status < 400) {
            return null;
        }
        if (jsonApi(path) && uriLength > MAX_REQUEST_LINE && contentType.startsWith("text/html") && body.contains("lang=\"de\"")) {
            return null; // the container refuses a request line above 8 KB before it knows the path; it answers in German
        }
        if (jsonApi(path)) {
            return contentType.startsWith("application/problem+json") ? null : "API error without problem+json (" + contentType + ")";
        }
        if (!contentType.startsWith("text/html")) {
            return "page error as " + (contentType.isEmpty() ? "no content type" : contentType);
        }
        return body.contains("lang=\"de\"") ? null : "error page not in German";
    }

    // ---- who may call what: the roles the security configuration asks for on each path

    private Caller callerFor(String method, String path) {
        if (path.startsWith("/anbieter") || path.endsWith("/free-places")) {
            return callers.get(Role.PROVIDER);
        }
        if (path.startsWith("/verwaltung") || path.startsWith("/konto")) {
            return callers.get(Role.COUNTY_ADMIN);
        }
        if ((path.startsWith("/planung") && !path.startsWith("/planung/bericht")) || path.startsWith("/api/v1/planning")) {
            return callers.get(Role.PLANNER);
        }
        if (path.startsWith("/netzwerk/mein")) {
            return callers.get(Role.MEMBER);
        }
        if (path.startsWith("/netzwerk") || path.startsWith("/api/v1/network")) {
            return callers.get(Role.NETWORK_COORDINATOR);
        }
        return nobody;
    }

    private void prepareCallers() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("feind-" + suffix, "Landkreis Feind " + suffix, "09186");
        Account admin = null;
        for (Role role : List.of(Role.COUNTY_ADMIN, Role.PROVIDER, Role.PLANNER, Role.NETWORK_COORDINATOR, Role.MEMBER)) {
            Account account = accounts.create(role.name().toLowerCase().replace('_', '-') + "-feind-" + suffix, PASSWORD, role,
                    county.id(), "Feind " + role.label(), "test");
            admin = role == Role.COUNTY_ADMIN ? account : admin;
            callers.put(role, login(account));
        }
        Offer offer = registry.create(county.id(), new OfferDraft("Tagespflege Feind " + suffix, List.of("tagespflege"), "Hauptstraße 1",
                "85283", "Wolnzach", null, null, "08442 1234", "info@example.org", null, null, List.of("Deutsch"), List.of(), null,
                "Test", null, null, Map.of("tagespflege", 12), List.of()), admin);
        registry.assignToProvider(offer.id(), accounts.byUsername("provider-feind-" + suffix).orElseThrow(), admin);
        Account target = accounts.create("ziel-feind-" + suffix, PASSWORD, Role.PROVIDER, county.id(), "Zielkonto", "test");
        nobody = anonymousSession();
        pathValues.put("id", String.valueOf(offer.id()));
        pathValues.put("accountId", String.valueOf(target.id()));
        pathValues.put("kreisAgs", county.kreisAgs());
        pathValues.put("slug", county.slug());
    }

    private Caller login(Account account) throws Exception {
        Caller fresh = anonymousSession();
        String form = "username=" + enc(account.username()) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(fresh.csrf());
        HttpResponse<String> login = fresh.http().send(post("/anmelden", form), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of " + account.username()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("fehler");
        String page = fresh.http().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/konto")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("CSRF token on /konto").isTrue();
        return new Caller(fresh.http(), token.group(1), apiTokens.issue(account, "Feindliche Eingaben").token());
    }

    private Caller anonymousSession() throws Exception {
        HttpClient http = client();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/anmelden")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("CSRF token on /anmelden").isTrue();
        return new Caller(http, token.group(1), null);
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // ---- the endpoint list and the inputs their parameter types name

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : requestMappingHandlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.toSet());
            for (String path : info.getPatternValues()) {
                if (path.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(method.name(), path, mapping.getValue(), consumes));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private String fill(String path, Map<String, Class<?>> variables, String hostile, String value) {
        Matcher matcher = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = name.equals(hostile) ? value : plausiblePathValue(path, name, variables.get(name));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The fixture's own objects where the path names them, so a request reaches the handler's checks. */
    private String plausiblePathValue(String path, String name, Class<?> type) {
        if (path.contains("/konten/") && name.equals("id")) {
            return pathValues.get("accountId");
        }
        if (path.contains("/schritt/")) {
            return "1";
        }
        String known = pathValues.get(name);
        if (known != null) {
            return known;
        }
        return type != null && (Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))) ? "999999" : "unbekannt";
    }

    private static Map<String, List<String>> baseline(Map<String, Class<?>> fields) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        fields.forEach((name, type) -> form.put(name, List.of(enc(plausible(type)))));
        return form;
    }

    private static Map<String, String> baselineJson(Map<String, Class<?>> fields) {
        Map<String, String> object = new LinkedHashMap<>();
        fields.forEach((name, type) -> {
            String value = plausible(type);
            object.put(name, type == String.class || type.isEnum() || LocalDate.class.equals(type) || YearMonth.class.equals(type)
                    ? "\"" + value + "\"" : Collection.class.isAssignableFrom(type) ? "[]" : Map.class.isAssignableFrom(type) ? "{}"
                    : value.equals("?") ? "{}" : value);
        });
        return object;
    }

    private static String plausible(Class<?> type) {
        Class<?> boxed = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type);
        if (Number.class.isAssignableFrom(boxed)) {
            return "1";
        }
        if (boxed == Boolean.class) {
            return "true";
        }
        if (boxed == LocalDate.class) {
            return "2026-12-01";
        }
        if (boxed == YearMonth.class) {
            return "2026-12";
        }
        if (boxed.isEnum() && boxed.getEnumConstants().length > 0) {
            return ((Enum<?>) boxed.getEnumConstants()[0]).name();
        }
        if (boxed == String.class || Collection.class.isAssignableFrom(boxed) || boxed.isArray()) {
            return "a";
        }
        return BigDecimal.class.equals(boxed) ? "1" : "?";
    }

    private static boolean isFormObject(Class<?> type) {
        return type.getPackageName().startsWith("de.pflegeregion") && !type.isEnum() && !type.isInterface()
                && !type.getSimpleName().equals("Account");
    }

    /** A form object's or JSON body's inputs: record components, or fields with setters. */
    private static Map<String, Class<?>> properties(Class<?> type) {
        Map<String, Class<?>> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), elementType(component.getGenericType()));
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    properties.put(field.getName(), elementType(field.getGenericType()));
                }
            }
        }
        return properties;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
    }

    private static String json(Map<String, String> object) {
        StringBuilder json = new StringBuilder("{");
        object.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value));
        return json.append('}').toString();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
