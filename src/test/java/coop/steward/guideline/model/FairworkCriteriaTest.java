package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;

import static coop.steward.guideline.model.GivenRecords.aBuenosAiresLabelerPaidInDollars;
import static coop.steward.guideline.model.GivenRecords.aBuenosAiresLabelerPaidInSwissFrancs;
import static coop.steward.guideline.model.GivenRecords.aKansasCityContractor;
import static coop.steward.guideline.model.GivenRecords.aKansasCityContractorWithNoPromisedPaymentDate;
import static coop.steward.guideline.model.GivenRecords.aKansasCityContractorWithoutAWrittenContract;
import static coop.steward.guideline.model.GivenRecords.aKansasCityPerTaskModerator;
import static coop.steward.guideline.model.UnpaidCategory.REJECTED_OR_DISPUTED;
import static coop.steward.guideline.model.UnpaidCategory.WAITING_FOR_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every criterion of the Fairwork cloudwork principles, worked by hand: met, breached and not enough data, at and
 * one minor unit past each threshold. The week of 2 March 2026 (2026-W10) is the usual week; Missouri's minimum
 * wage is $15.00 an hour from 1 January 2026 and was $13.75 in 2025.
 */
class FairworkCriteriaTest {

    private static final String FAIRWORK = "fairwork-cloudwork-2024";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private static Finding fairwork(GivenRecords records, String criterion) {
        return records.heldTo(FAIRWORK, criterion, MONDAY, SUNDAY);
    }

    @Nested
    class MinimumWageAfterCosts {

        /** 8 h paid on Monday, 2 h paid and 1 h waiting on Tuesday: 11.0 h that $15.00/h owes $165.00 for. */
        private GivenRecords elevenHoursPaidNet(long netMinor) {
            return aKansasCityContractor().worked(MONDAY, 480).worked(TUESDAY, 120, Map.of(WAITING_FOR_TASKS, 60))
                    .wasPaid(netMinor + 300, 300, SUNDAY.plusDays(5), MONDAY, SUNDAY);
        }

        @Test
        void netPayOfExactlyTheMinimumWageForAllHoursIsMetWithNoBackPay() {
            Finding pay = fairwork(elevenHoursPaidNet(16500), "minimum-wage-after-costs");

            assertThat(pay.status()).isEqualTo(Status.MET);
            assertThat(pay.measured()).isEqualByComparingTo("15.00");
            assertThat(pay.backPay().total()).isEqualTo(new Money(0, "USD"));
            assertThat(pay.weeksAffected()).isEmpty();
        }

        @Test
        void oneCentLessThanTheMinimumWageForAllHoursIsABreachOwingThatCent() {
            Finding pay = fairwork(elevenHoursPaidNet(16499), "minimum-wage-after-costs");

            assertThat(pay.status()).isEqualTo(Status.BREACHED);
            assertThat(pay.backPay().total()).isEqualTo(new Money(1, "USD"));
            assertThat(pay.weeksAffected()).containsExactly("2026-W10");
            assertThat(pay.formula()).contains("USD 164.99 ÷ 11.0 h", "2026-W10: USD 165.00 for 11 h − USD 164.99 = USD 0.01");
        }

        @Test
        void feesTheWorkerBearsAreTakenOffBeforeComparingWithTheMinimumWage() {
            // Gross $168.00 is above $165.00, but $3.01 of fees leave $164.99 net.
            GivenRecords records = aKansasCityContractor().worked(MONDAY, 480).worked(TUESDAY, 120, Map.of(WAITING_FOR_TASKS, 60))
                    .wasPaid(16800, 301, SUNDAY.plusDays(5), MONDAY, SUNDAY);

            assertThat(fairwork(records, "minimum-wage-after-costs").status()).isEqualTo(Status.BREACHED);
        }

        /** Wednesday 31 December 2025 at $13.75/h and Friday 2 January 2026 at $15.00/h, both in week 2026-W01. */
        private Finding aWeekAcrossNewYearPaid(long grossMinor) {
            LocalDate monday = LocalDate.of(2025, 12, 29);
            return aKansasCityContractor().worked(LocalDate.of(2025, 12, 31), 480).worked(LocalDate.of(2026, 1, 2), 480)
                    .wasPaid(grossMinor, LocalDate.of(2026, 1, 9), monday, monday.plusDays(6))
                    .heldTo(FAIRWORK, "minimum-wage-after-costs", monday, monday.plusDays(6));
        }

