package coop.steward.guideline.model;

import coop.steward.guideline.TestTables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A worker's ledger written the way the rules speak of it, for tests that read as the rule: given a gig, a worker
 * worked so many minutes on a day, was paid so much for a week; then a criterion is met, breached or has not enough
 * data. Every session starts at 09:00 in the worker's zone; every assessment is made long after, when all pay is due.
 */
final class GivenRecords {

    /** A day long after every period these tests assess, when all their pay is due. */
    static final LocalDate LONG_AFTER = LocalDate.of(2026, 12, 31);

    static final ZoneId KANSAS_CITY = ZoneId.of("America/Chicago");
    static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private final Engagement gig;
    private final ZoneId zone;
    private final List<WorkSession> sessions = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();

    private GivenRecords(Engagement gig, ZoneId zone) {
        this.gig = gig;
        this.zone = zone;
    }

    /** An RLHF contractor in Kansas City, Missouri at $15.00 an hour with a written contract, paid within 7 days. */
    static GivenRecords aKansasCityContractor() {
        return new GivenRecords(gig("US-MO", null, PayBasis.HOURLY, 1500, "USD", true, 7), KANSAS_CITY);
    }

    /** The same contractor, naming the Kansas City metro area of the wage table. */
    static GivenRecords aKansasCityMetroContractor() {
        return new GivenRecords(gig("US-MO", "kansas-city-mo-ks", PayBasis.HOURLY, 1500, "USD", true, 7), KANSAS_CITY);
    }

    /** A labeler in Buenos Aires paid in US dollars by the hour, held to Argentina's minimum wage in pesos. */
    static GivenRecords aBuenosAiresLabelerPaidInDollars() {
        return new GivenRecords(gig("AR", null, PayBasis.HOURLY, 150, "USD", true, 7), BUENOS_AIRES);
    }

    /** A per-task moderator in Kansas City at 50 cents a task. */
    static GivenRecords aKansasCityPerTaskModerator() {
        return new GivenRecords(gig("US-MO", null, PayBasis.PER_TASK, 50, "USD", true, 7), KANSAS_CITY);
    }

    /** A Kansas City contractor whose gig came with no written contract. */
    static GivenRecords aKansasCityContractorWithoutAWrittenContract() {
        return new GivenRecords(gig("US-MO", null, PayBasis.HOURLY, 1500, "USD", false, 7), KANSAS_CITY);
    }

    /** A Kansas City contractor whose gig never said when it pays. */
    static GivenRecords aKansasCityContractorWithNoPromisedPaymentDate() {
        return new GivenRecords(gig("US-MO", null, PayBasis.HOURLY, 1500, "USD", true, null), KANSAS_CITY);
    }

    /** A contractor held to a jurisdiction whose pay currency has no exchange rate in the tables. */
    static GivenRecords aBuenosAiresLabelerPaidInSwissFrancs() {
        return new GivenRecords(gig("AR", null, PayBasis.HOURLY, 1500, "CHF", true, 7), BUENOS_AIRES);
    }

    GivenRecords worked(LocalDate day, int paidMinutes) {
        return worked(day, paidMinutes, Map.of());
    }

    GivenRecords worked(LocalDate day, int paidMinutes, Map<UnpaidCategory, Integer> unpaid) {
        return session(day, paidMinutes, unpaid, 0, null, Exposure.NONE, false);
    }

    GivenRecords didTasks(LocalDate day, int paidMinutes, int tasks, Integer estimateMinutes) {
        return session(day, paidMinutes, Map.of(), tasks, estimateMinutes, Exposure.NONE, false);
    }

    GivenRecords sawDistressingContent(LocalDate day, int paidMinutes, boolean supportOffered) {
        return session(day, paidMinutes, Map.of(), 0, null, Exposure.DISTRESSING, supportOffered);
    }

    private GivenRecords session(LocalDate day, int paidMinutes, Map<UnpaidCategory, Integer> unpaid, int tasks,
                                 Integer estimateMinutes, Exposure exposure, boolean support) {
        Map<UnpaidCategory, Integer> categories = new EnumMap<>(UnpaidCategory.class);
        categories.putAll(unpaid);
        int all = paidMinutes + categories.values().stream().mapToInt(Integer::intValue).sum();
        var start = day.atTime(9, 0).atZone(zone);
        sessions.add(new WorkSession(UUID.randomUUID(), gig.id(), start.toInstant(), start.plusMinutes(all).toInstant(),
                zone.getId(), paidMinutes, categories, tasks, 0, estimateMinutes, exposure, support));
        return this;
    }

    /** A payment with no fees, of {@code grossMinor} in the gig's currency, for the days from and to, paid on a day. */
    GivenRecords wasPaid(long grossMinor, LocalDate paidOn, LocalDate periodStart, LocalDate periodEnd) {
        return wasPaid(grossMinor, 0, paidOn, periodStart, periodEnd);
    }

    GivenRecords wasPaid(long grossMinor, long feesMinor, LocalDate paidOn, LocalDate periodStart, LocalDate periodEnd) {
        payments.add(new Payment(UUID.randomUUID(), gig.id(), paidOn, periodStart, periodEnd, grossMinor, feesMinor, 0,
                grossMinor - feesMinor, gig.currency(), "bank transfer"));
        return this;
    }

    /** The finding of one criterion of a shipped guideline over the days from and to. */
    Finding heldTo(String guidelineId, String criterionId, LocalDate from, LocalDate to) {
        Guideline guideline = TestTables.guideline(guidelineId);
        Assessment assessment = new Assessor(TestTables.tables()).assess(guideline, log(), from, to, LONG_AFTER);
        return assessment.findings().stream().filter(finding -> finding.criterionId().equals(criterionId))
                .findFirst().orElseThrow();
    }

    WorkLog log() {
        return new WorkLog(UUID.randomUUID(), zone, List.of(gig), sessions, payments);
    }

    private static Engagement gig(String jurisdiction, String area, PayBasis basis, long rateMinor, String currency,
                                  boolean writtenContract, Integer timeframeDays) {
        return new Engagement(UUID.randomUUID(), "Invisible Technologies", "unknown", TaskKind.RLHF_CONVERSATION,
                basis, rateMinor, currency, Classification.CONTRACTOR, writtenContract, false, false, timeframeDays,
                LocalDate.of(2025, 1, 6), null, jurisdiction, area);
    }
}
