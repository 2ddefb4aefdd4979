package de.pflegeregion.site;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The trivial endpoint: the baseline that load measurements of the real endpoints are set against. */
@RestController
class PingApi {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return PONG;
    }
}
