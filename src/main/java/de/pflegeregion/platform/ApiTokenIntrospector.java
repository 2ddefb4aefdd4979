package de.pflegeregion.platform;

import java.util.Map;

import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Spring Security's bearer token support asks here, on every request: our own token table, no authorisation
 * server. The account read for the token rides along in the principal, so {@link CurrentAccount} need not
 * read it a second time in the same request.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    /** The principal's attribute holding the {@link Account} read with the token in this request. */
    static final String ACCOUNT = "pflegeregion.account";

    private final ApiTokens tokens;

    ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Account account = tokens.accountOf(token)
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal(account.username(), Map.of("sub", account.username(), ACCOUNT, account),
                AccountUserDetailsService.authoritiesOf(account));
    }
}
