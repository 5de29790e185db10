package coop.steward.reliability;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.uri.UriMatchTemplate;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the router knows (so a new one cannot escape) against every kind of caller, with its path filled
 * with the owner's records: no 5xx, nothing of the owner's reaches anyone else, and a token that is forged,
 * expired, unsigned or belongs to an erased account is unauthenticated wherever sign-in is needed.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixControllerTest {

    enum Principal { ANONYMOUS, OTHER_WORKER, ORGANIZER, VENDOR, ADMIN, WRONG_KEY, EXPIRED, ALG_NONE, ERASED, OWNER }

    private static final Set<Principal> FORGED =
            Set.of(Principal.ANONYMOUS, Principal.WRONG_KEY, Principal.EXPIRED, Principal.ALG_NONE, Principal.ERASED);
    private static final Set<Principal> OTHERS =
            Set.of(Principal.OTHER_WORKER, Principal.ORGANIZER, Principal.VENDOR, Principal.ADMIN);

    /**
     * Routes anyone may call signed out: the app's pages, health, the API document, sign-up, sign-in, verification, the
     * registry, attested vendors' certificates.
     */
    private static final Set<String> PUBLIC = Set.of(
            "GET /", "GET /signin", "GET /signup", "GET /verify", "GET /app", "GET /app/{+path}", "GET /org", "GET /admin",
            "GET /health", "GET /health/{selector}", "POST /api/accounts", "POST /login", "POST /oauth/access_token",
            "POST /api/session", "POST /api/session/refresh", "POST /api/verify", "GET /api/verify/{id}",
            "GET /api/vendors", "GET /api/vendors/resolve", "GET /api/vendors/{id}",
            "GET /vendor", "GET /vendor/{+path}", "GET /api/certifications/{certificationId}/certificate.pdf",
            "GET /registry", "GET /registry/{vendorId}", "GET /api/registry/vendors", "GET /api/registry/vendors/{vendorId}");

    /**
     * Routes that answer a caller who sends no credential at all as they answer an outsider, 404 (issue 12: a
     * dashboard does not exist for anonymous); a failing credential still gets 401 there.
     */
    private static final Set<String> NOT_FOUND_SIGNED_OUT = Set.of(
            "GET /api/organizations/{id}/dashboard", "GET /api/organizations/{id}/dashboard.csv");

    /** Path variables whose value is a record only the owner may see. */
    private static final Set<String> OWNER_ONLY = Set.of("engagements", "sessions", "payments", "grievances",
            "evidence-packs", "attachments", "letters");

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    TokenGenerator tokens;

    BlockingHttpClient http;
    final Map<Principal, String> bearers = new EnumMap<>(Principal.class);
    final Map<String, Object> ids = new HashMap<>();
    final Map<String, Map<String, Object>> bodies = new HashMap<>();
    SignedIn owner;
    String marker;

    @Test
    void everyRouteRefusesEveryoneButWhoMayUseItWithoutLeakOr5xx() throws Exception {
        http = client.toBlocking();
        createFixtures();
        Map<String, UriRouteInfo<?, ?>> distinct = new LinkedHashMap<>();
        router.uriRoutes().forEach(route -> distinct.putIfAbsent(
                route.getHttpMethod() + " " + route.getUriMatchTemplate(), route));
        List<UriRouteInfo<?, ?>> routes = distinct.values().stream()
                .sorted(Comparator.comparing((UriRouteInfo<?, ?> r) -> !r.getHttpMethod().equals(HttpMethod.GET))
                        .thenComparing(r -> r.getUriMatchTemplate().toString()))
                .toList();
        Map<String, Object> exportBefore = export();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int serverErrors = 0;
        int leaks = 0;
        Map<String, Object> exportBeforeOwner = null;
        for (Principal principal : Principal.values()) {
            if (principal == Principal.OWNER) {
                exportBeforeOwner = export();
            }
            for (UriRouteInfo<?, ?> route : routes) {
                String name = route.getHttpMethod() + " " + pathTemplate(route.getUriMatchTemplate());
                String path = expand(route.getUriMatchTemplate());
                HttpResponse<String> response = send(principal, route, path);
                requests++;
                int status = response.code();
                String body = response.getBody(String.class).orElse("");
                String where = principal + " " + name + " -> " + status;
                if (status >= 500) {
                    serverErrors++;
                    failures.add(where + " (server error)");
                }
                if (principal != Principal.OWNER && body.contains(marker)) {
                    leaks++;
                    failures.add(where + " (owner's data in the answer)");
                }
                boolean isPublic = PUBLIC.contains(name.replaceFirst("^HEAD ", "GET "));
                boolean notFoundSignedOut = NOT_FOUND_SIGNED_OUT.contains(name.replaceFirst("^HEAD ", "GET "));
                if (principal == Principal.ANONYMOUS && notFoundSignedOut) {
                    if (status != 404) {
                        failures.add(where + " (expected 404)");
                    }
                } else if (FORGED.contains(principal) && !isPublic && status != 401) {
                    failures.add(where + " (expected 401)");
                }
                if (OTHERS.contains(principal) && touchesOwnerRecord(name)) {
                    if (status / 100 == 2) {
                        leaks++;
                        failures.add(where + " (another account reached the owner's record)");
                    } else if (route.getHttpMethod() == HttpMethod.GET && status != 404 && status != 403) {
                        failures.add(where + " (expected 404, or 403 for a role that never may)");
                    }
                }
            }
        }
        System.out.printf("RELIABILITY authz routes=%d principals=%d requests=%d 5xx=%d leaks=%d%n",
                routes.size(), Principal.values().length, requests, serverErrors, leaks);
        assertThat(failures).isEmpty();
        assertThat(routes).extracting(route -> route.getUriMatchTemplate().toString()).doesNotContain("/token_info");
        assertThat(routes.size()).isGreaterThan(40);
        assertThat(http.retrieve(HttpRequest.GET("/api/ledger/verify").bearerAuth(bearers.get(Principal.OWNER)), MAP))
                .containsEntry("valid", true);
        assertThat(exportBeforeOwner).as("the owner's export after everyone else tried every route").isEqualTo(exportBefore);
    }

    private boolean touchesOwnerRecord(String name) {
        String[] segments = name.substring(name.indexOf(' ') + 1).split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (OWNER_ONLY.contains(segments[i]) && segments[i + 1].startsWith("{")) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> send(Principal principal, UriRouteInfo<?, ?> route, String path) {
        MutableHttpRequest<Object> request = HttpRequest.create(route.getHttpMethod(), path);
        String template = pathTemplate(route.getUriMatchTemplate());
        if (route.getHttpMethod().permitsRequestBody()) {
            List<MediaType> consumes = route.getConsumes();
            MediaType type = consumes.isEmpty() ? MediaType.APPLICATION_JSON_TYPE : consumes.get(0);
            if (type.equals(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                request.body(MultipartBody.builder().addPart("file", "note.txt", MediaType.TEXT_PLAIN_TYPE,
                        "Ticket 4471 closed without an answer.\n".getBytes(StandardCharsets.UTF_8)).build()).contentType(type);
            } else if (type.getName().equals("application/json") || type.getName().equals("application/x-www-form-urlencoded")) {
                request.body(bodies.getOrDefault(route.getHttpMethod() + " " + template, Map.of()))
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
            } else {
                request.body("engagement_id,started_at\n").contentType(type);
            }
        }
        String bearer = bearers.get(principal);
        if (bearer != null) {
            request.bearerAuth(bearer);
        }
        try {
            return http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> answer = (HttpResponse<String>) e.getResponse();
            return answer;
        }
    }

    private static String pathTemplate(UriMatchTemplate template) {
        String text = template.toString();
        int query = text.indexOf("{?");
        return query < 0 ? text : text.substring(0, query);
    }

    private String expand(UriMatchTemplate template) {
        String path = pathTemplate(template);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String variable : template.getVariableNames()) {
            values.put(variable, valueFor(path, variable));
        }
        return UriMatchTemplate.of(path).expand(values);
    }

    private Object valueFor(String path, String variable) {
        if (!variable.equals("id")) {
            return ids.getOrDefault(variable, UUID.randomUUID());
        }
        for (String collection : List.of("engagements", "sessions", "payments", "grievances", "evidence-packs",
                "organizations", "guidelines", "vendors", "verify")) {
            if (path.contains("/" + collection + "/{id}")) {
                return ids.get(collection);
            }
        }
        return UUID.randomUUID();
    }

    private Map<String, Object> export() {
        Map<String, Object> export = new HashMap<>(
                http.retrieve(HttpRequest.GET("/api/export").bearerAuth(bearers.get(Principal.OWNER)), MAP));
        export.remove("exportedAt");
        return export;
    }

    private void createFixtures() throws Exception {
        owner = TestAccounts.kansasCityWorker(http);
        marker = "Kestrel-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("projectCodeName", marker);
        UUID gigId = UUID.randomUUID();
        put(owner, "/api/engagements/" + gigId, gig);
        Map<String, Object> session = LedgerFixtures.eveningSession(gigId, Instant.parse("2026-09-14T23:00:00Z"));
        session.put("note", "waited on the queue, " + marker);
        UUID sessionId = UUID.randomUUID();
        put(owner, "/api/sessions/" + sessionId, session);
        Map<String, Object> payment = LedgerFixtures.weeklyPayout(gigId, "2026-09-18", "2026-09-08", "2026-09-14");
        UUID paymentId = UUID.randomUUID();
        put(owner, "/api/payments/" + paymentId, payment);
        Map<String, Object> grievance = new HashMap<>(Map.of("category", "NON_PAYMENT", "happenedOn", "2026-09-20",
                "engagementId", gigId.toString(), "status", "OPEN", "amountAtStakeMinor", 41250, "currency", "USD",
                "narrative", "The payout for the week of 8 September never arrived; " + marker));
        UUID grievanceId = UUID.randomUUID();
        put(owner, "/api/grievances/" + grievanceId, grievance);
        Map<String, Object> attachment = http.retrieve(owner.authorize(HttpRequest.POST(
                "/api/grievances/" + grievanceId + "/attachments", MultipartBody.builder().addPart("file", "ticket.txt",
                        MediaType.TEXT_PLAIN_TYPE, ("Support ticket 4471, " + marker + "\n").getBytes(StandardCharsets.UTF_8))
                        .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), MAP);
        HttpResponse<byte[]> letter = http.exchange(owner.authorize(HttpRequest.POST(
                "/api/grievances/" + grievanceId + "/letters", Map.of("kind", "PAYMENT_DEMAND", "senderName", marker))
                .accept(MediaType.APPLICATION_PDF_TYPE)), byte[].class);
        Map<String, Object> pack = http.retrieve(owner.authorize(HttpRequest.POST("/api/evidence-packs",
                Map.of("from", "2026-09-01", "to", "2026-09-30", "language", "en"))), MAP);

        SignedIn admin = TestAccounts.admin(http);
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        Map<String, Object> org = http.retrieve(admin.authorize(HttpRequest.POST("/api/admin/organizations", Map.of(
                "name", "Kansas City Data Workers Union " + UUID.randomUUID().toString().substring(0, 6), "kind", "UNION",
                "country", "US", "description", "Labelers and moderators in Kansas City.",
                "organizerHandle", organizer.handle()))), MAP);
        String orgId = (String) org.get("id");
        Map<String, Object> invitation = http.retrieve(organizer.authorize(HttpRequest.POST(
                "/api/organizations/" + orgId + "/invitations", Map.of("maxUses", 5, "validDays", 30))), MAP);
        http.exchange(owner.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", invitation.get("code")))));
        List<Map<String, Object>> vendors = http.retrieve(HttpRequest.GET("/api/vendors"), Argument.listOf(MAP));

        ids.put("engagements", gigId);
        ids.put("sessions", sessionId);
        ids.put("payments", paymentId);
        ids.put("grievances", grievanceId);
        ids.put("grievanceId", grievanceId);
        ids.put("attachmentId", attachment.get("id"));
        ids.put("letterId", letter.header("Letter-Id"));
        ids.put("evidence-packs", pack.get("id"));
        ids.put("verify", pack.get("id"));
        ids.put("organizations", orgId);
        ids.put("organizationId", orgId);
        ids.put("invitationId", invitation.get("id"));
        ids.put("guidelines", "us-mo-min-wage");
        ids.put("guidelineId", "us-mo-min-wage");
        ids.put("vendors", vendors.isEmpty() ? UUID.randomUUID() : vendors.get(0).get("id"));
        ids.put("vendorId", ids.get("vendors"));
        ids.put("accountId", owner.id());
        ids.put("scope", "AGGREGATE");
        ids.put("path", "records");
        ids.put("selector", "liveness");
        bodies.put("PUT /api/engagements/{id}", gig);
        bodies.put("PUT /api/sessions/{id}", session);
        bodies.put("PUT /api/payments/{id}", payment);
        bodies.put("PUT /api/grievances/{id}", grievance);
        bodies.put("PUT /api/grievances/{grievanceId}/share", Map.of("organizationId", orgId));
        bodies.put("POST /api/grievances/{grievanceId}/letters", Map.of("kind", "PAYMENT_DEMAND"));
        bodies.put("POST /api/evidence-packs", Map.of("from", "2026-09-01", "to", "2026-09-30", "language", "en"));

        bearers.put(Principal.OWNER, owner.accessToken());
        bearers.put(Principal.OTHER_WORKER, TestAccounts.nairobiWorker(http).accessToken());
        bearers.put(Principal.ORGANIZER, organizer.accessToken());
        bearers.put(Principal.VENDOR, TestAccounts.withRole(http, "VENDOR").accessToken());
        bearers.put(Principal.ADMIN, admin.accessToken());
        bearers.put(Principal.WRONG_KEY, signedWithAnotherSecret(owner.accessToken()));
        bearers.put(Principal.ALG_NONE, unsigned(owner.accessToken()));
        bearers.put(Principal.EXPIRED, tokens.generateToken(Authentication.build(owner.id().toString(), List.of("WORKER"),
                Map.of("handle", owner.handle())), -60).orElseThrow());
        SignedIn erased = TestAccounts.kansasCityWorker(http);
        http.exchange(erased.authorize(HttpRequest.DELETE("/api/me", Map.of("password", TestAccounts.PASSWORD))));
        bearers.put(Principal.ERASED, erased.accessToken());
    }

    private void put(SignedIn who, String path, Map<String, Object> body) {
        assertThat(http.exchange(who.authorize(HttpRequest.PUT(path, body))).code()).isEqualTo(201);
    }

    private static String signedWithAnotherSecret(String token) throws ParseException, JOSEException {
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner("another-secret-that-is-also-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8)));
        return forged.serialize();
    }

    private static String unsigned(String token) throws ParseException {
        return new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
    }
}
