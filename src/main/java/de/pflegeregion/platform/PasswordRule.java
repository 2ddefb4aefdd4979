package de.pflegeregion.platform;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The one rule for every password an account gets, whoever sets it (admin, reset link, the account itself). */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords would be cut silently. */
    public static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** What is wrong with the password, in German, starting with the field's label; empty when it may be used. */
    public static Optional<String> problem(String label, String password) {
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH) {
            return Optional.of(label + ": mindestens " + MIN_LENGTH + " Zeichen.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(label + ": höchstens " + MAX_BYTES + " Zeichen (ohne Umlaute gezählt).");
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInput} naming the field when the password breaks the rule. */
    public static void check(String field, String label, String password) {
        problem(label, password).ifPresent(message -> {
            throw new InvalidInput(field, message);
        });
    }
}
