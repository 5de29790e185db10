package coop.steward.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request: method, path, status and duration. Bodies, query strings and headers
 * are never logged, so passwords and tokens cannot reach the log.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter {

    private static final Logger LOG = LoggerFactory.getLogger("steward.request");
    private static final String STARTED = "steward.request.started";

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        long micros = (System.nanoTime() - started) / 1_000;
        long fraction = micros % 1000;
        LOG.info("method={} path={} status={} duration_ms={}.{}{}", request.getMethodName(), request.getPath(),
                response.code(), micros / 1000, fraction < 100 ? (fraction < 10 ? "00" : "0") : "", fraction);
    }
}
