package coop.steward.guideline.model;

import coop.steward.common.validation.Language;
import coop.steward.guideline.TestTables;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyFormulaPhraseExistsInEveryLanguageWithTheSameNumbersToFillIn() {
        Map<String, String> english = FormulaWords.all().get(Language.EN);
        for (Language language : Language.values()) {
            Map<String, String> words = FormulaWords.all().get(language);
            assertThat(words.keySet()).as(language.code()).isEqualTo(english.keySet());
            english.forEach((key, text) -> assertThat(placeholders(words.get(key))).as(language.code() + " " + key)
                    .isEqualTo(placeholders(text)));
        }
    }

    @Test
    void aFrenchPackExplainsTheMinimumWageBreachInFrenchWithTheWorkersOwnNumbers() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        WorkLog log = GivenRecords.aKansasCityContractor().worked(monday, 660)
                .wasPaid(16499, monday.plusDays(11), monday, monday.plusDays(6)).log();

        Finding pay = new Assessor(TestTables.tables()).assess(TestTables.guideline("fairwork-cloudwork-2024"), log,
                monday, monday.plusDays(6), GivenRecords.LONG_AFTER, Language.FR).findings().stream()
                .filter(finding -> finding.criterionId().equals("minimum-wage-after-costs")).findFirst().orElseThrow();

        assertThat(pay.principle()).isEqualTo("Rémunération équitable");
        assertThat(pay.formula())
                .startsWith("rémunération effective = paie nette ÷ toutes les heures = USD 164.99 ÷ 11.0 h = USD 15.00/h")
                .contains("seuil : salaire minimum US-MO USD 15.00/h depuis le 2026-01-01")
                .contains("2026-W10 : USD 165.00 pour 11 h − USD 164.99 = USD 0.01")
                .endsWith("rappel de salaire total USD 0.01");
        assertThat(pay.unit()).isEqualTo("USD par heure");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
