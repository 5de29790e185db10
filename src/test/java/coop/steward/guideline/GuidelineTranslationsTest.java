package coop.steward.guideline;

import coop.steward.common.validation.Language;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Guideline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a pack prints of a shipped guideline, and every vendor's question, exists in every language Steward speaks. */
class GuidelineTranslationsTest {

    private static final PolicyTemplates SHIPPED = new PolicyTemplates(null);

    @Test
    void everyPrincipleTextAndUnitOfEveryShippedGuidelineIsGivenInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Guideline guideline : SHIPPED.guidelines()) {
            for (Criterion criterion : guideline.criteria()) {
                for (Language language : Language.values()) {
                    String at = guideline.id() + "/" + criterion.id() + " (" + language.code() + ")";
                    if (blank(criterion.principle(language))) {
                        missing.add(at + " principle");
                    }
                    if (blank(criterion.text(language))) {
                        missing.add(at + " text");
                    }
                    if (criterion.unit() != null && blank(criterion.unit(language))) {
                        missing.add(at + " unit");
                    }
                    if (blank(criterion.question(language))) {
                        missing.add(at + " question");
                    }
                }
            }
        }
        assertThat(SHIPPED.guidelines()).extracting(Guideline::id)
                .contains("fairwork-cloudwork-2024", "pai-data-enrichment-2021");
        assertThat(missing).isEmpty();
    }

    @Test
    void noCriterionTextIsLeftInEnglishInAnotherLanguage() {
        List<String> untranslated = new ArrayList<>();
        for (Guideline guideline : SHIPPED.guidelines()) {
            for (Criterion criterion : guideline.criteria()) {
                for (Language language : List.of(Language.FR, Language.ES, Language.SW)) {
                    if (criterion.text(language).equals(criterion.text(Language.EN))) {
                        untranslated.add(guideline.id() + "/" + criterion.id() + " (" + language.code() + ")");
                    }
                    if (criterion.question(language).equals(criterion.question(Language.EN))) {
                        untranslated.add(guideline.id() + "/" + criterion.id() + " question (" + language.code() + ")");
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void theMinimumAndLivingWageCriteriaUseTheDomainsOwnWords() {
        Criterion minimum = SHIPPED.guideline("fairwork-cloudwork-2024").orElseThrow()
                .criterion("minimum-wage-after-costs").orElseThrow();
        Criterion living = SHIPPED.guideline("pai-data-enrichment-2021").orElseThrow()
                .criterion("living-wage-for-all-time").orElseThrow();

        assertThat(minimum.text(Language.FR)).contains("salaire minimum");
        assertThat(minimum.text(Language.ES)).contains("salario mínimo");
        assertThat(minimum.text(Language.SW)).contains("kima cha chini cha mshahara");
        assertThat(living.text(Language.FR)).contains("salaire décent");
        assertThat(living.text(Language.ES)).contains("salario digno");
        assertThat(living.text(Language.SW)).contains("mshahara wa kujikimu");
        assertThat(minimum.question(Language.FR)).contains("salaire minimum");
        assertThat(minimum.question(Language.ES)).contains("salario mínimo");
        assertThat(minimum.question(Language.SW)).contains("kima cha chini cha mshahara");
        assertThat(living.question(Language.FR)).contains("salaire décent");
        assertThat(living.question(Language.ES)).contains("salario digno");
        assertThat(living.question(Language.SW)).contains("mshahara wa kujikimu");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
