package coop.steward.common.money;

import coop.steward.common.validation.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void anAmountIsSpelledWithItsCodeAsTheReadersLanguageGroupsNumbers() {
        Money payout = new Money(117_600, "USD");

        assertThat(payout.format(Language.EN)).isEqualTo("USD 1,176.00");
        assertThat(payout.format(Language.SW)).isEqualTo("USD 1,176.00");
        assertThat(payout.format(Language.FR)).isEqualTo("1 176,00 USD");
        assertThat(payout.format(Language.ES)).isEqualTo("1.176,00 USD");
        assertThat(new Money(2_500, "JPY").format(Language.EN)).isEqualTo("JPY 2,500");
        assertThat(new Money(-450, "KES").format(Language.EN)).isEqualTo("KES -4.50");
    }

    @Test
    void effectiveHourlyPayIsNetPayOverAllMinutesRoundedHalfToEven() {
        // $109.25 over 510 minutes: 10925 × 60 ÷ 510 = 1285.29… cents → $12.85 an hour.
        assertThat(new Money(10_925, "USD").perHour(510)).contains(new Money(1_285, "USD"));
        // 25 cents over 60 minutes × 2 = 12.5 cents an hour: half to even gives 12.
        assertThat(new Money(25, "USD").perHour(120)).contains(new Money(12, "USD"));
        assertThat(new Money(10_925, "USD").perHour(0)).isEmpty();
        assertThat(new Money(66_600, "USD").perHour(new BigDecimal("56.0"))).isEqualTo(new Money(1_189, "USD"));
    }

    @Test
    void sumsAreExactAndNeverMixCurrencies() {
        assertThat(new Money(29_550, "USD").plus(new Money(37_050, "USD"))).isEqualTo(new Money(66_600, "USD"));
        assertThat(new Money(45_000, "USD").minus(new Money(1_200, "USD"))).isEqualTo(new Money(43_800, "USD"));
        assertThatThrownBy(() -> new Money(100, "USD").plus(new Money(100, "KES")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, "USD").plus(new Money(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aRateKeepsTheDigitsItWasDerivedWithOrIsRoundedToTheCurrency() {
        assertThat(Money.format(new BigDecimal("7.255"), "USD", Language.EN)).isEqualTo("USD 7.26");
        assertThat(Money.formatExact(new BigDecimal("71.5119"), "KES", Language.EN)).isEqualTo("KES 71.5119");
        assertThat(Money.formatExact(new BigDecimal("15"), "USD", Language.FR)).isEqualTo("15,00 USD");
    }
}
