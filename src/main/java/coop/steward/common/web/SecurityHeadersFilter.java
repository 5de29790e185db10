package coop.steward.common.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

/**
 * The security headers on every response. The Content-Security-Policy allows scripts, styles, fonts, images and
 * connections only from the portal itself, no inline script or style and no eval, so an injected string cannot run
 * or phone home; no page may be framed, sniffed into another type or leak its address as a referrer. Tokens and
 * personal answers are never cached. HSTS is sent only where the operator says the portal is reached over TLS,
 * since TLS usually ends at a proxy in front of it and the request alone cannot tell.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final boolean strictTransportSecurity;

    SecurityHeadersFilter(@Value("${steward.tls.strict-transport-security:false}") boolean strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity;
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (strictTransportSecurity) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (isPersonal(request.getPath()) && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Tokens and everything under the API: a shared cache or the phone's disk must keep none of it. */
    private static boolean isPersonal(String path) {
        return path.startsWith("/api/") || path.equals("/login") || path.equals("/logout")
                || path.startsWith("/oauth/");
    }

    /** Outside every other filter, so that answers the security or CORS filter gives early are covered too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
