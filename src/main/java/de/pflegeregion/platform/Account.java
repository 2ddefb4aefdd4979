package de.pflegeregion.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A login with its roles. Every role but {@link Role#PUBLIC} belongs to one county ({@code tenantId});
 * the password hash never leaves the platform.
 */
public record Account(long id, String username, Set<Role> roles, Long tenantId, String displayName, boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    public Account {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** 3 to 100 lower-case letters without umlauts, digits, '.', '_' or '-', e.g. tagespflege-wolnzach. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }
}
