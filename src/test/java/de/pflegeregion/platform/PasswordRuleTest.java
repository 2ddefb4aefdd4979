package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one password rule: at least 12 characters, at most the 72 bytes bcrypt reads. */
class PasswordRuleTest {

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertThat(PasswordRule.problem("Neues Passwort", "a".repeat(12))).isEmpty();
        assertThat(PasswordRule.problem("Neues Passwort", "a".repeat(11))).contains("Neues Passwort: mindestens 12 Zeichen.");
        assertThat(PasswordRule.problem("Passwort", null)).contains("Passwort: mindestens 12 Zeichen.");
    }

    @Test
    void theLimitIsSeventyTwoBytesSoUmlautsCountTwice() {
        assertThat(PasswordRule.problem("Neues Passwort", "a".repeat(72))).isEmpty();
        assertThat(PasswordRule.problem("Neues Passwort", "a".repeat(73))).contains("Neues Passwort: höchstens 72 Zeichen (ohne Umlaute gezählt).");
        assertThat(PasswordRule.problem("Neues Passwort", "ä".repeat(36))).as("72 bytes").isEmpty();
        assertThat(PasswordRule.problem("Neues Passwort", "ä".repeat(37))).as("74 bytes in 37 characters").isPresent();
    }

    @Test
    void checkNamesTheField() {
        assertThatThrownBy(() -> PasswordRule.check("newPassword", "Neues Passwort", "kurz"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
    }

    @Test
    void usernameRuleLivesInOnePlace() {
        assertThat(Account.isValidUsername("tagespflege-wolnzach")).isTrue();
        assertThat(Account.isValidUsername("ab")).isFalse();
        assertThat(Account.isValidUsername("Großbuchstaben")).isFalse();
        assertThat(Account.isValidUsername("ä-umlaut")).isFalse();
        assertThat(Account.isValidUsername("a".repeat(100))).isTrue();
        assertThat(Account.isValidUsername("a".repeat(101))).isFalse();
        assertThat(Account.isValidUsername(null)).isFalse();
    }
}
