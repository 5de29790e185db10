package coop.steward.vendor.publicregistry;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the registry's world through the API only: a vendor with a linked VENDOR account and an attested
 * certification, an organization, and workers who consent to aggregates and record their gigs, sessions and pay.
 * Names are unique per call: the MariaDB pass shares one database.
 */
final class RegistryFixtures {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);
    static final String FAIRWORK = "fairwork-cloudwork-2024";
    static final String MINIMUM_WAGE = "minimum-wage-after-costs";
    static final String CERTIFICATIONS = "/api/vendor/certifications";

    private RegistryFixtures() {
    }

    record Vendor(SignedIn account, UUID id, String name) {
    }

    record Organization(SignedIn organizer, UUID id, String name, String code) {
    }

    static Vendor vendor(BlockingHttpClient http, String name) {
        SignedIn admin = TestAccounts.admin(http);
        String vendorName = name + " " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> vendor = http.retrieve(admin.authorize(HttpRequest.POST("/api/registry/vendors",
                Map.of("name", vendorName, "kind", "AGENCY", "country", "US"))), MAP);
        SignedIn account = TestAccounts.withRole(http, "VENDOR");
        http.exchange(admin.authorize(HttpRequest.PUT("/api/admin/vendor-accounts/" + account.id(),
                Map.of("vendorId", vendor.get("id")))));
        return new Vendor(account, UUID.fromString((String) vendor.get("id")), vendorName);
    }

    /** Answers every question of the Fairwork questionnaire YES and attests; answers the certification's id. */
    @SuppressWarnings("unchecked")
    static UUID certifyEverythingYes(BlockingHttpClient http, Vendor vendor) {
        Map<String, Object> started = http.retrieve(vendor.account().authorize(HttpRequest.POST(CERTIFICATIONS,
                Map.of("guidelineId", FAIRWORK))), MAP);
        String id = (String) started.get("id");
        for (Map<String, Object> question : (List<Map<String, Object>>) started.get("questions")) {
            http.exchange(vendor.account().authorize(HttpRequest.PUT(CERTIFICATIONS + "/" + id + "/answers/"
                    + question.get("criterionId"), Map.of("answer", "YES",
                    "explanation", "Our written policy covers this; the operations team reviews it every quarter."))));
        }
        Map<String, Object> attestation = new LinkedHashMap<>();
        attestation.put("name", "Dana Whitfield");
        attestation.put("title", "Chief Operating Officer");
        attestation.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        attestation.put("confirmed", true);
        http.exchange(vendor.account().authorize(HttpRequest.POST(CERTIFICATIONS + "/" + id + "/attestation",
                attestation)));
        return UUID.fromString(id);
    }

    static Organization organization(BlockingHttpClient http) {
        SignedIn admin = TestAccounts.admin(http);
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        String name = "Kansas City Data Workers Union " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> org = http.retrieve(admin.authorize(HttpRequest.POST("/api/admin/organizations", Map.of(
                "name", name, "kind", "UNION", "country", "US", "description", "Labelers and moderators in Kansas City.",
                "organizerHandle", organizer.handle()))), MAP);
        String orgId = (String) org.get("id");
        Map<String, Object> invitation = http.retrieve(organizer.authorize(HttpRequest.POST(
                "/api/organizations/" + orgId + "/invitations", Map.of("maxUses", 50, "validDays", 30))), MAP);
        return new Organization(organizer, UUID.fromString(orgId), name, (String) invitation.get("code"));
    }

    /**
     * A Kansas City labeler who joins the organization, gives aggregate consent and works four eight-hour days for the
     * vendor last month, paid USD 40.00 net a day: USD 5.00 an hour, far under Missouri's minimum wage.
     */
    static SignedIn underpaidWorker(BlockingHttpClient http, Organization organization, Vendor vendor,
                                    String grievance) {
        SignedIn worker = TestAccounts.kansasCityWorker(http);
        http.exchange(worker.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", organization.code()))));
        http.exchange(worker.authorize(HttpRequest.PUT("/api/me/memberships/" + organization.id()
                + "/consents/AGGREGATE", Map.of("granted", true))));
        LocalDate first = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1).plusDays(2);
        UUID gig = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("vendorName", vendor.name());
        body.put("vendorId", vendor.id().toString());
        body.put("client", "unknown");
        body.put("taskKind", "LABELING");
        body.put("payBasis", "HOURLY");
        body.put("agreedRateMinor", 500);
        body.put("currency", "USD");
        body.put("classification", "CONTRACTOR");
        body.put("writtenContract", true);
        body.put("healthBenefits", false);
        body.put("paidLeave", false);
        body.put("paymentTimeframeDays", 30);
        body.put("startDate", first.toString());
        body.put("jurisdiction", "US-MO");
        http.exchange(worker.authorize(HttpRequest.PUT("/api/engagements/" + gig, body)));
        for (int day = 0; day < 4; day++) {
            Instant start = first.plusDays(day).atTime(14, 0).toInstant(ZoneOffset.UTC);
            Map<String, Object> session = new HashMap<>();
            session.put("engagementId", gig.toString());
            session.put("startedAt", start.toString());
            session.put("endedAt", start.plusSeconds(8 * 3600).toString());
            session.put("timeZone", "America/Chicago");
            session.put("paidMinutes", 480);
            session.put("unpaidMinutes", Map.of());
            session.put("tasksDone", 120);
            session.put("tasksRejected", 0);
            session.put("exposure", "NONE");
            session.put("supportOffered", false);
            http.exchange(worker.authorize(HttpRequest.PUT("/api/sessions/" + UUID.randomUUID(), session)));
            Map<String, Object> payment = new HashMap<>();
            payment.put("engagementId", gig.toString());
            payment.put("paidOn", first.plusDays(day + 1).toString());
            payment.put("periodStart", first.plusDays(day).toString());
            payment.put("periodEnd", first.plusDays(day).toString());
            payment.put("grossMinor", 4000);
            payment.put("platformFeesMinor", 0);
            payment.put("transferFeesMinor", 0);
            payment.put("netMinor", 4000);
            payment.put("currency", "USD");
            payment.put("method", "PAYONEER");
            http.exchange(worker.authorize(HttpRequest.PUT("/api/payments/" + UUID.randomUUID(), payment)));
        }
        Map<String, Object> complaint = new HashMap<>(Map.of("category", "UNDERPAYMENT",
                "happenedOn", first.plusDays(5).toString(), "engagementId", gig.toString(), "status", "OPEN",
                "amountAtStakeMinor", 30000, "currency", "USD", "narrative", grievance));
        http.exchange(worker.authorize(HttpRequest.PUT("/api/grievances/" + UUID.randomUUID(), complaint)));
        return worker;
    }
}
