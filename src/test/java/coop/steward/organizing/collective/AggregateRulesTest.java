package coop.steward.organizing.collective;

import coop.steward.common.validation.Language;
import coop.steward.guideline.TestTables;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.Threshold;
import coop.steward.organizing.collective.AggregateFinding.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregate rules on hand-worked cells: at each threshold and one unit past it, and never on suppressed figures. */
class AggregateRulesTest {

    static final Guideline FAIRWORK = TestTables.guideline("fairwork-cloudwork-2024");
    static final Guideline PAI = TestTables.guideline("pai-data-enrichment-2021");
    static final LocalDate END_OF_OCTOBER = LocalDate.of(2026, 10, 31);
    static final AggregateRules RULES = new AggregateRules(TestTables.tables(), Language.EN);

    /** A published cell of 7 workers with every measure published: 6,000 paid minutes and no unpaid time. */
    static Map<String, Long> fullValues() {
        Map<String, Long> values = new HashMap<>();
        values.put("PAID_MINUTES", 6_000L);
        AggregateRules.UNPAID.forEach(measure -> values.put(measure, 0L));
        values.put("PAYMENTS", 20L);
        values.put("LATE_PAYMENTS", 0L);
        values.put("WEEKS_BELOW_MINIMUM", 0L);
        values.put("WEEKS_ASSESSED_MINIMUM", 40L);
        values.put("WEEKS_BELOW_LIVING", 0L);
        values.put("WEEKS_ASSESSED_LIVING", 0L);
        values.put(AggregateRules.EXPOSURE_GRIEVANCES, 0L);
        return values;
    }

    static CellFigures cell(String jurisdiction, Map<String, Long> values, Long median) {
        return new CellFigures("vendor=Invisible Technologies, jurisdiction=" + jurisdiction + ", window", jurisdiction,
                YearMonth.of(2026, 1), YearMonth.of(2026, 10), null, 7, values, Map.of(), median, median);
    }

    static Criterion criterion(Guideline guideline, String id) {
        return guideline.criterion(id).orElseThrow();
    }

    static Criterion withThreshold(Criterion c, String number) {
        return new Criterion(c.id(), c.principle(), c.text(), c.source(), c.section(), c.measurable(), c.metric(),
                c.comparator(), Threshold.of(new BigDecimal(number)), c.unit(), c.severity(), c.question());
    }

    @Test
    void aMedianAtMissourisMinimumWageWithNoWeekBelowItIsMet() {
        AggregateFinding finding = RULES.assess(criterion(FAIRWORK, "minimum-wage-after-costs"),
                cell("US-MO", fullValues(), 1500L), END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.MET);
        assertThat(finding.figure()).isEqualTo("USD 15.00/h");
        assertThat(finding.threshold()).isEqualTo("USD 15.00/h");
        assertThat(finding.formula()).isEqualTo("median effective hourly pay after costs = USD 15.00/h (cell of 7 workers),"
                + " held to ≥ USD 15.00/h; minimum wage for US-MO: USD 15.00/h, in force from 2026-01-01;"
                + " worker-weeks below the minimum wage = 0 ÷ 40 = 0.0%");
        assertThat(finding.cellsUsed()).containsExactly("vendor=Invisible Technologies, jurisdiction=US-MO, window");
    }

    @Test
    void aMedianOneCentBelowMissourisMinimumWageIsABreach() {
        AggregateFinding finding = RULES.assess(criterion(FAIRWORK, "minimum-wage-after-costs"),
                cell("US-MO", fullValues(), 1499L), END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.BREACHED);
        assertThat(finding.figure()).isEqualTo("USD 14.99/h");
    }

    @Test
    void oneWorkerWeekBelowTheMinimumIsABreachEvenWhenTheMedianMeetsIt() {
        Map<String, Long> values = fullValues();
        values.put("WEEKS_BELOW_MINIMUM", 1L);

        AggregateFinding finding = RULES.assess(criterion(FAIRWORK, "minimum-wage-after-costs"),
                cell("US-MO", values, 1500L), END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.BREACHED);
        assertThat(finding.formula()).endsWith("worker-weeks below the minimum wage = 1 ÷ 40 = 2.5%");
    }

