package de.pflegeregion.network.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.pflegeregion.network.internal.KuemmererRegister;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.site.NotFoundException;

/**
 * The network's public API (network spec, "Stable interfaces"): a county's published measures, and its
 * Kümmerer per Gemeinde with the county's fallback. An unknown Kreis is 404 problem+json.
 */
@RestController
@Tag(name = "Pflegenetzwerk", description = "Veröffentlichter Maßnahmenplan und Kümmerer je Gemeinde (öffentlich)")
class MeasureApi {

    private final MeasureCoordinator counties;
    private final MeasurePlan plan;
    private final KuemmererRegister kuemmerer;

    MeasureApi(MeasureCoordinator counties, MeasurePlan plan, KuemmererRegister kuemmerer) {
        this.counties = counties;
        this.plan = plan;
        this.kuemmerer = kuemmerer;
    }

    @Operation(summary = "Veröffentlichte Maßnahmen des Kreises mit Status, Fortschritt, Ampel, Meilensteinen, Indikator und verknüpfter Versorgungslücke")
    @GetMapping("/api/v1/network/{kreisAgs}/measures")
    MeasureJson.List_ measures(@PathVariable String kreisAgs) {
        Tenant county = counties.byAgs(kreisAgs);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<MeasureJson> measures = MeasurePlan.flatten(plan.tree(county, true)).stream().map(v -> MeasureJson.of(v, base)).toList();
        return new MeasureJson.List_(county.name(), county.kreisAgs(), measures.size(), measures);
    }

    /** One contact; since/until are null for the fallback. */
    record ContactJson(String gemeindeAgs, String gemeinde, String name, String function, String reachable, java.time.LocalDate since,
                       java.time.LocalDate until, boolean fallback) {
    }

    /** The contacts of one Gemeinde (or of all with an entry); vacant when a Kümmerer role there is unfilled. */
    record GemeindeJson(String gemeindeAgs, String gemeinde, boolean vacant, List<ContactJson> contacts) {
    }

    record KuemmererJson(String county, String kreisAgs, List<GemeindeJson> gemeinden, ContactJson fallback) {
    }

    @Operation(summary = "Kümmerer einer Gemeinde (ags, achtstellig) oder aller Gemeinden mit Eintrag, mit der Ansprechstelle des Kreises, wo keiner ist")
    @GetMapping("/api/v1/network/{kreisAgs}/kuemmerer")
    KuemmererJson kuemmerer(@PathVariable String kreisAgs, @RequestParam(required = false) String ags) {
        Tenant county = counties.byAgs(kreisAgs);
        ContactJson fallback = kuemmerer.fallback(county)
                .map(f -> new ContactJson(null, null, f.name(), f.function(), f.reachable(), null, null, true)).orElse(null);
        List<KuemmererRegister.Kuemmerer> all = kuemmerer.all(county);
        List<String> keys;
        if (ags != null) {
            String key = ags.strip();
            if (!key.matches("\\d{8}")) {
                throw new InvalidInput("ags", "ags: Bitte den achtstelligen Gemeindeschlüssel angeben, z. B. 09186162.");
            }
            if (!key.startsWith(county.kreisAgs())) {
                throw new NotFoundException("Die Gemeinde " + key + " gehört nicht zum Kreis " + county.kreisAgs() + ".");
            }
            keys = List.of(key);
        } else {
            keys = all.stream().map(KuemmererRegister.Kuemmerer::gemeindeAgs).distinct().toList();
        }
        List<GemeindeJson> gemeinden = keys.stream().map(key -> {
            List<KuemmererRegister.Kuemmerer> here = kuemmerer.ofGemeinde(county, key);
            String name = all.stream().filter(k -> k.gemeindeAgs().equals(key)).map(KuemmererRegister.Kuemmerer::gemeindeName).findFirst().orElse(null);
            List<ContactJson> contacts = here.stream().filter(k -> !k.vacant())
                    .map(k -> new ContactJson(k.gemeindeAgs(), k.gemeindeName(), k.personName(), k.function(), k.reachable(), k.since(), k.until(), false))
                    .toList();
            if (contacts.isEmpty() && fallback != null) {
                contacts = List.of(new ContactJson(key, name, fallback.name(), fallback.function(), fallback.reachable(), null, null, true));
            }
            return new GemeindeJson(key, name, here.stream().anyMatch(KuemmererRegister.Kuemmerer::vacant), contacts);
        }).toList();
        return new KuemmererJson(county.name(), county.kreisAgs(), gemeinden, fallback);
    }
}
