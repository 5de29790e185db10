package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import coop.steward.guideline.TestTables;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static coop.steward.guideline.model.UnpaidCategory.INSTRUCTIONS_AND_TRAINING;
import static coop.steward.guideline.model.UnpaidCategory.WAITING_FOR_TASKS;
import static coop.steward.guideline.model.WorkLogs.KANSAS_CITY;
import static coop.steward.guideline.model.WorkLogs.NAIROBI;
import static coop.steward.guideline.model.WorkLogs.payment;
import static coop.steward.guideline.model.WorkLogs.session;
import static org.assertj.core.api.Assertions.assertThat;

class AssessorTest {

    private final Assessor assessor = new Assessor(TestTables.tables());
    private final Guideline fairwork = TestTables.guideline("fairwork-cloudwork-2024");

    private static Finding finding(Assessment assessment, String criterionId) {
        return assessment.findings().stream().filter(f -> f.criterionId().equals(criterionId)).findFirst().orElseThrow();
    }

    @Test
    void unpaidWaitingAndTrainingPullAKansasCityContractorBelowTheMissouriMinimumWageWithBackPayToTheCent() {
        Engagement gig = WorkLogs.kansasCityContractor(7);
        // Week 2026-W10: two days of 10 h paid + 2 h waiting + 1 h training = 26.0 h; paid $300.00 less a $4.50 transfer fee.
        // Week 2026-W11: two days of 12.5 h paid + 2.5 h waiting = 30.0 h; paid $375.00 less a $4.50 transfer fee.
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 2, 8, 0), 600,
                        Map.of(WAITING_FOR_TASKS, 120, INSTRUCTIONS_AND_TRAINING, 60), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 4, 8, 0), 600,
                        Map.of(WAITING_FOR_TASKS, 120, INSTRUCTIONS_AND_TRAINING, 60), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 9, 7, 0), 750, Map.of(WAITING_FOR_TASKS, 150), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 12, 7, 0), 750, Map.of(WAITING_FOR_TASKS, 150), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 30000, 450),
                        payment(gig, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), 37500, 450)));

        Finding pay = finding(assessor.assess(fairwork, log, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                "minimum-wage-after-costs");

        // Net pay $295.50 + $370.50 = $666.00 over 26.0 h + 30.0 h = 56.0 h: $11.892857… → $11.89/h, under $15.00/h.
        assertThat(pay.status()).isEqualTo(Status.BREACHED);
        assertThat(pay.measured()).isEqualByComparingTo("11.89");
        assertThat(pay.formula()).startsWith("effective pay = net pay ÷ all hours = USD 666.00 ÷ 56.0 h = USD 11.89/h")
                .contains("US-MO USD 15.00/h from 2026-01-01");
        assertThat(pay.threshold().wages()).singleElement().satisfies(wage -> {
            assertThat(wage.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(wage.source().name()).contains("Missouri");
        });
        // W10: $15.00 × 26.0 h = $390.00 − $295.50 = $94.50; W11: $15.00 × 30.0 h = $450.00 − $370.50 = $79.50.
        assertThat(pay.backPay().weeks()).extracting(WeekBackPay::week, w -> w.threshold().minor(),
                        w -> w.netPay().minor(), w -> w.owed().minor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W10", 39000L, 29550L, 9450L),
                        org.assertj.core.groups.Tuple.tuple("2026-W11", 45000L, 37050L, 7950L));
        // $94.50 + $79.50 = $174.00.
        assertThat(pay.backPay().total()).isEqualTo(new Money(17400, "USD"));
        assertThat(pay.weeksAffected()).containsExactly("2026-W10", "2026-W11");
        assertThat(pay.recordIds()).hasSize(6);
    }

    @Test
    void aNairobiPerTaskWorkerPaidInDollarsIsHeldToTheKenyanMinimumWageThroughTheFxTable() {
        Engagement gig = WorkLogs.nairobiPerTaskModerator();
        // Week 2026-W06: 5 h tasks + 1 h instructions, then 5 h tasks + 1 h waiting = 12.0 h, 40 tasks at $0.15 = $6.00,
        // less a $1.00 transfer fee = $5.00 net.
        WorkLog log = new WorkLog(UUID.randomUUID(), NAIROBI, List.of(gig), List.of(
                session(gig, NAIROBI, LocalDateTime.of(2026, 2, 2, 8, 0), 300, Map.of(INSTRUCTIONS_AND_TRAINING, 60), 20, 15),
                session(gig, NAIROBI, LocalDateTime.of(2026, 2, 3, 8, 0), 300, Map.of(WAITING_FOR_TASKS, 60), 20, 15)),
                List.of(payment(gig, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 8), 600, 100)));

        Assessment assessment = assessor.assess(fairwork, log, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        Finding pay = finding(assessment, "minimum-wage-after-costs");

        // KES 16,113.75 a month ÷ 225.33 h = KES 71.5118/h (4 dp, half even); × 12.0 h = KES 858.1416;
        // at KES 129.03 per USD (rate of 2026-01-29, in force on Sunday 2026-02-08) = $6.6507… → $6.65.
        // Back pay: max(0, $6.65 − $5.00) = $1.65. Effective pay: $5.00 ÷ 12.0 h = $0.4166… → $0.42/h.
        assertThat(pay.status()).isEqualTo(Status.BREACHED);
        assertThat(pay.measured()).isEqualByComparingTo("0.42");
        WeekBackPay week = pay.backPay().weeks().get(0);
        assertThat(week.week()).isEqualTo("2026-W06");
        assertThat(week.threshold()).isEqualTo(new Money(665, "USD"));
        assertThat(week.owed()).isEqualTo(new Money(165, "USD"));
        assertThat(week.fx().fromPerUsd()).isEqualByComparingTo("129.03");
        assertThat(week.fx().fromDate()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(pay.threshold().wages()).singleElement()
                .satisfies(wage -> assertThat(wage.hourly()).isEqualByComparingTo(new BigDecimal("71.5118")));
        assertThat(pay.formula()).contains("KES 16,113.75 per month ÷ 225.33 h = KES 71.5118/h");
        // The same worker had no written contract: the contracts criterion is breached in the week worked.
        assertThat(finding(assessment, "clear-terms").status()).isEqualTo(Status.BREACHED);
        assertThat(finding(assessment, "per-task-time-estimate").status()).isEqualTo(Status.MET);
    }

    @Test
    void aPaymentFortyFiveDaysAfterItsPeriodAgainstAPromisedThirtyIsFifteenDaysLate() {
        Engagement gig = WorkLogs.kansasCityContractor(30);
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 2, 23, 9, 0), 480, Map.of(), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1), 12000, 0)));

        Finding late = finding(assessor.assess(fairwork, log, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1)),
                "pay-on-time");

        // 2026-03-01 → 2026-04-15 is 45 days; 45 − 30 promised = 15 days late.
        assertThat(late.status()).isEqualTo(Status.BREACHED);
        assertThat(late.measured()).isEqualByComparingTo("15");
        assertThat(late.formula()).isEqualTo("payment delay = (paid on − end of period paid for) − promised timeframe = "
                + "(2026-04-15 − 2026-03-01 = 45 days) − 30 days = 15 days late");
        assertThat(late.weeksAffected()).containsExactly("2026-W09");
        assertThat(late.recordIds()).containsExactly(log.payments().get(0).id());
    }

    @Test
    void aWeekWithNoRecordsHasNotEnoughDataForEveryCriterionAndNoDivisionByZero() {
        Engagement gig = WorkLogs.kansasCityContractor(7);
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(), List.of());

        Assessment assessment = assessor.assess(fairwork, log, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22));

        assertThat(assessment.findings()).isNotEmpty()
                .allSatisfy(finding -> {
                    assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
                    assertThat(finding.reason()).isNotBlank();
                    assertThat(finding.backPay()).isNull();
                });
    }

    @Test
    void aLivingWageCriterionWithNoLivingWageForTheJurisdictionSaysSoRatherThanBorrowingTheFederalFigure() {
        Engagement gig = WorkLogs.kansasCityContractor(7);
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 2, 8, 0), 480, Map.of(), 0, null)), List.of());

        Finding living = finding(assessor.assess(TestTables.guideline("pai-data-enrichment-2021"), log,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)), "living-wage-for-all-time");

        assertThat(living.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(living.reason()).isEqualTo("no living wage for US-MO in force on 2026-03-02");
    }
}
