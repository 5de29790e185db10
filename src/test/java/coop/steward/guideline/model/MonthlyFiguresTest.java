package coop.steward.guideline.model;

import coop.steward.guideline.TestTables;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static coop.steward.guideline.model.UnpaidCategory.INSTRUCTIONS_AND_TRAINING;
import static coop.steward.guideline.model.UnpaidCategory.WAITING_FOR_TASKS;
import static coop.steward.guideline.model.WorkLogs.KANSAS_CITY;
import static coop.steward.guideline.model.WorkLogs.kansasCityContractor;
import static coop.steward.guideline.model.WorkLogs.payment;
import static coop.steward.guideline.model.WorkLogs.session;
import static org.assertj.core.api.Assertions.assertThat;

class MonthlyFiguresTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    @Test
    void aPaymentsMoneyFallsInTheMonthsOfTheDaysItPaysForInProportionToTheirMinutes() {
        Engagement gig = kansasCityContractor(7);
        WorkLog log = new WorkLog(java.util.UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 31, 9, 0), 120, Map.of(), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 4, 2, 9, 0), 40, Map.of(WAITING_FOR_TASKS, 20), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 5), 4500, 300)));

        List<MonthlyFigures.GigMonth> months = MonthlyFigures.of(log, TestTables.tables(), LATER, "USD").months();

        MonthlyFigures.GigMonth march = months.get(0);
        MonthlyFigures.GigMonth april = months.get(1);
        assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
        // Net USD 42.00 over 180 minutes: 120 of them on 31 March, 60 on 2 April.
        assertThat(march.netMinor()).isEqualTo(2800);
        assertThat(april.netMinor()).isEqualTo(1400);
        assertThat(march.grossMinor() + april.grossMinor()).isEqualTo(4500);
        assertThat(march.feesMinor() + april.feesMinor()).isEqualTo(300);
        assertThat(april.unpaidMinutes()).containsEntry(WAITING_FOR_TASKS, 20).containsEntry(INSTRUCTIONS_AND_TRAINING, 0);
        // One payment, counted where its period ends, and one week, counted where its work began.
        assertThat(march.payments()).isZero();
        assertThat(april.payments()).isEqualTo(1);
        assertThat(march.workerWeeks()).isEqualTo(1);
        assertThat(april.workerWeeks()).isZero();
        assertThat(march.netReportingMinor()).isEqualTo(2800);
    }

    @Test
    void weeksBelowTheMinimumWageAndLatePaymentsAreTheOnesTheWorkersOwnAssessmentFinds() {
        Engagement gig = kansasCityContractor(7);
        WorkLog log = new WorkLog(java.util.UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 2, 8, 0), 600,
                        Map.of(WAITING_FOR_TASKS, 120, INSTRUCTIONS_AND_TRAINING, 60), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 4, 8, 0), 600,
                        Map.of(WAITING_FOR_TASKS, 120, INSTRUCTIONS_AND_TRAINING, 60), 0, null),
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 16, 7, 0), 240, Map.of(), 0, null)),
                List.of(payment(gig, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 30000, 450),
                        payment(gig, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22), 6400, 0)));

        MonthlyFigures.GigMonth march = MonthlyFigures.of(log, TestTables.tables(), LATER, "USD").months().get(0);
        Assessment assessment = new Assessor(TestTables.tables()).assess(TestTables.guideline("fairwork-cloudwork-2024"),
                log, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LATER);
        Finding pay = assessment.findings().stream().filter(f -> f.criterionId().equals("minimum-wage-after-costs"))
                .findFirst().orElseThrow();

        // Week 10: USD 295.50 for 26 h is under Missouri's USD 15.00/h; week 12: USD 64.00 for 4 h is over it.
        assertThat(march.workerWeeks()).isEqualTo(2);
        assertThat(march.weeksAssessedMinimum()).isEqualTo(2);
        assertThat(march.weeksBelowMinimum()).isEqualTo(1);
        assertThat(pay.backPay().weeks()).filteredOn(week -> week.owed().minor() > 0).extracting(WeekBackPay::week)
                .containsExactly("2026-W10");
        // Paid 19 days after the week it covers, against 7 promised.
        assertThat(march.payments()).isEqualTo(2);
        assertThat(march.latePayments()).isEqualTo(1);
    }

    @Test
    void aWeekWhosePayIsNotYetDueIsNotAssessedAndTheFiguresSayWhenItFallsDue() {
        Engagement gig = kansasCityContractor(7);
        WorkLog log = new WorkLog(java.util.UUID.randomUUID(), KANSAS_CITY, List.of(gig), List.of(
                session(gig, KANSAS_CITY, LocalDateTime.of(2026, 3, 16, 7, 0), 240, Map.of(), 0, null)), List.of());

        MonthlyFigures.Result result = MonthlyFigures.of(log, TestTables.tables(), LocalDate.of(2026, 3, 24), "USD");

        assertThat(result.months().get(0).workerWeeks()).isEqualTo(1);
        assertThat(result.months().get(0).weeksAssessedMinimum()).isZero();
        // Due by Sunday 22 March + 7 days; from 30 March the week is unpaid past its date.
        assertThat(result.changesOn()).contains(LocalDate.of(2026, 3, 30));
        MonthlyFigures.GigMonth later = MonthlyFigures.of(log, TestTables.tables(), LocalDate.of(2026, 3, 30), "USD")
                .months().get(0);
        assertThat(later.weeksAssessedMinimum()).isEqualTo(1);
        assertThat(later.weeksBelowMinimum()).isEqualTo(1);
    }
}
