package coop.steward.guideline.model;

import coop.steward.common.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;

import static coop.steward.guideline.model.GivenRecords.aKansasCityContractor;
import static coop.steward.guideline.model.GivenRecords.aKansasCityMetroContractor;
import static coop.steward.guideline.model.UnpaidCategory.INSTRUCTIONS_AND_TRAINING;
import static coop.steward.guideline.model.UnpaidCategory.ONBOARDING_AND_TESTS;
import static coop.steward.guideline.model.UnpaidCategory.WAITING_FOR_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every criterion of the Partnership on AI's data-enrichment sourcing guidelines, worked by hand: met, breached and
 * not enough data, at and one minor unit past each threshold, in the week of 2 March 2026 (2026-W10). The Kansas
 * City metro area's living wage is MIT's 2021 figure for one adult, $14.40 an hour; Missouri as a whole has none.
 */
class PaiCriteriaTest {

    private static final String PAI = "pai-data-enrichment-2021";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private static Finding pai(GivenRecords records, String criterion) {
        return records.heldTo(PAI, criterion, MONDAY, SUNDAY);
    }

    @Nested
    class LivingWageForAllTime {

        /** 10 h of work and 1 h of waiting for tasks: 11.0 h that $14.40/h owes $158.40 for. */
        private Finding metroWorkerPaidNet(long netMinor) {
            return pai(aKansasCityMetroContractor().worked(MONDAY, 600, Map.of(WAITING_FOR_TASKS, 60))
                    .wasPaid(netMinor + 250, 250, SUNDAY.plusDays(5), MONDAY, SUNDAY), "living-wage-for-all-time");
        }

        @Test
        void netPayOfExactlyTheMetroLivingWageForAllHoursIsMetAndCitesTheArea() {
            Finding living = metroWorkerPaidNet(15840);

            assertThat(living.status()).isEqualTo(Status.MET);
            assertThat(living.measured()).isEqualByComparingTo("14.40");
            assertThat(living.threshold().wages()).singleElement().satisfies(wage -> {
                assertThat(wage.area()).isEqualTo("Kansas City, MO-KS metropolitan area");
                assertThat(wage.source().name()).startsWith("MIT Living Wage Calculator");
                assertThat(wage.effectiveFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
                assertThat(wage.precision()).isEqualTo("approximate");
                assertThat(wage.household()).isEqualTo("one adult, no children");
            });
            assertThat(living.formula()).contains("US-MO, Kansas City, MO-KS metropolitan area USD 14.40/h from 2021-01-01 (approximate)");
        }

        @Test
        void oneCentBelowTheMetroLivingWageIsABreachOwingThatCent() {
            Finding living = metroWorkerPaidNet(15839);

            assertThat(living.status()).isEqualTo(Status.BREACHED);
            assertThat(living.backPay().total()).isEqualTo(new Money(1, "USD"));
        }

        @Test
        void aMissouriGigThatNamesNoAreaHasNotEnoughDataForALivingWage() {
            Finding living = pai(aKansasCityContractor().worked(MONDAY, 600)
                    .wasPaid(15000, SUNDAY.plusDays(5), MONDAY, SUNDAY), "living-wage-for-all-time");

            assertThat(living.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
            assertThat(living.reason()).isEqualTo("no living wage for US-MO in force on 2026-03-02");
        }
    }

    @Nested
    class AssociatedTimeIsPaid {

        @Test
        void aWeekOfPaidTimeOnlyIsMet() {
            Finding share = pai(aKansasCityContractor().worked(MONDAY, 480), "associated-time-is-paid");

            assertThat(share.status()).isEqualTo(Status.MET);
            assertThat(share.measured()).isEqualByComparingTo("0.0");
        }

        @Test
        void oneUnpaidMinuteInAFortyHourWeekIsABreachAndNeverReadsAsZeroPercent() {
            // 1 minute of 2,400 is 0.0417 %: shown rounded up, as 0.1 %.
            GivenRecords week = aKansasCityContractor().worked(MONDAY, 479, Map.of(WAITING_FOR_TASKS, 1));
            for (int day = 1; day < 5; day++) {
                week.worked(MONDAY.plusDays(day), 480);
            }
            Finding share = pai(week, "associated-time-is-paid");

            assertThat(share.status()).isEqualTo(Status.BREACHED);
            assertThat(share.measured()).isEqualByComparingTo("0.1");
            assertThat(share.formula()).isEqualTo("unpaid share = unpaid time ÷ all time = 0.02 h ÷ 40.0 h = 0.1%");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(pai(aKansasCityContractor(), "associated-time-is-paid").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class ClearInstructions {

        @Test
        void noUnpaidOnboardingOrTrainingIsMet() {
            assertThat(pai(aKansasCityContractor().worked(MONDAY, 420, Map.of(WAITING_FOR_TASKS, 60)),
                    "clear-instructions").status()).isEqualTo(Status.MET);
        }

        @Test
        void unpaidQualificationTestsAndTrainingAddUpToABreach() {
            Finding instructions = pai(aKansasCityContractor()
                    .worked(MONDAY, 360, Map.of(ONBOARDING_AND_TESTS, 30, INSTRUCTIONS_AND_TRAINING, 30)),
                    "clear-instructions");

            assertThat(instructions.status()).isEqualTo(Status.BREACHED);
            assertThat(instructions.measured()).isEqualByComparingTo("1.00");
            assertThat(instructions.formula()).isEqualTo("unpaid onboarding and training = 1.0 h over 1 sessions");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(pai(aKansasCityContractor(), "clear-instructions").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @Nested
    class WellBeing {

        @Test
        void supportOfferedAtEveryExposureIsMet() {
            assertThat(pai(aKansasCityContractor().sawDistressingContent(MONDAY, 240, true), "well-being").status())
                    .isEqualTo(Status.MET);
        }

        @Test
        void oneExposureWithoutSupportIsABreach() {
            Finding wellBeing = pai(aKansasCityContractor().sawDistressingContent(MONDAY, 240, false), "well-being");

            assertThat(wellBeing.status()).isEqualTo(Status.BREACHED);
            assertThat(wellBeing.formula()).isEqualTo("sessions with distressing or extreme content and no support = 1 of 1");
        }

        @Test
        void aWeekWithNoWorkHasNotEnoughData() {
            assertThat(pai(aKansasCityContractor(), "well-being").status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pilot", "communication-channel"})
    void aCriterionOnlyAVendorsAnswersCanAssessHasNotEnoughDataFromAWorkersRecords(String criterion) {
        Finding finding = pai(aKansasCityContractor().worked(MONDAY, 480), criterion);

        assertThat(finding.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(finding.reason()).contains("vendor's answers");
    }
}
