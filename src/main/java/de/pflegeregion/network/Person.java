package de.pflegeregion.network;

import java.time.Instant;
import java.util.List;

/**
 * A person in the network. The name is public only with {@code publishConsent} (default no); mail goes only to
 * persons with {@code mailConsent}. A MEMBER account is linked through {@code accountId}.
 */
public record Person(long id, long tenantId, String name, String email, String phone, boolean publishConsent,
                     boolean mailConsent, String mailToken, Long accountId, List<Long> institutionIds,
                     Instant created, Instant modified, boolean deleted) {

    public Person {
        institutionIds = List.copyOf(institutionIds);
    }

    /** The name as the public may see it. */
    public String publicName() {
        return publishConsent && !deleted ? name : "ohne Namen (keine Einwilligung)";
    }
}
