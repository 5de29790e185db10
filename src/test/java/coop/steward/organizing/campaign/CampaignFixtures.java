package coop.steward.organizing.campaign;

import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A union with its organizer, members who joined by code, and a vendor of the registry, set up through the API. */
final class CampaignFixtures {

    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    private CampaignFixtures() {
    }

    /** A Nairobi union of content moderators, opened by the admin with a fresh organizer. */
    static Union nairobiModeratorsUnion(BlockingHttpClient http) {
        SignedIn organizer = TestAccounts.withRole(http, "ORGANIZER");
        Map<String, Object> created = http.retrieve(TestAccounts.admin(http).authorize(HttpRequest.POST(
                "/api/admin/organizations", Map.of(
                        "name", "Nairobi Content Moderators Union " + UUID.randomUUID().toString().substring(0, 6),
                        "kind", "UNION", "country", "KE",
                        "description", "Moderators and labelers who work through outsourcing vendors in Nairobi.",
                        "organizerHandle", organizer.handle()))), MAP);
        UUID id = UUID.fromString((String) created.get("id"));
        Map<String, Object> invitation = http.retrieve(organizer.authorize(HttpRequest.POST(
                "/api/organizations/" + id + "/invitations", Map.of("maxUses", 50, "validDays", 30))), MAP);
        return new Union(id, (String) created.get("name"), organizer, (String) invitation.get("code"));
    }

    /** A worker who joined the union with its code (both consents off, as joining leaves them). */
    static SignedIn member(BlockingHttpClient http, Union union) {
        SignedIn worker = TestAccounts.nairobiWorker(http);
        http.exchange(worker.authorize(HttpRequest.POST("/api/invitations/redeem", Map.of("code", union.code()))));
        return worker;
    }

    /** A BPO vendor the registry knows; its name is unique, because the MariaDB pass shares one database. */
    static UUID vendor(BlockingHttpClient http) {
        Map<String, Object> vendor = http.retrieve(TestAccounts.admin(http).authorize(HttpRequest.POST(
                "/api/registry/vendors", Map.of("name", "Sama Outsourcing " + UUID.randomUUID().toString().substring(0, 8),
                        "kind", "BPO", "country", "KE", "website", "https://www.sama.com"))), MAP);
        return UUID.fromString((String) vendor.get("id"));
    }

    static Map<String, Object> campaignBody(UUID vendorId, LocalDate respondBy) {
        Map<String, Object> body = new HashMap<>();
        body.put("vendorId", vendorId.toString());
        body.put("title", "Pay us for the time you do not count");
        body.put("goal", 40);
        body.put("respondBy", respondBy.toString());
        body.put("language", "en");
        return body;
    }

    /** A union, its first organizer and a member invitation code usable fifty times. */
    record Union(UUID id, String name, SignedIn organizer, String code) {

        String campaigns() {
            return "/api/organizations/" + id + "/campaigns";
        }
    }
}
