package coop.steward.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Realistic ledger records, built as the phone app would send them. */
public final class LedgerFixtures {

    private LedgerFixtures() {
    }

    /** An hourly RLHF gig at $15.00 an hour, paid within 30 days, in Missouri. */
    public static Map<String, Object> kansasCityRlhfGig() {
        Map<String, Object> body = new HashMap<>();
        body.put("vendorName", "Invisible Technologies");
        body.put("client", "unknown");
        body.put("projectCodeName", "Atlas");
        body.put("taskKind", "RLHF_CONVERSATION");
        body.put("payBasis", "HOURLY");
        body.put("agreedRateMinor", 1500);
        body.put("currency", "USD");
        body.put("classification", "CONTRACTOR");
        body.put("writtenContract", true);
        body.put("healthBenefits", false);
        body.put("paidLeave", false);
        body.put("paymentTimeframeDays", 30);
        body.put("startDate", "2026-09-01");
        body.put("jurisdiction", "US-MO");
        return body;
    }

    /** Two hours of conversation work with 30 minutes of waiting for tasks, recorded from Kansas City. */
    public static Map<String, Object> eveningSession(UUID engagementId, Instant start) {
        Map<String, Object> body = new HashMap<>();
        body.put("engagementId", engagementId.toString());
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plusSeconds(2 * 3600).toString());
        body.put("timeZone", "America/Chicago");
        body.put("paidMinutes", 90);
        body.put("unpaidMinutes", Map.of("WAITING_FOR_TASKS", 30));
        body.put("tasksDone", 14);
        body.put("tasksRejected", 1);
        body.put("exposure", "NONE");
        body.put("supportOffered", false);
        return body;
    }

    /** A weekly payout through Payoneer: $450.00 gross, $9.00 platform fee, $3.00 transfer fee. */
    public static Map<String, Object> weeklyPayout(UUID engagementId, String paidOn, String periodStart, String periodEnd) {
        Map<String, Object> body = new HashMap<>();
        body.put("engagementId", engagementId.toString());
        body.put("paidOn", paidOn);
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        body.put("grossMinor", 45000);
        body.put("platformFeesMinor", 900);
        body.put("transferFeesMinor", 300);
        body.put("netMinor", 43800);
        body.put("currency", "USD");
        body.put("method", "PAYONEER");
        return body;
    }

    /** Records the gig for the worker and answers its id. */
    public static UUID recordGig(BlockingHttpClient http, SignedIn worker) {
        UUID id = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + id, kansasCityRlhfGig())));
        return id;
    }

    public static UUID recordSession(BlockingHttpClient http, SignedIn worker, Map<String, Object> body) {
        UUID id = UUID.randomUUID();
        http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + id, body)));
        return id;
    }
}