        @Test
        void aWeekSpanningAWageChangeOwesEachDayAtTheWageInForceThatDay() {
            // $13.75 × 8 h + $15.00 × 8 h = $110.00 + $120.00 = $230.00.
            Finding pay = aWeekAcrossNewYearPaid(23000);

            assertThat(pay.status()).isEqualTo(Status.MET);
            assertThat(pay.backPay().weeks()).singleElement()
                    .satisfies(week -> assertThat(week.threshold()).isEqualTo(new Money(23000, "USD")));
            assertThat(pay.threshold().wages()).extracting(WageCitation::effectiveFrom)
                    .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        }

        @Test
        void aCentShortOfTheBlendedWageAcrossAWageChangeIsABreach() {
            Finding pay = aWeekAcrossNewYearPaid(22999);

            assertThat(pay.status()).isEqualTo(Status.BREACHED);
            assertThat(pay.backPay().total()).isEqualTo(new Money(1, "USD"));
            assertThat(pay.weeksAffected()).containsExactly("2026-W01");
        }

        /**
         * Argentina's minimum wage is ARS 322,000 a month ÷ 200 h = ARS 1,610/h. The peso's rate moves from 1,205 to
         * 1,450 per dollar on 2 January 2026; each week converts at the rate in force on its Sunday.
         */
        private Finding aBuenosAiresFortnightPaid(long lastWeekMinor) {
            LocalDate christmasMonday = LocalDate.of(2025, 12, 22);
            LocalDate newYearMonday = LocalDate.of(2025, 12, 29);
            return aBuenosAiresLabelerPaidInDollars()
                    .worked(christmasMonday, 480).worked(newYearMonday, 480)
                    .wasPaid(1069, LocalDate.of(2026, 1, 2), christmasMonday, christmasMonday.plusDays(6))
                    .wasPaid(lastWeekMinor, LocalDate.of(2026, 1, 9), newYearMonday, newYearMonday.plusDays(6))
                    .heldTo(FAIRWORK, "minimum-wage-after-costs", christmasMonday, newYearMonday.plusDays(6));
        }

        @Test
        void aWageInAnotherCurrencyIsConvertedAtTheRateInForceOnTheWeeksSunday() {
            Finding pay = aBuenosAiresFortnightPaid(888);

            // 2025-W52: ARS 12,880 ÷ 1,205 = $10.688… → $10.69. 2026-W01 (worked on 29 December, before the new rate,
            // but its Sunday is 4 January): ARS 12,880 ÷ 1,450 = $8.8827… → $8.88.
            assertThat(pay.status()).isEqualTo(Status.MET);
            assertThat(pay.backPay().weeks()).extracting(WeekBackPay::week, week -> week.threshold().minor(),
                            week -> week.fx().fromPerUsd().stripTrailingZeros().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-W52", 1069L, "1205"),
                            org.assertj.core.groups.Tuple.tuple("2026-W01", 888L, "1450"));
        }

        @Test
        void aCentBelowTheConvertedWageIsABreachInThatWeekOnly() {
            Finding pay = aBuenosAiresFortnightPaid(887);

            assertThat(pay.status()).isEqualTo(Status.BREACHED);
            assertThat(pay.weeksAffected()).containsExactly("2026-W01");
            assertThat(pay.backPay().total()).isEqualTo(new Money(1, "USD"));
        }

