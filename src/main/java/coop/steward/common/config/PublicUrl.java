package coop.steward.common.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address at which people reach this instance ({@code steward.public-url}, {@code STEWARD_PUBLIC_URL}), printed
 * where a reader must find the instance again, such as a pack's integrity page. Outside prod it defaults to
 * {@code http://localhost:8080}; prod refuses to start without one, since a pack that names localhost sends a
 * lawyer nowhere.
 */
@Context
public class PublicUrl {

    static final String DEV_DEFAULT = "http://localhost:8080";

    private final String base;

    @Inject
    PublicUrl(@Value("${steward.public-url:}") String configured, Environment environment) {
        this(resolve(configured, environment.getActiveNames().contains("prod")));
    }

    private PublicUrl(String base) {
        this.base = base;
    }

    /** An address given directly, for tools and tests outside the application context. */
    public static PublicUrl of(String url) {
        return new PublicUrl(resolve(url, true));
    }

    /** The base address without a trailing slash, e.g. {@code https://steward.example.coop}. */
    public String base() {
        return base;
    }

    /** An address under the base; the path starts with a slash. */
    public String resolve(String path) {
        return base + path;
    }

    private static String resolve(String configured, boolean prod) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty()) {
            if (prod) {
                throw new ConfigurationException("STEWARD_PUBLIC_URL is not set: the prod environment does not start "
                        + "without the address at which people reach it (e.g. https://steward.example.coop), which "
                        + "every evidence pack prints for verification");
            }
            return DEV_DEFAULT;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new ConfigurationException("STEWARD_PUBLIC_URL must be an http(s) address such as "
                        + "https://steward.example.coop, not " + value);
            }
        } catch (URISyntaxException e) {
            throw new ConfigurationException("STEWARD_PUBLIC_URL is not an address: " + value);
        }
        return value.replaceAll("/+$", "");
    }
}
