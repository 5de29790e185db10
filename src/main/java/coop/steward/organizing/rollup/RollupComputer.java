package coop.steward.organizing.rollup;

import coop.steward.account.AccountService;
import coop.steward.grievance.GrievanceCategory;
import coop.steward.grievance.GrievanceView;
import coop.steward.grievance.Grievances;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.WorkLogSource;
import coop.steward.guideline.model.MonthlyFigures;
import coop.steward.guideline.model.WorkLog;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.UnpaidCategory;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes one worker's rollup rows from the ledger's and grievances' public services and the guideline model's
 * {@link MonthlyFigures}: the one computation both the refresher and the rebuild use, so they cannot disagree.
 */
@Singleton
class RollupComputer {

    /** Wide enough for every record a worker can keep; the ledger refuses days outside it. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9000, 12, 31);

    private final AccountService accounts;
    private final WorkLogSource workLogs;
    private final Engagements engagements;
    private final Grievances grievances;
    private final PolicyTemplates templates;
    private final Clock clock;

    RollupComputer(AccountService accounts, WorkLogSource workLogs, Engagements engagements, Grievances grievances,
                   PolicyTemplates templates, Clock clock) {
        this.accounts = accounts;
        this.workLogs = workLogs;
        this.engagements = engagements;
        this.grievances = grievances;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * A worker's rows, and when they would change without a new record; {@code exists} is false for an erased
     * worker, who has no rows.
     */
    record Computed(boolean exists, List<RollupRow> rows, Optional<Instant> recheckAt) {
    }

    @Transactional(readOnly = true)
    Computed compute(UUID workerId) {
        if (accounts.find(workerId).isEmpty()) {
            return new Computed(false, List.of(), Optional.empty());
        }
        WorkLog log = workLogs.load(workerId, FIRST_DAY, LAST_DAY);
        ZoneId zone = log.zone();
        MonthlyFigures.Result figures = MonthlyFigures.of(log, templates.tables(), LocalDate.now(clock.withZone(zone)),
                Rollups.REPORTING_CURRENCY);
        Map<UUID, EngagementView> gigs = engagements.list(workerId).stream()
                .collect(Collectors.toMap(EngagementView::id, Function.identity()));
        Map<Key, Map<String, Integer>> complaints = new TreeMap<>();
        for (GrievanceView grievance : grievances.list(workerId)) {
            if (gigs.containsKey(grievance.engagementId())) {
                complaints.computeIfAbsent(new Key(grievance.engagementId(), YearMonth.from(grievance.happenedOn())),
                        key -> emptyGrievances()).merge(grievance.category().name(), 1, Integer::sum);
            }
        }
        Map<Key, MonthlyFigures.GigMonth> months = new TreeMap<>();
        figures.months().forEach(month -> months.put(new Key(month.engagementId(), month.month()), month));
        List<Key> keys = new ArrayList<>(months.keySet());
        complaints.keySet().stream().filter(key -> !months.containsKey(key)).forEach(keys::add);
        keys.sort(null);
        List<RollupRow> rows = new ArrayList<>();
        for (Key key : keys) {
            EngagementView gig = gigs.get(key.engagementId());
            MonthlyFigures.GigMonth month = months.get(key);
            Map<String, Integer> grievancesOfMonth = complaints.getOrDefault(key, emptyGrievances());
            rows.add(month == null ? onlyGrievances(workerId, gig, key.month(), grievancesOfMonth)
                    : row(workerId, gig, month, grievancesOfMonth));
        }
        return new Computed(true, rows, figures.changesOn().map(day -> day.atStartOfDay(zone).toInstant()));
    }

    private static RollupRow row(UUID workerId, EngagementView gig, MonthlyFigures.GigMonth month,
                                 Map<String, Integer> grievances) {
        Map<String, Integer> unpaid = new LinkedHashMap<>();
        month.unpaidMinutes().forEach((category, minutes) -> unpaid.put(category.name(), minutes));
        return new RollupRow(workerId, gig.id(), month.month(), gig.vendorName(), gig.vendorId(), gig.projectCodeName(),
                gig.client(), gig.taskKind().name(), gig.jurisdiction(), gig.currency(),
                month.sessions(), month.paidMinutes(), unpaid,
                month.grossMinor(), month.feesMinor(), month.netMinor(),
                month.netReportingMinor(), month.grossReportingMinor(),
                month.payments(), month.latePayments(),
                month.workerWeeks(), month.weeksBelowMinimum(), month.weeksAssessedMinimum(),
                month.weeksBelowLiving(), month.weeksAssessedLiving(), grievances);
    }

    private static RollupRow onlyGrievances(UUID workerId, EngagementView gig, YearMonth month,
                                            Map<String, Integer> grievances) {
        Map<String, Integer> unpaid = new LinkedHashMap<>();
        for (UnpaidCategory category : UnpaidCategory.values()) {
            unpaid.put(category.name(), 0);
        }
        return new RollupRow(workerId, gig.id(), month, gig.vendorName(), gig.vendorId(), gig.projectCodeName(),
                gig.client(), gig.taskKind().name(), gig.jurisdiction(), gig.currency(),
                0, 0, unpaid, 0, 0, 0, 0L, 0L, 0, 0, 0, 0, 0, 0, 0, grievances);
    }

    private static Map<String, Integer> emptyGrievances() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GrievanceCategory category : GrievanceCategory.values()) {
            counts.put(category.name(), 0);
        }
        return counts;
    }

    private record Key(UUID engagementId, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byGig = engagementId.compareTo(other.engagementId);
            return byGig != 0 ? byGig : month.compareTo(other.month);
        }
    }
}
