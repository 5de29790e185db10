package coop.steward.common.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Who is asking, by network address. {@code X-Forwarded-For} is anyone's to write, so it is read only when
 * {@code steward.limits.behind-proxy} says a proxy in front appends the true address; then its last entry, the
 * one that proxy wrote, is the client.
 */
@Singleton
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final boolean behindProxy;

    ClientAddress(@Value("${steward.limits.behind-proxy:false}") boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    public String of(HttpRequest<?> request) {
        if (behindProxy) {
            List<String> forwarded = request.getHeaders().getAll(FORWARDED_FOR);
            if (!forwarded.isEmpty()) {
                String[] hops = forwarded.get(forwarded.size() - 1).split(",");
                String last = hops[hops.length - 1].trim();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return request.getRemoteAddress().getAddress() != null
                ? request.getRemoteAddress().getAddress().getHostAddress()
                : request.getRemoteAddress().getHostString();
    }
}
