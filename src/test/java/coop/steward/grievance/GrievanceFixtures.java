package coop.steward.grievance;

import coop.steward.support.SignedIn;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Grievances as a worker's phone would send them. */
final class GrievanceFixtures {

    private GrievanceFixtures() {
    }

    /** Two weeks of RLHF work that were never paid: $412.50 at stake. */
    static Map<String, Object> unpaidFortnight(UUID engagementId) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "NON_PAYMENT");
        body.put("narrative", "The payout for 14 to 27 September never arrived; support closed my ticket without an answer.");
        body.put("happenedOn", "2026-10-05");
        body.put("engagementId", engagementId.toString());
        body.put("amountAtStakeMinor", 41250);
        body.put("currency", "USD");
        body.put("status", "OPEN");
        return body;
    }

    /** An account closed the morning after the worker reported a graphic video; nothing at stake in money. */
    static Map<String, Object> removedAfterReport(UUID engagementId) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "DEACTIVATION_WITHOUT_REASON");
        body.put("narrative", "My queue was closed the morning after I reported a graphic video. No reason was given.");
        body.put("happenedOn", "2026-10-20");
        body.put("engagementId", engagementId.toString());
        body.put("status", "OPEN");
        return body;
    }

    static UUID record(BlockingHttpClient http, SignedIn worker, Map<String, Object> body) {
        UUID id = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + id, body)));
        return id;
    }

    static Map<String, Object> verification(BlockingHttpClient http, SignedIn worker) {
        return http.retrieve(worker.authorize(HttpRequest.GET("/api/ledger/verify")),
                Argument.mapOf(String.class, Object.class));
    }

    static int entries(BlockingHttpClient http, SignedIn worker) {
        return ((Number) verification(http, worker).get("entries")).intValue();
    }
}
