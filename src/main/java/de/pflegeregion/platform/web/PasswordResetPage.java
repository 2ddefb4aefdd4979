package de.pflegeregion.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.PasswordResets;
import de.pflegeregion.platform.PasswordRule;

/** The one-time link a county admin handed out: the person sets a new password without logging in. */
@Controller
@RequestMapping("/passwort-setzen/{token}")
class PasswordResetPage {

    record NewPassword(String password, String passwordRepeat) {
    }

    private final PasswordResets resets;

    PasswordResetPage(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        return resets.accountOf(token).map(account -> page(model, token, account, Map.of())).orElseGet(() -> invalid(response));
    }

    @PostMapping
    String setPassword(@PathVariable String token, NewPassword form, Model model, HttpServletResponse response) {
        Account account = resets.accountOf(token).orElse(null);
        if (account == null) {
            return invalid(response);
        }
        var problem = PasswordRule.problem("Neues Passwort", form.password());
        if (problem.isPresent()) {
            return page(model, token, account, Map.of("password", problem.get()));
        }
        if (!form.password().equals(form.passwordRepeat())) {
            return page(model, token, account, Map.of("passwordRepeat", "Neues Passwort wiederholen: Die beiden Eingaben stimmen nicht überein."));
        }
        if (!resets.complete(token, form.password())) {
            return invalid(response);
        }
        model.addAttribute("done", true);
        model.addAttribute("username", account.username());
        return "account/password-reset";
    }

    private String page(Model model, String token, Account account, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("username", account.username());
        model.addAttribute("errors", errors);
        model.addAttribute("minPasswordLength", PasswordRule.MIN_LENGTH);
        return "account/password-reset";
    }

    /** Unknown, used or expired: the same answer for each, so a link cannot be probed. */
    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "account/password-reset-invalid";
    }
}
