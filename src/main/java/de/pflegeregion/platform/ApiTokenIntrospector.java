package de.pflegeregion.platform;

import java.util.Map;

import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Spring Security's bearer token support asks here: our own token table, no authorisation server. */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Account account = tokens.accountOf(token)
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal(account.username(), Map.of("sub", account.username()),
                AccountUserDetailsService.authoritiesOf(account));
    }
}