    @Test
    void kenyasMonthlyMinimumWageIsConvertedToDollarsAtTheRateInForce() {
        // KES 16,113.75 per month ÷ 225.33 h = KES 71.5118/h; ÷ 129.03 KES per USD (2026-01-29) = USD 0.554226/h.
        Criterion minimum = criterion(FAIRWORK, "minimum-wage-after-costs");

        AggregateFinding below = RULES.assess(minimum, cell("KE", fullValues(), 55L), END_OF_OCTOBER);
        AggregateFinding above = RULES.assess(minimum, cell("KE", fullValues(), 56L), END_OF_OCTOBER);

        assertThat(below.status()).isEqualTo(Status.BREACHED);
        assertThat(above.status()).isEqualTo(Status.MET);
        assertThat(above.threshold()).isEqualTo("USD 0.55/h");
        assertThat(above.formula()).contains("minimum wage for KE: KES 16,113.75 per month ÷ 225.33 h = KES 71.5118/h",
                "converted at 129.03 KES per USD (2026-01-29) = USD 0.55/h");
    }

    @Test
    void noLivingWageFromARecognisedSourceForMissouriIsNotEnoughData() {
        AggregateFinding finding = RULES.assess(criterion(PAI, "living-wage-for-all-time"),
                cell("US-MO", fullValues(), 1500L), END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(finding.formula()).contains("no living wage for US-MO in force on 2026-10-31");
    }

    @Test
    void aSuppressedMedianIsNeverAFindingEvenWhenAnotherFigureWouldSayMet() {
        CellFigures cell = new CellFigures("vendor=Sama, jurisdiction=KE, window", "KE", YearMonth.of(2026, 1),
                YearMonth.of(2026, 10), null, 7, fullValues(), Map.of(), null, null);

        AggregateFinding finding = RULES.assess(criterion(FAIRWORK, "minimum-wage-after-costs"), cell, END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(finding.figure()).isNull();
        assertThat(finding.formula()).contains("median effective hourly pay of the cell vendor=Sama, jurisdiction=KE, window is not published");
    }

    @Test
    void aSuppressedCellGivesNotEnoughDataForEveryCriterion() {
        CellFigures suppressed = new CellFigures("vendor=Sama, jurisdiction=KE, window", "KE", YearMonth.of(2026, 1),
                YearMonth.of(2026, 10), "fewer than 5 workers", null, Map.of(), Map.of(), null, null);

        List<AggregateFinding> findings = RULES.assess(FAIRWORK, suppressed, END_OF_OCTOBER);

        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(finding.figure()).isNull();
            assertThat(finding.formula()).contains("is not published (fewer than 5 workers)");
        });
        assertThat(findings).extracting(AggregateFinding::criterionId).doesNotContain("safe-conditions", "due-process");
    }

