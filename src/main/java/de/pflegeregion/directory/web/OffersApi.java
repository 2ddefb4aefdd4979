package de.pflegeregion.directory.web;

import de.pflegeregion.site.NotFoundException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.directory.GeoJson;
import de.pflegeregion.directory.OfferHit;
import de.pflegeregion.directory.OfferQuery;
import de.pflegeregion.directory.OfferSearch;
import de.pflegeregion.directory.SearchResult;
import de.pflegeregion.directory.UnknownPlaceException;

/** Search API of the register (spec directory.md, "Search API"): JSON and GeoJSON (RFC 7946). */
@RestController
@Tag(name = "Angebote", description = "Pflege- und Beratungsangebote in der Nähe, mit freien Plätzen und deren Alter")
class OffersApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final OfferSearch search;

    OffersApi(OfferSearch search) {
        this.search = search;
    }

    record CenterJson(double lat, double lon, String label) {
    }

    record SearchJson(CenterJson center, int total, List<OfferJson> offers) {
    }

    @Operation(summary = "Angebote in der Nähe eines Orts, nach Entfernung, mit freien Plätzen")
    @ApiResponse(responseCode = "200", description = "Die Angebote im Umkreis.")
    @ApiResponse(responseCode = "404", description = "Den Ort (near) kennen wir nicht.")
    @GetMapping(path = "/api/v1/offers", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchJson offers(@RequestParam(required = false) String near, @RequestParam(required = false) Double radiusKm,
                      @RequestParam(name = "type", required = false) List<String> types,
                      @RequestParam(required = false) Boolean freePlaces, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String tenant, @RequestParam(required = false) Integer limit) {
        SearchResult result = search(new OfferQuery(near, radiusKm, types, Boolean.TRUE.equals(freePlaces), q, tenant, limit));
        return new SearchJson(new CenterJson(result.center().lat(), result.center().lon(), result.center().label()),
                result.total(), result.offers().stream().map(hit -> OfferJson.of(hit, false)).toList());
    }

    @Operation(summary = "Dieselbe Suche als GeoJSON (RFC 7946) für Karten")
    @ApiResponse(responseCode = "200", description = "Die Angebote im Umkreis als FeatureCollection.")
    @ApiResponse(responseCode = "404", description = "Den Ort (near) kennen wir nicht.")
    @GetMapping(path = "/api/v1/offers.geojson")
    ResponseEntity<GeoJson.FeatureCollection> geoJson(@RequestParam(required = false) String near, @RequestParam(required = false) Double radiusKm,
                                                      @RequestParam(name = "type", required = false) List<String> types,
                                                      @RequestParam(required = false) Boolean freePlaces, @RequestParam(required = false) String q,
                                                      @RequestParam(required = false) String tenant, @RequestParam(required = false) Integer limit) {
        SearchResult result = search(new OfferQuery(near, radiusKm, types, Boolean.TRUE.equals(freePlaces), q, tenant, limit));
        return ResponseEntity.ok().contentType(GEO_JSON).body(GeoJson.of(result.offers(), OfferHit::offer, hit -> OfferJson.of(hit, false)));
    }

    @Operation(summary = "Ein Angebot mit allen Angaben")
    @GetMapping(path = "/api/v1/offers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    OfferJson offer(@PathVariable long id) {
        return search.find(id).map(hit -> OfferJson.of(hit, true))
                .orElseThrow(() -> new NotFoundException("Das Angebot " + id + " gibt es nicht oder nicht mehr."));
    }

    private SearchResult search(OfferQuery query) {
        try {
            return search.search(query);
        } catch (UnknownPlaceException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
