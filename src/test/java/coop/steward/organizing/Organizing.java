package coop.steward.organizing;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An organization and its people, set up through the API as an admin, an organizer and workers would. */
final class Organizing {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    private Organizing() {
    }

    /** A Kansas City union of data workers, opened by the admin with a fresh organizer. */
    static Org kansasCityUnion(BlockingHttpClient http) {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Kansas City Data Workers Union " + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", "UNION");
        body.put("country", "US");
        body.put("description", "Labelers, RLHF trainers and moderators in the Kansas City metro.");
        body.put("organizerHandle", organizer.handle());
        Map<String, Object> created = http.retrieve(TestAccounts.admin(http).authorize(
                HttpRequest.POST("/api/admin/organizations", body)), MAP);
        return new Org(UUID.fromString((String) created.get("id")), organizer);
    }

    static String invite(BlockingHttpClient http, Org org, Map<String, Object> body) {
        Map<String, Object> invitation = http.retrieve(org.organizer().authorize(
                HttpRequest.POST("/api/organizations/" + org.id() + "/invitations", body)), MAP);
        return (String) invitation.get("code");
    }

    static String inviteMembers(BlockingHttpClient http, Org org) {
        return invite(http, org, Map.of("maxUses", 50, "validDays", 30));
    }

    static void join(BlockingHttpClient http, SignedIn account, String code) {
        http.exchange(account.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", code))));
    }

    static Map<String, Object> consent(BlockingHttpClient http, SignedIn worker, Org org, String scope, boolean granted) {
        return http.retrieve(worker.authorize(HttpRequest.PUT(
                "/api/me/memberships/" + org.id() + "/consents/" + scope, Map.of("granted", granted))), MAP);
    }

    static UUID grievance(BlockingHttpClient http, SignedIn worker) {
        UUID gig = LedgerFixtures.recordGig(http, worker);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("category", "LATE_PAYMENT");
        body.put("narrative", "The September payout came 41 days after the period closed, not the 30 promised.");
        body.put("happenedOn", "2026-10-12");
        body.put("engagementId", gig.toString());
        body.put("amountAtStakeMinor", 43800);
        body.put("currency", "USD");
        body.put("status", "OPEN");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + id, body)));
        return id;
    }

    static void share(BlockingHttpClient http, SignedIn worker, UUID grievance, Org org) {
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + grievance + "/share",
                Map.of("organizationId", org.id().toString()))));
    }

    static Map<String, Object> verification(BlockingHttpClient http, SignedIn worker) {
        return http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")), MAP);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object json) {
        return (List<Map<String, Object>>) json;
    }

    /** An organization and its first organizer. */
    record Org(UUID id, SignedIn organizer) {
    }
}
