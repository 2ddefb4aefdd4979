package de.pflegeregion.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's own map tile server ({@code pflegeregion.map.tile-url}, e.g.
 * {@code https://karten.landkreis.example/{z}/{x}/{y}.png}) and the attribution its data requires.
 * Without a tile URL no map is shown: a public tile service would learn who searches where.
 */
@ConfigurationProperties("pflegeregion.map")
public record MapSettings(String tileUrl, String attribution) {

    public boolean enabled() {
        return tileUrl != null && !tileUrl.isBlank();
    }

    /** The tile server's origin (scheme, host, port) for the Content-Security-Policy, or empty without a map. */
    public String origin() {
        if (!enabled()) {
            return "";
        }
        URI uri = URI.create(tileUrl.replace("{", "").replace("}", ""));
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