        @Test
        void payInACurrencyWithNoExchangeRateHasNotEnoughDataRatherThanAGuess() {
            Finding pay = aBuenosAiresLabelerPaidInSwissFrancs().worked(MONDAY, 480)
                    .wasPaid(20000, SUNDAY.plusDays(5), MONDAY, SUNDAY)
                    .heldTo(FAIRWORK, "minimum-wage-after-costs", MONDAY, SUNDAY);

            assertThat(pay.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(pay.reason()).contains("no exchange rate");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            Finding pay = fairwork(aKansasCityContractor(), "minimum-wage-after-costs");

            assertThat(pay.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(pay.backPay()).isNull();
        }
    }

    @Nested
    class PayOnTime {

        @Test
        void payArrivingOnTheLastPromisedDayIsOnTime() {
            // The week ends on Sunday 8 March; seven days later is Sunday 15 March.
            Finding late = fairwork(aKansasCityContractor().worked(MONDAY, 480)
                    .wasPaid(12000, SUNDAY.plusDays(7), MONDAY, SUNDAY), "pay-on-time");

            assertThat(late.status()).isEqualTo(Status.MET);
            assertThat(late.measured()).isEqualByComparingTo("0");
        }

        @Test
        void payArrivingOneDayAfterThePromisedDayIsADayLate() {
            Finding late = fairwork(aKansasCityContractor().worked(MONDAY, 480)
                    .wasPaid(12000, SUNDAY.plusDays(8), MONDAY, SUNDAY), "pay-on-time");

            assertThat(late.status()).isEqualTo(Status.BREACHED);
            assertThat(late.measured()).isEqualByComparingTo("1");
            assertThat(late.weeksAffected()).containsExactly("2026-W10");
        }

        @Test
        void workNeverPaidIsLateByEveryDaySinceThePromisedDate() {
            Finding late = fairwork(aKansasCityContractor().worked(MONDAY, 480), "pay-on-time");

            // Promised by 15 March; the assessment is made on 31 December: 291 days.
            assertThat(late.status()).isEqualTo(Status.BREACHED);
            assertThat(late.measured()).isEqualByComparingTo("291");
            assertThat(late.formula()).contains("still unpaid");
        }

        @Test
        void aGigThatNeverPromisedAPaymentDateHasNotEnoughDataForLateness() {
            Finding late = fairwork(aKansasCityContractorWithNoPromisedPaymentDate().worked(MONDAY, 480)
                    .wasPaid(12000, SUNDAY.plusDays(30), MONDAY, SUNDAY), "pay-on-time");

            assertThat(late.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class PayForAllCompletedWork {

        @Test
        void noRejectedOrDisputedWorkLeftUnpaidIsMet() {
            Finding rejected = fairwork(aKansasCityContractor().worked(MONDAY, 420, Map.of(WAITING_FOR_TASKS, 60)),
                    "pay-for-all-completed-work");

            assertThat(rejected.status()).isEqualTo(Status.MET);
            assertThat(rejected.measured()).isEqualByComparingTo("0");
        }

        @Test
        void evenOneMinuteOfUnpaidRejectedWorkIsABreach() {
            Finding rejected = fairwork(aKansasCityContractor().worked(MONDAY, 479, Map.of(REJECTED_OR_DISPUTED, 1)),
                    "pay-for-all-completed-work");

            assertThat(rejected.status()).isEqualTo(Status.BREACHED);
            assertThat(rejected.measured()).isEqualByComparingTo("0.02");
            assertThat(rejected.weeksAffected()).containsExactly("2026-W10");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(fairwork(aKansasCityContractor(), "pay-for-all-completed-work").status())
                    .isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class PayAsAgreed {

        @Test
        void grossPayOfExactlyTheAgreedRateForThePaidHoursIsMet() {
            // $15.00 × 8 h = $120.00.
            Finding agreed = fairwork(aKansasCityContractor().worked(MONDAY, 480)
                    .wasPaid(12000, 500, SUNDAY.plusDays(5), MONDAY, SUNDAY), "pay-as-agreed");

            assertThat(agreed.status()).isEqualTo(Status.MET);
            assertThat(agreed.measured()).isEqualByComparingTo("100.0");
        }

        @Test
        void oneCentShortOfTheAgreedPayIsABreachAndDoesNotRoundUpToAHundredPercent() {
            Finding agreed = fairwork(aKansasCityContractor().worked(MONDAY, 480)
                    .wasPaid(11999, SUNDAY.plusDays(5), MONDAY, SUNDAY), "pay-as-agreed");

            assertThat(agreed.status()).isEqualTo(Status.BREACHED);
            assertThat(agreed.measured()).isEqualByComparingTo("99.9");
            assertThat(agreed.formula()).contains("USD 119.99 ÷ USD 120.00");
        }

        @Test
        void perTaskPayIsHeldToTheAgreedPriceOfTheTasksDone() {
            // 30 tasks at $0.50 = $15.00; $14.99 is short.
            Finding agreed = fairwork(aKansasCityPerTaskModerator().didTasks(MONDAY, 120, 30, 4)
                    .wasPaid(1499, SUNDAY.plusDays(5), MONDAY, SUNDAY), "pay-as-agreed");

            assertThat(agreed.status()).isEqualTo(Status.BREACHED);
            assertThat(agreed.formula()).contains("USD 0.50 per task × 30 tasks");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(fairwork(aKansasCityContractor(), "pay-as-agreed").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class PerTaskTimeEstimate {

        @Test
        void perTaskWorkShownAnEstimateBeforeAcceptingIsMet() {
            Finding estimate = fairwork(aKansasCityPerTaskModerator().didTasks(MONDAY, 120, 30, 4),
                    "per-task-time-estimate");

            assertThat(estimate.status()).isEqualTo(Status.MET);
            assertThat(estimate.measured()).isEqualByComparingTo("0");
        }

        @Test
        void oneSessionOfPerTaskWorkWithoutAnEstimateIsABreach() {
            Finding estimate = fairwork(aKansasCityPerTaskModerator().didTasks(MONDAY, 120, 30, 4)
                    .didTasks(TUESDAY, 120, 30, null), "per-task-time-estimate");

            assertThat(estimate.status()).isEqualTo(Status.BREACHED);
            assertThat(estimate.measured()).isEqualByComparingTo("1");
            assertThat(estimate.formula()).isEqualTo("per-task sessions without a time estimate = 1 of 2");
        }

        @Test
        void hourlyWorkAloneHasNotEnoughDataAboutPerTaskEstimates() {
            assertThat(fairwork(aKansasCityContractor().worked(MONDAY, 480), "per-task-time-estimate").status())
                    .isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class ProtectFromHarm {

        @Test
        void distressingContentMetWithSupportIsMet() {
            assertThat(fairwork(aKansasCityContractor().sawDistressingContent(MONDAY, 240, true), "protect-from-harm")
                    .status()).isEqualTo(Status.MET);
        }

        @Test
        void oneDistressingSessionWithoutSupportIsABreach() {
            Finding harm = fairwork(aKansasCityContractor().sawDistressingContent(MONDAY, 240, true)
                    .sawDistressingContent(TUESDAY, 240, false), "protect-from-harm");

            assertThat(harm.status()).isEqualTo(Status.BREACHED);
            assertThat(harm.measured()).isEqualByComparingTo("1");
            assertThat(harm.weeksAffected()).containsExactly("2026-W10");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(fairwork(aKansasCityContractor(), "protect-from-harm").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class ClearTerms {

        @Test
        void workUnderAWrittenContractIsMet() {
            assertThat(fairwork(aKansasCityContractor().worked(MONDAY, 480), "clear-terms").status())
                    .isEqualTo(Status.MET);
        }

        @Test
        void workOnAGigWithoutAWrittenContractIsABreach() {
            Finding terms = fairwork(aKansasCityContractorWithoutAWrittenContract().worked(MONDAY, 480), "clear-terms");

            assertThat(terms.status()).isEqualTo(Status.BREACHED);
            assertThat(terms.formula()).isEqualTo("engagements worked without a written contract = 1 of 1");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(fairwork(aKansasCityContractorWithoutAWrittenContract(), "clear-terms").status())
                    .isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"safe-conditions", "fair-terms", "due-process", "equity-in-management", "worker-voice",
            "democratic-governance"})
    void aCriterionOnlyAVendorsAnswersCanAssessHasNotEnoughDataFromAWorkersRecords(String criterion) {
        Finding finding = fairwork(aKansasCityContractorWithoutAWrittenContract().worked(MONDAY, 480)
                .wasPaid(12000, SUNDAY.plusDays(5), MONDAY, SUNDAY), criterion);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(finding.reason()).contains("vendor's answers");
    }
}
