package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The prefix filter must find exactly what Spring's own lookup finds, and skip the mappings it can rule out. */
class PrefixedHandlerMappingTest {

    private static RequestMappingHandlerMapping spring;
    private static PrefixedHandlerMapping prefixed;

    @BeforeAll
    static void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("sample", Sample.class);
        context.refresh();
        spring = new RequestMappingHandlerMapping();
        prefixed = new PrefixedHandlerMapping();
        for (RequestMappingHandlerMapping mapping : List.of(spring, prefixed)) {
            mapping.setApplicationContext(context);
            mapping.afterPropertiesSet();
        }
    }

    @Test
    void everyRequestFindsTheSameHandlerOrTheSameRefusalAsSpringsLookup() {
        List<String> paths = List.of("/api/v1/planning/09186/forecast", "/api/v1/planning/09186/forecast/", "/api/v1/planning/09186",
                "/api/v1/planning", "/api/v1/plan%6Eing/09186/forecast", "/api/v1/planning;x=1/09186/forecast",
                "/api/v1/planning/09186/scenarios/7", "/api/v1/planning/09186/scenarios/7/x", "/api/v1/offers/3",
                "/api/v1/offers/3/free-places", "/api/v1/offers", "/api", "/", "/oparl/v1.1/body/1/meeting", "/oparl",
                "/oparl/v1.1", "/wolnzach/info", "/api/info", "/termine/4.ics", "/netzwerk/sitzungen/4.ics",
                "/netzwerk/sitzungen/4", "/massnahmen/12", "/massnahmen/leichte-sprache", "/massnahmen",
                "/MASSNAHMEN/12", "/unbekannt/1/2", "//massnahmen/12", "/massnahmen/%31%32");
        List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
        int compared = 0;
        for (String path : paths) {
            for (String method : methods) {
                for (String accept : List.of("*/*", "application/json", "text/html")) {
                    for (String contentType : new String[] {null, "application/json", "text/xml"}) {
                        assertThat(outcome(prefixed, request(method, path, accept, contentType, false)))
                                .as("%s %s Accept %s Content-Type %s", method, path, accept, contentType)
                                .isEqualTo(outcome(spring, request(method, path, accept, contentType, false)));
                        compared++;
                    }
                }
            }
            assertThat(outcome(prefixed, request("OPTIONS", path, "*/*", null, true)))
                    .as("pre-flight %s", path).isEqualTo(outcome(spring, request("OPTIONS", path, "*/*", null, true)));
        }
        assertThat(compared).isEqualTo(paths.size() * methods.size() * 9);
    }

    @Test
    void mappingsThatBeginWithOtherLiteralSegmentsAreNotAskedTheRequestMethod() throws Exception {
        AtomicInteger springAsks = new AtomicInteger();
        AtomicInteger prefixedAsks = new AtomicInteger();
        String path = "/api/v1/planning/09186/forecast";
        assertThat(handler(spring, counting(request("GET", path, "*/*", null, false), springAsks))).isEqualTo("forecast");
        assertThat(handler(prefixed, counting(request("GET", path, "*/*", null, false), prefixedAsks))).isEqualTo("forecast");
        // Spring asks each of the 13 mappings; the filter leaves the three under /api/v1/planning and the one without a literal start
        assertThat(springAsks.get()).isGreaterThanOrEqualTo(13);
        assertThat(prefixedAsks.get()).isPositive().isLessThan(springAsks.get() / 2);
    }

    @Test
    void aMappingWithoutALiteralStartIsAlwaysChecked() {
        assertThat(outcome(prefixed, request("GET", "/api/info", "*/*", null, false))).isEqualTo("info {slug=api}");
    }

    private static MockHttpServletRequest request(String method, String path, String accept, String contentType, boolean preflight) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader(HttpHeaders.ACCEPT, accept);
        if (contentType != null) {
            request.setContentType(contentType);
            request.setContent("{}".getBytes());
        }
        if (preflight) {
            request.addHeader(HttpHeaders.ORIGIN, "https://example.org");
            request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET");
        }
        return request;
    }

    private static HttpServletRequest counting(HttpServletRequest request, AtomicInteger asks) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                asks.incrementAndGet();
                return super.getMethod();
            }
        };
    }

    private static String handler(HandlerMapping mapping, HttpServletRequest request) throws Exception {
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    /** The handler method's name and the path variables, or the refusal's exception type. */
    private static String outcome(HandlerMapping mapping, HttpServletRequest request) {
        try {
            String name = handler(mapping, request);
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return variables == null ? name : name + " " + variables;
        }
        catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage());
        }
    }

    /** Only in this test's own context: Boot's test scan leaves out classes nested in a test class. */
    @Controller
    static class Sample {

        @GetMapping("/api/v1/planning/{ags}/forecast")
        String forecast() {
            return "";
        }

        @GetMapping("/api/v1/planning/{ags}/scenarios/{id}")
        String scenario() {
            return "";
        }

        @DeleteMapping("/api/v1/planning/{ags}/scenarios/{id}")
        String deleteScenario() {
            return "";
        }

        @GetMapping(path = "/api/v1/offers/{id}", produces = "application/json")
        String offer() {
            return "";
        }

        @PutMapping(path = "/api/v1/offers/{id}/free-places", consumes = "application/json")
        String freePlaces() {
            return "";
        }

        @PostMapping("/api/v1/offers")
        String newOffer() {
            return "";
        }

        @GetMapping("/oparl/**")
        String oparl() {
            return "";
        }

        @GetMapping("/{slug}/info")
        String info() {
            return "";
        }

        @GetMapping({"/termine/{id}.ics", "/netzwerk/sitzungen/{id}.ics"})
        String calendar() {
            return "";
        }

        @GetMapping("/massnahmen/{id}")
        String measure() {
            return "";
        }

        @GetMapping("/massnahmen/leichte-sprache")
        String easy() {
            return "";
        }

        @GetMapping(path = "/massnahmen/{id}", produces = "text/html")
        String measurePage() {
            return "";
        }

        @PostMapping(path = "/massnahmen/{id}", params = "entwurf")
        String draft() {
            return "";
        }
    }
}
