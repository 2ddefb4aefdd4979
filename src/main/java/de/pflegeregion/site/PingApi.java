package de.pflegeregion.site;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.RestController;

/** The trivial endpoint: the baseline that load measurements of the real endpoints are set against. */
@RestController
class PingApi {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @Operation(summary = "Antwortet sofort mit {\"status\": \"ok\"}: zum Prüfen, ob die Schnittstelle erreichbar ist.")
    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return PONG;
    }
}
