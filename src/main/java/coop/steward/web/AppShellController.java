package coop.steward.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The page routes of the web app: each answers the same shell, and the app's router draws the screen for the path.
 * The shell is never cached without asking, so a new release reaches the phone on its next start online.
 */
@Controller
// The app's pages are HTML for browsers, not part of the API a client is generated from.
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class AppShellController {

    private static final String SHELL = "public/index.html";

    private final byte[] shell;

    AppShellController() {
        try (InputStream in = AppShellController.class.getClassLoader().getResourceAsStream(SHELL)) {
            if (in == null) {
                throw new IllegalStateException(SHELL + " is missing from the classpath");
            }
            shell = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uris = {"/", "/signin", "/signup", "/verify", "/app", "/app/{+path}", "/org", "/admin", "/vendor/figures"}, produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> shell(@Nullable String path) {
        return HttpResponse.ok(shell).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
}
