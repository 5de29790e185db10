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

    /** A day long after every period these tests assess, when all their pay is due. */
    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

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

        Finding pay = finding(assessor.assess(fairwork, log, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LATER),
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

        Assessment assessment = assessor.assess(fairwork, log, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LATER);
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

        Finding late = finding(assessor.assess(fairwork, log, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1), LATER),
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

        Assessment assessment = assessor.assess(fairwork, log, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22), LATER);

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
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), LATER), "living-wage-for-all-time");

        assertThat(living.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(living.reason()).isEqualTo("no living wage for US-MO in force on 2026-03-02");
    }

    /**
     * The demo worker on 1 December 2026: week 2026-W47 (16–22 November) was paid on the 27th, week 2026-W48
     * (23–29 November) is promised within 7 days of its end, by 6 December. Each week: 8 h paid + 1 h waiting,
     * $120.00 gross less a $3.00 transfer fee.
     */
    private WorkLog demoLikeWeeks(Engagement gig) {
        return new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 11, 18, 18, 0), 480, Map.of(WAITING_FOR_TASKS, 60), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 11, 25, 18, 0), 480, Map.of(WAITING_FOR_TASKS, 60), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22),
                        12000, 300)));
    }

    private Assessment demoLikeAssessmentOn(WorkLog log, LocalDate asOf) {
        return assessor.assess(fairwork, log, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), asOf);
    }

    @Test
    void aWeekWhosePromisedPaymentDateHasNotPassedIsNotYetDueAndOwesNoBackPay() {
        Engagement gig = WorkLogs.kansasCityContractor(7);

        Assessment assessment = demoLikeAssessmentOn(demoLikeWeeks(gig), LocalDate.of(2026, 12, 1));
        Finding pay = finding(assessment, "minimum-wage-after-costs");

        // Only 2026-W47 counts: $15.00 × 9.0 h = $135.00 − $117.00 net = $18.00; $117.00 ÷ 9.0 h = $13.00/h.
        assertThat(pay.status()).isEqualTo(Status.BREACHED);
        assertThat(pay.measured()).isEqualByComparingTo("13.00");
        assertThat(pay.backPay().weeks()).extracting(WeekBackPay::week).containsExactly("2026-W47");
        assertThat(pay.backPay().total()).isEqualTo(new Money(1800, "USD"));
        assertThat(pay.weeksAffected()).containsExactly("2026-W47");
        assertThat(pay.backPay().notYetDue()).containsExactly(
                new PendingWeek("2026-W48", new BigDecimal("9.00"), LocalDate.of(2026, 12, 6)));
        assertThat(assessment.notYetDue()).isEqualTo(pay.backPay().notYetDue());
        assertThat(pay.formula()).endsWith("not yet due, so not counted: 2026-W48 (9 h, payment promised by 2026-12-06)");
    }

    @Test
    void payNotYetDueIsNeitherLateNorShortOfTheAgreedRate() {
        Engagement gig = WorkLogs.kansasCityContractor(7);

        Assessment assessment = demoLikeAssessmentOn(demoLikeWeeks(gig), LocalDate.of(2026, 12, 1));

        // 2026-W47: $120.00 received for 8.0 h at $15.00 = 100 %; 2026-W48 is left out until 6 December has passed.
        assertThat(finding(assessment, "pay-as-agreed").status()).isEqualTo(Status.MET);
        assertThat(finding(assessment, "pay-as-agreed").measured()).isEqualByComparingTo("100.0");
        // Paid on 27 November for a week ending the 22nd: 5 days, within the 7 promised.
        assertThat(finding(assessment, "pay-on-time").status()).isEqualTo(Status.MET);
        assertThat(finding(assessment, "pay-on-time").measured()).isEqualByComparingTo("0");
    }

    @Test
    void onThePromisedPaymentDateItselfTheWeekIsStillNotYetDue() {
        Engagement gig = WorkLogs.kansasCityContractor(7);

        Assessment assessment = demoLikeAssessmentOn(demoLikeWeeks(gig), LocalDate.of(2026, 12, 6));

        assertThat(assessment.notYetDue()).extracting(PendingWeek::week).containsExactly("2026-W48");
        assertThat(finding(assessment, "minimum-wage-after-costs").backPay().total()).isEqualTo(new Money(1800, "USD"));
        assertThat(finding(assessment, "pay-on-time").status()).isEqualTo(Status.MET);
    }

    @Test
    void theDayAfterThePromisedPaymentDateAnUnpaidWeekIsOwedInFullAndLate() {
        Engagement gig = WorkLogs.kansasCityContractor(7);

        Assessment assessment = demoLikeAssessmentOn(demoLikeWeeks(gig), LocalDate.of(2026, 12, 7));
        Finding pay = finding(assessment, "minimum-wage-after-costs");

        // 2026-W48 now counts with no pay: $135.00 owed; with W47's $18.00, $153.00. $117.00 ÷ 18.0 h = $6.50/h.
        assertThat(assessment.notYetDue()).isEmpty();
        assertThat(pay.backPay().total()).isEqualTo(new Money(15300, "USD"));
        assertThat(pay.measured()).isEqualByComparingTo("6.50");
        assertThat(pay.weeksAffected()).containsExactly("2026-W47", "2026-W48");
        // $120.00 received ÷ ($15.00/h × 16.0 h = $240.00) = 50.0 %.
        assertThat(finding(assessment, "pay-as-agreed").measured()).isEqualByComparingTo("50.0");
        Finding onTime = finding(assessment, "pay-on-time");
        assertThat(onTime.status()).isEqualTo(Status.BREACHED);
        assertThat(onTime.measured()).isEqualByComparingTo("1");
        assertThat(onTime.formula()).isEqualTo("payment delay = day of assessment − promised payment date, still unpaid = "
                + "2026-12-07 − 2026-12-06 = 1 days late for the work of 2026-11-25");
        assertThat(onTime.weeksAffected()).containsExactly("2026-W48");
    }

    @Test
    void whenNoWeekIsDueYetEffectivePayHasNotEnoughDataAndSaysWhy() {
        Engagement gig = WorkLogs.kansasCityContractor(7);

        Finding pay = finding(assessor.assess(fairwork, demoLikeWeeks(gig), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 1)), "minimum-wage-after-costs");

        assertThat(pay.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(pay.reason()).isEqualTo("pay for every week worked between 2026-11-23 and 2026-11-29 is not yet due: "
                + "2026-W48 (9 h, payment promised by 2026-12-06)");
    }

    @Test
    void aGigInTheKansasCityMetroAreaIsHeldToTheMetroLivingWageAndThePackCitesIt() {
        Engagement gig = WorkLogs.kansasCityMetroContractor();
        // 8 h paid + 2 h waiting = 10.0 h, $150.00 gross less a $3.00 transfer fee = $147.00 net.
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 2, 8, 0), 480, Map.of(WAITING_FOR_TASKS, 120), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 15000, 300)));

        Finding living = finding(assessor.assess(TestTables.guideline("pai-data-enrichment-2021"), log,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), LATER), "living-wage-for-all-time");

        // MIT's $14.40/h × 10.0 h = $144.00 ≤ $147.00 net: met, nothing owed; $14.70/h effective.
        assertThat(living.status()).isEqualTo(Status.MET);
        assertThat(living.measured()).isEqualByComparingTo("14.70");
        assertThat(living.backPay().total()).isEqualTo(new Money(0, "USD"));
        assertThat(living.threshold().wages()).singleElement().satisfies(wage -> {
            assertThat(wage.area()).isEqualTo("Kansas City, MO-KS metropolitan area");
            assertThat(wage.household()).isEqualTo("one adult, no children");
            assertThat(wage.precision()).isEqualTo("approximate");
            assertThat(wage.source().name()).startsWith("MIT Living Wage Calculator");
        });
        assertThat(living.formula()).contains("US-MO, Kansas City, MO-KS metropolitan area USD 14.40/h from 2021-01-01 (approximate)");
    }

    @Test
    void theMetroAreaHasNoMinimumWageOfItsOwnSoTheStateFigureApplies() {
        Engagement gig = WorkLogs.kansasCityMetroContractor();
        WorkLog log = new WorkLog(UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 2, 8, 0), 480, Map.of(WAITING_FOR_TASKS, 120), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 15000, 300)));

        Finding minimum = finding(assessor.assess(fairwork, log, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), LATER),
                "minimum-wage-after-costs");

        // Missouri's $15.00/h × 10.0 h = $150.00 − $147.00 = $3.00 owed.
        assertThat(minimum.backPay().total()).isEqualTo(new Money(300, "USD"));
        assertThat(minimum.threshold().wages()).singleElement()
                .satisfies(wage -> assertThat(wage.area()).isNull());
    }
}
