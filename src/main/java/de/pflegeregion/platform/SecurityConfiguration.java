package de.pflegeregion.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.ObjectMapper;

/**
 * HTTP security for every response: a strict Content-Security-Policy (no inline scripts, nothing
 * from third-party hosts), no framing, no referrer leaking to the sites of listed providers, and
 * CSRF protection on every form. The JSON API under /api is stateless and uses no cookies, so it
 * needs no CSRF token; programs authenticate with a bearer token. Providers work under /anbieter,
 * county admins under /verwaltung, planners under /planung, the network coordinator under /netzwerk and
 * members under /netzwerk/mein; public network pages are /massnahmen, /termine and /oparl; every account has its page under /konto; all log in at /anmelden
 * with throttled password checks ({@link PasswordLogin}); sessions live in the database.
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

    /** The account page of every logged-in account: own password and API tokens. */
    static final String ACCOUNT_PAGE = "/konto";

    /**
     * Nothing collects Spring Security's observations (no tracing, no metrics export); without this the
     * filter chain, authentication and authorisation are wrapped on every request all the same.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The JSON API: bearer tokens from {@link ApiTokens}, or the session of a logged-in page user
     * (planning spec); the API never creates a session. No CSRF token: the session cookie is
     * SameSite=Lax, so a cross-site POST does not carry it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenIntrospector introspector, MapSettings map,
                                               ObjectMapper json) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.PUT, "/api/v1/offers/*/free-places").authenticated()
                        .requestMatchers("/api/v1/planning/**").hasAnyRole(Role.PLANNER.name(), Role.COUNTY_ADMIN.name())
                        // network: published measures and the Kümmerer are public, the rest is the coordinator's
                        .requestMatchers(HttpMethod.GET, "/api/v1/network/*/measures", "/api/v1/network/*/kuemmerer").permitAll()
                        .requestMatchers("/api/v1/network/**").hasRole(Role.NETWORK_COORDINATOR.name())
                        .anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(bearer -> bearer
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
        headers(http, map);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordLogin passwordLogin, MapSettings map) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/anbieter", "/anbieter/**").hasRole(Role.PROVIDER.name())
                        .requestMatchers("/verwaltung", "/verwaltung/**").hasRole(Role.COUNTY_ADMIN.name())
                        .requestMatchers(ACCOUNT_PAGE, ACCOUNT_PAGE + "/**").authenticated()
                        // planning: planners and county admins; the published Pflegebericht is public
                        .requestMatchers("/planung/bericht", "/planung/bericht/**").permitAll()
                        .requestMatchers("/planung/{page}", "/planung/{page}/**")
                        .hasAnyRole(Role.PLANNER.name(), Role.COUNTY_ADMIN.name())
                        // network: the public calendar, meeting files (the controller checks public or member)
                        // and newsletter archive and unsubscribe; members their own area; the rest the coordinator
                        .requestMatchers("/netzwerk/termine.ics", "/netzwerk/sitzungen/*.ics",
                                "/netzwerk/newsletter", "/netzwerk/newsletter/**").permitAll()
                        .requestMatchers("/netzwerk/mein", "/netzwerk/mein/**")
                        .hasAnyRole(Role.MEMBER.name(), Role.NETWORK_COORDINATOR.name())
                        .requestMatchers("/netzwerk", "/netzwerk/**").hasRole(Role.NETWORK_COORDINATOR.name())
                        .anyRequest().permitAll())
                .authenticationManager(passwordLogin.manager())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .successHandler(new StartPageOfRole())
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/abmelden").logoutSuccessUrl(LOGIN_PAGE + "?abgemeldet"));
        headers(http, map);
        return http.build();
    }

    /** The same security headers on pages and API answers. */
    private static void headers(HttpSecurity http, MapSettings map) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions
                        .policy("geolocation=(), camera=(), microphone=(), payment=()"))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny()));
    }

    /** Back to the login page with the username kept and, if locked, the end of the lock. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String username = request.getParameter("username");
        LoginFailure failure = new LoginFailure(username == null ? "" : username.strip(),
                e instanceof LoginLockedException locked ? locked.lockedUntil() : null);
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
            boolean planner = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.PLANNER.authority()));
            boolean coordinator = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.NETWORK_COORDINATOR.authority()));
            boolean member = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(Role.MEMBER.authority()));
            return admin ? "/verwaltung" : provider ? "/anbieter" : planner ? "/planung"
                    : coordinator ? "/netzwerk" : member ? "/netzwerk/mein" : "/";
        }
    }
}
