package coop.steward.common.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The Content-Security-Policy on every response: scripts, styles, fonts, images and connections only from the
 * portal itself, no inline script or style and no eval, so an injected string cannot run or phone home.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