    @Test
    void theUnpaidShareAtItsThresholdIsMetAndOneTenthOfAPercentPastItIsABreach() {
        Criterion tenPercent = withThreshold(criterion(PAI, "associated-time-is-paid"), "10");
        Map<String, Long> atTen = fullValues();
        atTen.put("PAID_MINUTES", 900L);
        atTen.put("UNPAID_WAITING_FOR_TASKS", 100L);
        Map<String, Long> pastTen = fullValues();
        pastTen.put("PAID_MINUTES", 899L);
        pastTen.put("UNPAID_WAITING_FOR_TASKS", 101L);

        AggregateFinding met = RULES.assess(tenPercent, cell("US-MO", atTen, 1500L), END_OF_OCTOBER);
        AggregateFinding breached = RULES.assess(tenPercent, cell("US-MO", pastTen, 1500L), END_OF_OCTOBER);

        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.formula()).isEqualTo("unpaid share = unpaid time ÷ all time = 1.7 h ÷ 16.7 h = 10.0%, held to ≤ 10%");
        assertThat(breached.status()).isEqualTo(Status.BREACHED);
        assertThat(breached.figure()).isEqualTo("10.1%");
    }

    @Test
    void aSuppressedUnpaidCategoryMakesTheUnpaidShareNotEnoughData() {
        Map<String, Long> values = fullValues();
        values.remove("UNPAID_REWORK");
        CellFigures cell = new CellFigures("vendor=Appen, window", null, YearMonth.of(2026, 1), YearMonth.of(2026, 10),
                null, 9, values, Map.of("UNPAID_REWORK", "dominated by one or two workers"), 1600L, 1200L);

        AggregateFinding finding = RULES.assess(criterion(PAI, "associated-time-is-paid"), cell, END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(finding.formula()).isEqualTo(
                "unpaid rework is suppressed in the cell vendor=Appen, window (dominated by one or two workers)");
    }

    @Test
    void noLatePaymentIsMetAndOneLatePaymentIsABreach() {
        Criterion onTime = criterion(FAIRWORK, "pay-on-time");
        Map<String, Long> oneLate = fullValues();
        oneLate.put("LATE_PAYMENTS", 1L);

        assertThat(RULES.assess(onTime, cell("US-MO", fullValues(), 1500L), END_OF_OCTOBER).status()).isEqualTo(Status.MET);
        AggregateFinding breached = RULES.assess(onTime, cell("US-MO", oneLate, 1500L), END_OF_OCTOBER);
        assertThat(breached.status()).isEqualTo(Status.BREACHED);
        assertThat(breached.formula()).isEqualTo("late payments = 1 of 20 payments = 5.0%");
    }

    @Test
    void aDelayThresholdInDaysCannotBeCheckedOnCountsOfLatePayments() {
        Criterion threeDays = withThreshold(criterion(FAIRWORK, "pay-on-time"), "3");

        AggregateFinding finding = RULES.assess(threeDays, cell("US-MO", fullValues(), 1500L), END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void unpaidOnboardingHoursPerWorkerAtTheThresholdAreMetAndAMinuteMoreIsABreach() {
        Criterion twoHours = withThreshold(criterion(PAI, "clear-instructions"), "2");
        Map<String, Long> at = fullValues();
        at.put("UNPAID_ONBOARDING_AND_TESTS", 600L);
        at.put("UNPAID_INSTRUCTIONS_AND_TRAINING", 240L);
        Map<String, Long> past = fullValues();
        past.put("UNPAID_ONBOARDING_AND_TESTS", 601L);
        past.put("UNPAID_INSTRUCTIONS_AND_TRAINING", 240L);

        AggregateFinding met = RULES.assess(twoHours, cell("US-MO", at, 1500L), END_OF_OCTOBER);

        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.formula()).isEqualTo("unpaid hours (unpaid onboarding and training hours per worker) = 14.0 h"
                + " ÷ 7 workers = 2.00 h per worker, held to ≤ 2 h");
        assertThat(RULES.assess(twoHours, cell("US-MO", past, 1500L), END_OF_OCTOBER).status()).isEqualTo(Status.BREACHED);
    }

    @Test
    void oneGrievanceOfExposureWithoutSupportIsABreach() {
        Criterion harm = criterion(FAIRWORK, "protect-from-harm");
        Map<String, Long> one = fullValues();
        one.put(AggregateRules.EXPOSURE_GRIEVANCES, 1L);

        assertThat(RULES.assess(harm, cell("KE", fullValues(), 90L), END_OF_OCTOBER).status()).isEqualTo(Status.MET);
        assertThat(RULES.assess(harm, cell("KE", one, 90L), END_OF_OCTOBER).status()).isEqualTo(Status.BREACHED);
    }

    @Test
    void criteriaTheAggregatesDoNotMeasureAreNotEnoughData() {
        AggregateFinding agreed = RULES.assess(criterion(FAIRWORK, "pay-as-agreed"), cell("US-MO", fullValues(), 1500L),
                END_OF_OCTOBER);

        assertThat(agreed.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(agreed.formula()).startsWith("the published aggregate figures do not measure pay against the agreed rate");
    }

    @Test
    void overSeveralJurisdictionsOnlyTheWorkerWeeksHeldToEachPlacesWageSpeak() {
        CellFigures vendorTotal = new CellFigures("vendor=Appen, window", null, YearMonth.of(2026, 1),
                YearMonth.of(2026, 10), null, 12, fullValues(), Map.of(), 1400L, 900L);

        AggregateFinding finding = RULES.assess(criterion(FAIRWORK, "minimum-wage-after-costs"), vendorTotal, END_OF_OCTOBER);

        assertThat(finding.status()).isEqualTo(Status.MET);
        assertThat(finding.formula()).contains("worker-weeks below the minimum wage = 0 ÷ 40 = 0.0%");
    }

    @Test
    void everyKeyOfTheCollectiveWordsExistsInEveryLanguage() {
        Map<Language, Map<String, String>> all = CollectiveWords.all();
        for (Language language : Language.values()) {
            assertThat(all.get(language).keySet()).as(language.code()).isEqualTo(all.get(Language.EN).keySet());
        }
    }
}
