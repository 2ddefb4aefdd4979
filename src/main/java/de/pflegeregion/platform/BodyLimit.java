package de.pflegeregion.platform;

import java.util.Optional;

import jakarta.servlet.ServletRequest;

import org.springframework.util.unit.DataSize;

/**
 * The body size limit a refused request went over, kept on the request so the 413 answer (page or problem)
 * can tell the person how much is accepted.
 */
public final class BodyLimit {

    private static final String ATTRIBUTE = BodyLimit.class.getName();

    private BodyLimit() {
    }

    public static void exceeded(ServletRequest request, DataSize limit) {
        request.setAttribute(ATTRIBUTE, limit);
    }

    /** The limit in plain German ("1 MB", "300 MB", "64 kB"), if the request went over one. */
    public static Optional<String> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof DataSize limit ? Optional.of(inWords(limit)) : Optional.empty();
    }

    static String inWords(DataSize limit) {
        long bytes = limit.toBytes();
        long mb = DataSize.ofMegabytes(1).toBytes();
        return bytes >= mb ? (bytes + mb - 1) / mb + " MB" : Math.max(1, (bytes + 1023) / 1024) + " kB";
    }
}
