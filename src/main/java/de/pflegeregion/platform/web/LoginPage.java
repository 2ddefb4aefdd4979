package de.pflegeregion.platform.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.pflegeregion.platform.LoginFailure;
import de.pflegeregion.platform.LoginThrottle;

/** The login form for providers and county staff; the POST is handled by Spring Security. */
@Controller
class LoginPage {

    @GetMapping("/anmelden")
    String login(@RequestParam(name = "abgemeldet", required = false) String loggedOut,
                 @RequestParam(name = "benutzer", required = false) String username,
                 HttpSession session, Authentication authentication, Model model) {
        LoginFailure failure = (LoginFailure) session.getAttribute(LoginFailure.SESSION_ATTRIBUTE);
        session.removeAttribute(LoginFailure.SESSION_ATTRIBUTE);
        // shown once: the failure handler put it there just before redirecting here
        if (failure != null) {
            model.addAttribute("failure", failure);
            model.addAttribute("username", failure.username());
        } else if (username != null && username.length() <= 100) {
            // back from the "please wait" page: the name typed before stays in the field
            model.addAttribute("username", username);
        }
        model.addAttribute("loggedOut", loggedOut != null && failure == null);
        model.addAttribute("loggedIn", authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) ? authentication.getName() : null);
        model.addAttribute("maxFailures", LoginThrottle.MAX_FAILURES);
        model.addAttribute("lockMinutes", LoginThrottle.LOCK.toMinutes());
        return "selfservice/login";
    }
}
