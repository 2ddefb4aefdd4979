package de.pflegeregion.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * HTTP security for every response: a strict Content-Security-Policy (no inline scripts, nothing
 * from third-party hosts), no framing, no referrer leaking to the sites of listed providers, and
 * CSRF protection on every form. The JSON API under /api is stateless and uses no cookies, so it
 * needs no CSRF token. Providers work under /anbieter, county admins under /verwaltung; both log in
 * at /anmelden with throttled password checks ({@link LoginThrottle}); sessions live in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The policy; map tiles are allowed only from the county's own tile server, if one is configured. */
    static String contentSecurityPolicy(MapSettings map) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                ("img-src 'self' data: " + map.origin()).strip(),
                "font-src 'self'",
                "connect-src 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'");
    }

    static final String LOGIN_PAGE = "/anmelden";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService userDetails,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle, MapSettings map) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/anbieter", "/anbieter/**").hasRole(Role.PROVIDER.name())
                        .requestMatchers("/verwaltung", "/verwaltung/**").hasRole(Role.COUNTY_ADMIN.name())
                        // --- planning (issue 9): planners and county admins; the published Pflegebericht is public
                        .requestMatchers("/planung/bericht", "/planung/bericht/**").permitAll()
                        .requestMatchers("/planung/{page}", "/planung/{page}/**", "/api/v1/planning/**")
                        .hasAnyRole(Role.PLANNER.name(), Role.COUNTY_ADMIN.name())
                        // --- end planning
                        .anyRequest().permitAll())
                // --- planning (issue 9): the API answers 401/403 as problem+json, never with the login page
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::apiUnauthorized, PathPatternRequestMatcher.pathPattern("/api/v1/planning/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(SecurityConfiguration::apiForbidden, PathPatternRequestMatcher.pathPattern("/api/v1/planning/**")))
                // --- end planning
                // the only way to log in: no fallback manager that could check a password during a lock
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle)))
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .successHandler(new StartPageOfRole())
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/abmelden").logoutSuccessUrl(LOGIN_PAGE + "?abgemeldet"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("geolocation=(), camera=(), microphone=(), payment=()"))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    // --- planning (issue 9)
    private static void apiUnauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        apiProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "Nicht angemeldet",
                "Bitte melden Sie sich an oder senden Sie ein gültiges Token (Authorization: Bearer).");
    }

    private static void apiForbidden(HttpServletRequest request, HttpServletResponse response,
                                     org.springframework.security.access.AccessDeniedException e) throws IOException {
        apiProblem(response, HttpServletResponse.SC_FORBIDDEN, "Kein Zugriff", "Diese Daten sind für die Sozialplanung des Kreises.");
    }

    private static void apiProblem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
    // --- end planning

    /** Back to the login page with the username kept and, if locked, the end of the lock. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String username = request.getParameter("username");
        LoginFailure failure = new LoginFailure(username == null ? "" : username.strip(),
                e instanceof ThrottledAuthenticationProvider.LoginLockedException locked ? locked.lockedUntil() : null);
        request.getSession().setAttribute(LoginFailure.SESSION_ATTRIBUTE, failure);
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?fehler");
    }

    /** After login: the page that asked for it, otherwise the area of the account's role. */
    private static final class StartPageOfRole extends SavedRequestAwareAuthenticationSuccessHandler {

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            boolean admin = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.COUNTY_ADMIN.authority()));
            boolean provider = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.PROVIDER.authority()));
            return admin ? "/verwaltung" : provider ? "/anbieter" : "/";
        }
    }
}
