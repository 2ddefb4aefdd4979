package de.pflegeregion.platform.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.AccountSettings;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.CurrentAccount;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.IssuedToken;
import de.pflegeregion.platform.PasswordRule;

/**
 * The page of the logged-in account, whatever its roles: change the own password (the current one
 * is required) and keep the API tokens a program uses for this account (list, create, revoke).
 */
@Controller
@RequestMapping("/konto")
class AccountPage {

    static final int MAX_LABEL_LENGTH = 100;

    record PasswordChange(String currentPassword, String newPassword, String newPasswordRepeat) {
    }

    record NewToken(String label) {
    }

    private final CurrentAccount currentAccount;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Clock clock;
    private final AccountSettings settings;

    AccountPage(CurrentAccount currentAccount, Accounts accounts, ApiTokens tokens, Clock clock, AccountSettings settings) {
        this.settings = settings;
        this.currentAccount = currentAccount;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String show(Authentication authentication, Model model) {
        return page(model, currentAccount.of(authentication), Map.of(), Map.of());
    }

    @PostMapping("/passwort")
    String changePassword(PasswordChange form, Authentication authentication, Model model, RedirectAttributes redirect) {
        Account account = currentAccount.of(authentication);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.put("currentPassword", "Bisheriges Passwort: Bitte geben Sie Ihr bisheriges Passwort ein.");
        }
        PasswordRule.problem("Neues Passwort", form.newPassword()).ifPresent(problem -> errors.put("newPassword", problem));
        if (!errors.containsKey("newPassword") && !form.newPassword().equals(form.newPasswordRepeat())) {
            errors.put("newPasswordRepeat", "Neues Passwort wiederholen: Die beiden Eingaben stimmen nicht überein.");
        }
        if (errors.isEmpty()) {
            try {
                accounts.changeOwnPassword(account.id(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:/konto";
            } catch (InvalidInput e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return page(model, account, errors, Map.of());
    }

    /** The new token is shown on this answer only: not kept in the session, not shown again. */
    @PostMapping("/tokens")
    String createToken(NewToken form, Authentication authentication, Model model) {
        Account account = currentAccount.of(authentication);
        String label = form.label() == null ? "" : form.label().strip();
        if (label.isEmpty()) {
            return page(model, account, Map.of("label", "Bezeichnung: Bitte geben Sie an, wofür das Token ist, z. B. „Heimsoftware“."), Map.of());
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            return page(model, account, Map.of("label", "Bezeichnung: höchstens " + MAX_LABEL_LENGTH + " Zeichen."), Map.of("label", label));
        }
        IssuedToken issued = tokens.issue(account, label);
        model.addAttribute("issuedToken", issued);
        return page(model, account, Map.of(), Map.of());
    }

    @PostMapping("/tokens/{tokenId}/widerrufen")
    String revokeToken(@PathVariable long tokenId, Authentication authentication, RedirectAttributes redirect) {
        Account account = currentAccount.of(authentication);
        if (!tokens.revoke(tokenId, account)) {
            // another account's token looks like no token at all
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/konto";
    }

    private String page(Model model, Account account, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.of(account));
        model.addAttribute("now", clock.instant());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("minPasswordLength", PasswordRule.MIN_LENGTH);
        model.addAttribute("tokenLifetimeDays", settings.apiTokenLifetime().toDays());
        return "account/account";
    }
}
