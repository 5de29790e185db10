package coop.steward.vendor.publicregistry;

import coop.steward.common.validation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The public registry's pages, rendered on the server so they read without JavaScript: the list of vendors and one
 * page per vendor. A language is chosen with {@code ?lang=}, else from the browser's Accept-Language.
 */
@Controller
// HTML for people, not part of the API a client is generated from; the JSON beside it is.
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistryPageController {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final PublicRegistry registry;

    RegistryPageController(PublicRegistry registry) {
        this.registry = registry;
    }

    @Get(uri = "/registry", produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(@Nullable @QueryValue String lang,
                              @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RegistryWords words = new RegistryWords(language(lang, acceptLanguage));
        return page(HttpStatus.OK, RegistryPages.list(registry.entries(), words), words);
    }

    @Get(uri = "/registry/{vendorId}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> vendor(String vendorId, @Nullable @QueryValue String lang,
                                @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RegistryWords words = new RegistryWords(language(lang, acceptLanguage));
        Optional<UUID> id = RegistryIds.parse(vendorId);
        if (id.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, RegistryPages.problem("error.badId", words), words);
        }
        return registry.vendor(id.get(), words.language())
                .map(vendor -> page(HttpStatus.OK, RegistryPages.vendor(vendor, words), words))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, RegistryPages.problem("error.notFound", words), words));
    }

    private static HttpResponse<String> page(HttpStatus status, String html, RegistryWords words) {
        return HttpResponse.<String>status(status).body(html).contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.CONTENT_LANGUAGE, words.language().code());
    }

    /** The asked language if Steward speaks it, else the first of the browser's it speaks, else English. */
    static Language language(@Nullable String asked, @Nullable String acceptLanguage) {
        if (asked != null && Language.codes().contains(asked)) {
            return Language.of(asked);
        }
        if (acceptLanguage != null && acceptLanguage.length() <= 200) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (Language.codes().contains(code)) {
                        return Language.of(code);
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                return Language.EN;
            }
        }
        return Language.EN;
    }
}
