package coop.steward.ledger;

import coop.steward.common.money.Money;
import coop.steward.common.time.ReportingPeriod;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds up a worker's ledger. A session counts in the week and on the day it started, in the zone it was
 * recorded in (a night shift belongs to the evening it began); a payment counts on the day it was paid.
 */
@Singleton
public class LedgerSummaries {

    private final Engagements engagements;
    private final Sessions sessions;
    private final Payments payments;

    LedgerSummaries(Engagements engagements, Sessions sessions, Payments payments) {
        this.engagements = engagements;
        this.sessions = sessions;
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public LedgerSummary summarize(UUID workerId, LocalDate from, LocalDate to) {
        ReportingPeriod.check(from, to);
        List<EngagementView> gigs = engagements.list(workerId);
        Map<UUID, EngagementView> gigById = new LinkedHashMap<>();
        gigs.forEach(gig -> gigById.put(gig.id(), gig));
        List<SessionView> allSessions = sessions.list(workerId, null, null);
        List<PaymentView> allPayments = payments.list(workerId, null, null);

        Map<RowKey, Tally> weeks = new LinkedHashMap<>();
        for (SessionView session : allSessions) {
            LocalDate day = session.startedAt().atZone(ZoneId.of(session.timeZone())).toLocalDate();
            EngagementView gig = gigById.get(session.engagementId());
            if (gig != null && !day.isBefore(from) && !day.isAfter(to)) {
                weeks.computeIfAbsent(new RowKey(isoWeek(day), gig.id(), gig.currency()), k -> new Tally()).add(session);
            }
        }
        for (PaymentView payment : allPayments) {
            if (gigById.containsKey(payment.engagementId()) && !payment.paidOn().isBefore(from)
                    && !payment.paidOn().isAfter(to)) {
                weeks.computeIfAbsent(new RowKey(isoWeek(payment.paidOn()), payment.engagementId(), payment.currency()),
                        k -> new Tally()).add(payment);
            }
        }
        List<LedgerSummary.WeekRow> rows = new ArrayList<>();
        weeks.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RowKey::week)
                        .thenComparing(key -> key.engagementId().toString()).thenComparing(RowKey::currency)))
                .forEach(entry -> rows.add(entry.getValue().weekRow(entry.getKey())));

        List<LedgerSummary.EngagementTotals> totals = new ArrayList<>();
        for (EngagementView gig : gigs) {
            Tally tally = new Tally();
            allSessions.stream().filter(s -> s.engagementId().equals(gig.id())).forEach(tally::add);
            allPayments.stream().filter(p -> p.engagementId().equals(gig.id()) && p.currency().equals(gig.currency()))
                    .forEach(tally::add);
            totals.add(tally.totals(gig));
        }
        return new LedgerSummary(from, to, rows, totals);
    }

    static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private record RowKey(String week, UUID engagementId, String currency) {
        RowKey {
            Objects.requireNonNull(week);
        }
    }

    private static final class Tally {
        private int paid;
        private final Map<UnpaidCategory, Integer> unpaid = new EnumMap<>(UnpaidCategory.class);
        private long gross;
        private long fees;
        private long net;

        Tally() {
            for (UnpaidCategory category : UnpaidCategory.values()) {
                unpaid.put(category, 0);
            }
        }

        void add(SessionView session) {
            paid += session.paidMinutes();
            session.unpaidMinutes().forEach((category, minutes) -> unpaid.merge(category, minutes, Integer::sum));
        }

        void add(PaymentView payment) {
            gross += payment.grossMinor();
            fees += payment.platformFeesMinor() + payment.transferFeesMinor();
            net += payment.netMinor();
        }

        int total() {
            return paid + unpaid.values().stream().mapToInt(Integer::intValue).sum();
        }

        LedgerSummary.WeekRow weekRow(RowKey key) {
            return new LedgerSummary.WeekRow(key.week(), key.engagementId(), key.currency(), paid, Map.copyOf(unpaid),
                    total(), gross, fees, net);
        }

        LedgerSummary.EngagementTotals totals(EngagementView gig) {
            Money netPay = new Money(net, gig.currency());
            Optional<Money> hourly = netPay.perHour(total());
            String formula = hourly
                    .map(perHour -> String.format("%s net × 60 ÷ %d min = %s per hour", netPay, total(), perHour))
                    .orElse("no time recorded yet");
            return new LedgerSummary.EngagementTotals(gig.id(), gig.vendorName(), gig.currency(), paid,
                    Map.copyOf(unpaid), total(), gross, fees, net, hourly.map(Money::minor).orElse(null), formula);
        }
    }
}
