package coop.steward.guideline;

import coop.steward.account.AccountService;
import coop.steward.guideline.model.Classification;
import coop.steward.guideline.model.Engagement;
import coop.steward.guideline.model.Exposure;
import coop.steward.guideline.model.PayBasis;
import coop.steward.guideline.model.Payment;
import coop.steward.guideline.model.TaskKind;
import coop.steward.guideline.model.UnpaidCategory;
import coop.steward.guideline.model.WorkLog;
import coop.steward.guideline.model.WorkSession;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.Payments;
import coop.steward.ledger.SessionView;
import coop.steward.ledger.Sessions;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a worker's ledger for the engine: the sessions that started within the period in the worker's zone,
 * every payment whose period overlaps it (a payment for this period may arrive months later), and all gigs.
 */
@Singleton
final class LedgerWorkLogSource implements WorkLogSource {

    private final AccountService accounts;
    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;

    LedgerWorkLogSource(AccountService accounts, Engagements engagements, Sessions sessions, Payments payments) {
        this.accounts = accounts;
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
    }

    @Override
    public WorkLog load(UUID workerId, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.of(accounts.get(workerId).timeZone());
        List<Engagement> gigs = engagements.list(workerId).stream().map(LedgerWorkLogSource::engagement).toList();
        List<WorkSession> work = sessions.list(workerId, from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(LedgerWorkLogSource::session).toList();
        List<Payment> pay = payments.list(workerId, null, null).stream()
                .filter(p -> !p.periodEnd().isBefore(from) && !p.periodStart().isAfter(to))
                .map(LedgerWorkLogSource::payment).toList();
        return new WorkLog(workerId, zone, gigs, work, pay);
    }

    private static Engagement engagement(EngagementView e) {
        return new Engagement(e.id(), e.vendorName(), e.client(), TaskKind.valueOf(e.taskKind().name()),
                PayBasis.valueOf(e.payBasis().name()), e.agreedRateMinor(), e.currency(),
                Classification.valueOf(e.classification().name()), e.writtenContract(), e.healthBenefits(),
                e.paidLeave(), e.paymentTimeframeDays(), e.startDate(), e.endDate(), e.jurisdiction(), e.wageArea());
    }

    private static WorkSession session(SessionView s) {
        Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        s.unpaidMinutes().forEach((category, minutes) -> unpaid.put(UnpaidCategory.valueOf(category.name()), minutes));
        return new WorkSession(s.id(), s.engagementId(), s.startedAt(), s.endedAt(), s.timeZone(), s.paidMinutes(),
                unpaid, s.tasksDone(), s.tasksRejected(), s.taskEstimateMinutes(), Exposure.valueOf(s.exposure().name()),
                s.supportOffered());
    }

    private static Payment payment(PaymentView p) {
        return new Payment(p.id(), p.engagementId(), p.paidOn(), p.periodStart(), p.periodEnd(), p.grossMinor(),
                p.platformFeesMinor(), p.transferFeesMinor(), p.netMinor(), p.currency(), p.method().name());
    }
}
