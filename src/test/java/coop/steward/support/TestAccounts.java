package coop.steward.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Opens and signs in accounts through the real API. Handles are unique per call, because the suite's
 * second pass shares one MariaDB database across every test class.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a sturdy passphrase 2026";
    /** Created at start-up by {@code BootstrapAdmin} from application-test.yml. */
    public static final String ADMIN_HANDLE = "test-admin";
    public static final String ADMIN_PASSWORD = "bootstrap passphrase for tests";

    private TestAccounts() {
    }

    public static String uniqueHandle(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A worker who labels data from Kansas City, Missouri. */
    public static SignedIn kansasCityWorker(BlockingHttpClient http) {
        return worker(http, "kc-labeler", "America/Chicago", "US-MO");
    }

    /** A worker who moderates content from Nairobi. */
    public static SignedIn nairobiWorker(BlockingHttpClient http) {
        return worker(http, "nbo-moderator", "Africa/Nairobi", "KE");
    }

    public static SignedIn worker(BlockingHttpClient http, String prefix, String timeZone, String jurisdiction) {
        String handle = uniqueHandle(prefix);
        http.exchange(HttpRequest.POST("/api/accounts", Map.of(
                "handle", handle, "password", PASSWORD, "locale", "en",
                "timeZone", timeZone, "jurisdiction", jurisdiction)));
        return signIn(http, handle, PASSWORD);
    }

    /** An account of any role, opened by the test admin. */
    public static SignedIn withRole(BlockingHttpClient http, String role) {
        SignedIn admin = signIn(http, ADMIN_HANDLE, ADMIN_PASSWORD);
        String handle = uniqueHandle(role.toLowerCase());
        http.exchange(admin.authorize(HttpRequest.POST("/api/admin/accounts", Map.of(
                "handle", handle, "password", PASSWORD, "role", role, "locale", "en",
                "timeZone", "UTC", "jurisdiction", "US"))));
        return signIn(http, handle, PASSWORD);
    }

    public static SignedIn admin(BlockingHttpClient http) {
        return signIn(http, ADMIN_HANDLE, ADMIN_PASSWORD);
    }

    @SuppressWarnings("unchecked")
    public static SignedIn signIn(BlockingHttpClient http, String handle, String password) {
        Map<String, Object> tokens = http.retrieve(
                HttpRequest.POST("/login", Map.of("username", handle, "password", password)), HashMap.class);
        String access = (String) tokens.get("access_token");
        Map<String, Object> me = http.retrieve(HttpRequest.GET("/api/me").bearerAuth(access), HashMap.class);
        return new SignedIn(UUID.fromString((String) me.get("id")), handle, password, access,
                (String) tokens.get("refresh_token"));
    }
}
