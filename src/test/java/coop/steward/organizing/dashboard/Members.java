package coop.steward.organizing.dashboard;

import coop.steward.support.LedgerFixtures;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Organizations and members with real records for dashboard tests, set up through the API as an admin, organizers and
 * workers would. Each worker works last month (always inside the dashboard's window) on one gig.
 */
final class Members {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private Members() {
    }

    /** An organization and its first organizer. */
    record Org(UUID id, SignedIn organizer, String invitation) {
    }

    /** A worker, what they recorded last month, in minutes and USD minor units. */
    record Worker(SignedIn account, int paidMinutes, int unpaidMinutes, long netMinor) {

        int allMinutes() {
            return paidMinutes + unpaidMinutes;
        }
    }

    static YearMonth lastMonth() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    }

    static Org union(BlockingHttpClient http, String name) {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        Map<String, Object> created = http.retrieve(TestAccounts.admin(http).authorize(HttpRequest.POST(
                "/api/admin/organizations", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                        "kind", "UNION", "country", "US", "description", "Data workers organizing for pay on time.",
                        "organizerHandle", organizer.handle()))), MAP);
        UUID id = UUID.fromString((String) created.get("id"));
        String code = (String) http.retrieve(organizer.authorize(HttpRequest.POST(
                "/api/organizations/" + id + "/invitations", Map.of("maxUses", 100, "validDays", 30))), MAP).get("code");
        return new Org(id, organizer, code);
    }

    static void join(BlockingHttpClient http, SignedIn worker, Org org, boolean aggregate) {
        http.exchange(worker.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", org.invitation()))));
        if (aggregate) {
            consent(http, worker, org, true);
        }
    }

    static void consent(BlockingHttpClient http, SignedIn worker, Org org, boolean granted) {
        http.exchange(worker.authorize(HttpRequest.PUT("/api/me/memberships/" + org.id() + "/consents/AGGREGATE",
                Map.of("granted", granted))));
    }

    /**
     * A worker who worked {@code sessions} evenings last month for the vendor at $15.00 an hour, with
     * {@code unpaidPerSession} minutes of waiting each time, paid once at the end of the month.
     */
    static Worker worker(BlockingHttpClient http, String vendorName, String jurisdiction, int sessions,
                         int paidPerSession, int unpaidPerSession) {
        SignedIn account = TestAccounts.worker(http, "dash", "America/Chicago", jurisdiction);
        Map<String, Object> gig = LedgerFixtures.kansasCityRlhfGig();
        gig.put("vendorName", vendorName);
        gig.remove("projectCodeName");
        gig.put("jurisdiction", jurisdiction);
        gig.put("startDate", lastMonth().atDay(1).minusMonths(1).toString());
        UUID gigId = UUID.randomUUID();
        http.exchange(account.authorize(HttpRequest.PUT("/api/engagements/" + gigId, gig)));
        ZoneId chicago = ZoneId.of("America/Chicago");
        for (int i = 0; i < sessions; i++) {
            LocalDate day = lastMonth().atDay(3 + i);
            Map<String, Object> session = LedgerFixtures.eveningSession(gigId,
                    day.atTime(LocalTime.of(18, 0)).atZone(chicago).toInstant());
            session.put("endedAt", day.atTime(LocalTime.of(18, 0)).atZone(chicago).toInstant()
                    .plusSeconds(60L * (paidPerSession + unpaidPerSession)).toString());
            session.put("paidMinutes", paidPerSession);
            session.put("unpaidMinutes", Map.of("WAITING_FOR_TASKS", unpaidPerSession));
            LedgerFixtures.recordSession(http, account, session);
        }
        long gross = 1500L * paidPerSession * sessions / 60;
        long net = gross - 300;
        Map<String, Object> payment = new HashMap<>(LedgerFixtures.weeklyPayout(gigId,
                lastMonth().atEndOfMonth().toString(), lastMonth().atDay(1).toString(),
                lastMonth().atEndOfMonth().toString()));
        payment.put("grossMinor", gross);
        payment.put("platformFeesMinor", 0);
        payment.put("transferFeesMinor", 300);
        payment.put("netMinor", net);
        http.exchange(account.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), payment)));
        return new Worker(account, paidPerSession * sessions, unpaidPerSession * sessions, net);
    }

    static Map<String, Object> dashboard(BlockingHttpClient http, Org org, String query) {
        return http.retrieve(org.organizer().authorize(HttpRequest.GET(
                "/api/organizations/" + org.id() + "/dashboard" + query)), MAP);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("rows");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cell(Map<String, Object> row, String period) {
        return ((List<Map<String, Object>>) row.get("cells")).stream()
                .filter(cell -> period.equals(cell.get("period"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> total(Map<String, Object> view) {
        return (Map<String, Object>) view.get("total");
    }

    static Map<String, Object> row(Map<String, Object> view, String label) {
        return rows(view).stream().filter(row -> label.equals(row.get("label"))).findFirst().orElseThrow();
    }
}
