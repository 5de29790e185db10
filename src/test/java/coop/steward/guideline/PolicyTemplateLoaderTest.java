package coop.steward.guideline;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyTemplateLoaderTest {

    private final PolicyTemplateLoader loader = new PolicyTemplateLoader();

    private PolicyTemplateException refused(String name, String yaml) {
        return catchThrowableOfType(PolicyTemplateException.class,
                () -> loader.load(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String SOURCE = """
                source:
                  name: Missouri Department of Labor and Industrial Relations
                  url: https://labor.mo.gov/DLS/MinimumWage
                  retrieved: 2026-11-28
            """;

    @Test
    void everyShippedTemplatePassesItsSchemaAndRules() {
        List<PolicyTemplate> shipped = TestTables.shippedTemplates();

        assertThat(shipped).extracting(PolicyTemplate::name).contains(
                "guidelines/fairwork-cloudwork-2024.yaml", "guidelines/pai-data-enrichment-2021.yaml",
                "wages/US.yaml", "wages/US-MO.yaml", "wages/US-KS.yaml", "wages/US-TX.yaml", "wages/US-CA.yaml",
                "wages/KE.yaml", "wages/PH.yaml", "wages/IN.yaml", "wages/VE.yaml", "wages/CO.yaml",
                "fx/USD.yaml", "fx/KES.yaml", "fx/PHP.yaml", "fx/INR.yaml", "fx/VES.yaml", "fx/COP.yaml", "fx/EUR.yaml");
    }

    @Test
    void everyWageAndFxEntryNamesASourceAndADate() {
        for (PolicyTemplate template : TestTables.shippedTemplates()) {
            if (template instanceof PolicyTemplate.WageTemplate wages) {
                assertThat(wages.entries()).as(template.name()).allSatisfy(entry -> {
                    assertThat(entry.source().name()).isNotBlank();
                    assertThat(entry.source().url()).startsWith("http");
                    assertThat(entry.source().retrieved()).isNotNull();
                    assertThat(entry.effectiveFrom()).isNotNull();
                });
            } else if (template instanceof PolicyTemplate.FxTemplate fx) {
                assertThat(fx.rates()).as(template.name()).allSatisfy(rate -> {
                    assertThat(rate.source().name()).isNotBlank();
                    assertThat(rate.source().retrieved()).isNotNull();
                    assertThat(rate.date()).isNotNull();
                });
            }
        }
    }

    @Test
    void theMissouriMinimumWageFor2026IsFifteenDollarsAndKansasCityFallsUnderIt() {
        var wage = TestTables.tables().wages().inForce("US-MO", coop.steward.guideline.model.WageKind.MINIMUM,
                java.time.LocalDate.of(2026, 6, 1)).orElseThrow();

        assertThat(wage.hourly()).isEqualByComparingTo("15.00");
    }

    @Test
    void aGuidelineWithAnUnknownMetricIsRefusedWithFileLineAndReason() {
        PolicyTemplateException e = refused("guidelines/local-agreement.yaml", """
                kind: guideline
                id: kc-labelers-agreement
                version: "1"
                title: Kansas City labelers' agreement
                publisher: KC Data Workers Union
                source:
                  name: Agreement text
                  url: https://example.org/agreement
                  retrieved: 2026-11-28
                criteria:
                  - id: fast-pay
                    principle: {en: Fair pay, fr: Rémunération équitable, es: Remuneración justa, sw: Malipo ya haki}
                    text: {en: Paid within a week., fr: Payé sous une semaine., es: Pagado en una semana., sw: Hulipwa ndani ya wiki moja.}
                    source: Agreement
                    section: Article 3
                    metric: vibes-per-hour
                    comparator: at-most
                    threshold: 7
                    severity: high
                    question: Do you pay within a week?
                """);

        assertThat(e.file()).isEqualTo("guidelines/local-agreement.yaml");
        assertThat(e.line()).isEqualTo(16);
        assertThat(e.reason()).contains("unknown metric 'vibes-per-hour'");
        assertThat(e.getMessage()).isEqualTo("policy template guidelines/local-agreement.yaml, line 16: " + e.reason());
    }

    @Test
    void aCriterionTextMissingALanguageIsRefusedOnItsLine() {
        PolicyTemplateException e = refused("guidelines/local-agreement.yaml", """
                kind: guideline
                id: kc-labelers-agreement
                version: "1"
                title: Kansas City labelers' agreement
                publisher: KC Data Workers Union
                source:
                  name: Agreement text
                  url: https://example.org/agreement
                  retrieved: 2026-11-28
                criteria:
                  - id: fast-pay
                    principle: {en: Fair pay, fr: Rémunération équitable, es: Remuneración justa, sw: Malipo ya haki}
                    text:
                      en: Paid within a week.
                      fr: Payé sous une semaine.
                      es: Pagado en una semana.
                    source: Agreement
                    section: Article 3
                    metric: payment-delay-days
                    comparator: at-most
                    threshold: 0
                    severity: high
                    question: Do you pay within a week?
                """);

        assertThat(e.line()).isEqualTo(13);
        assertThat(e.reason()).contains("sw");
    }

    @Test
    void aComparatorThatDoesNotExistIsRefusedOnItsLine() {
        PolicyTemplateException e = refused("guidelines/local-agreement.yaml", """
                kind: guideline
                id: kc-labelers-agreement
                version: "1"
                title: Kansas City labelers' agreement
                publisher: KC Data Workers Union
                source:
                  name: Agreement text
                  url: https://example.org/agreement
                  retrieved: 2026-11-28
                criteria:
                  - id: fast-pay
                    principle: {en: Fair pay, fr: Rémunération équitable, es: Remuneración justa, sw: Malipo ya haki}
                    text: {en: Paid within a week., fr: Payé sous une semaine., es: Pagado en una semana., sw: Hulipwa ndani ya wiki moja.}
                    source: Agreement
                    section: Article 3
                    metric: payment-delay-days
                    comparator: roughly
                    threshold: 0
                    severity: high
                    question: Do you pay within a week?
                """);

        assertThat(e.line()).isEqualTo(17);
        assertThat(e.reason()).contains("unknown comparator 'roughly'");
    }

    @Test
    void aWageTableWithOverlappingDatesIsRefusedOnTheLaterEntry() {
        PolicyTemplateException e = refused("wages/US-MO.yaml", """
                kind: wages
                jurisdiction: US-MO
                name: Missouri
                currency: USD
                entries:
                  - type: minimum
                    amount: 13.75
                    per: hour
                    effective-from: 2025-01-01
                    effective-to: 2026-03-31
                """ + SOURCE + """
                  - type: minimum
                    amount: 15.00
                    per: hour
                    effective-from: 2026-01-01
                """ + SOURCE);

        assertThat(e.file()).isEqualTo("wages/US-MO.yaml");
        assertThat(e.line()).isEqualTo(18);
        assertThat(e.reason()).contains("overlaps the one in force from 2025-01-01 to 2026-03-31");
    }

    @Test
    void aWageEntryWithoutASourceIsRefusedOnItsLine() {
        PolicyTemplateException e = refused("wages/US-KS.yaml", """
                kind: wages
                jurisdiction: US-KS
                name: Kansas
                currency: USD
                entries:
                  - type: minimum
                    amount: 7.25
                    per: hour
                    effective-from: 2010-01-01
                """);

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.reason()).contains("source");
    }

    @Test
    void anFxRateWithoutASourceIsRefused() {
        PolicyTemplateException e = refused("fx/KES.yaml", """
                kind: fx
                currency: KES
                rates:
                  - date: 2026-01-29
                    per-usd: 129.03
                """);

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("source");
    }

    private static final String AGREEMENT = """
            kind: guideline
            id: kc-labelers-agreement
            version: "1"
            title: Kansas City labelers' agreement
            publisher: KC Data Workers Union
            source:
              name: Agreement text
              url: https://example.org/agreement
              retrieved: 2026-11-28
            criteria:
              - id: fast-pay
                principle: {en: Fair pay, fr: Rémunération équitable, es: Remuneración justa, sw: Malipo ya haki}
                text: {en: Paid within a week., fr: Payé sous une semaine., es: Pagado en una semana., sw: Hulipwa ndani ya wiki moja.}
                source: Agreement
                section: Article 3
                metric: payment-delay-days
                comparator: at-most
                threshold: 7
                severity: high
            """;

    @Test
    void anOrganizationsGuidelineMayLeaveOutTheVendorsQuestionOrGiveItInOneText() {
        coop.steward.guideline.model.Criterion without = ((PolicyTemplate.GuidelineTemplate) loader.load("agreement.yaml",
                new ByteArrayInputStream(AGREEMENT.getBytes(StandardCharsets.UTF_8)))).guideline().criteria().get(0);
        coop.steward.guideline.model.Criterion oneText = ((PolicyTemplate.GuidelineTemplate) loader.load("agreement.yaml",
                new ByteArrayInputStream((AGREEMENT + "    question: Do you pay within a week?\n")
                        .getBytes(StandardCharsets.UTF_8)))).guideline().criteria().get(0);

        assertThat(without.question(coop.steward.common.validation.Language.FR)).isNull();
        assertThat(oneText.question(coop.steward.common.validation.Language.SW)).isEqualTo("Do you pay within a week?");
    }

    @Test
    void aTemplateVendorsCertifyAgainstNeedsTheQuestionInEveryLanguage() {
        PolicyTemplateLoader shipped = new PolicyTemplateLoader(true);
        PolicyTemplateException missing = catchThrowableOfType(PolicyTemplateException.class, () -> shipped.load(
                "guidelines/agreement.yaml", new ByteArrayInputStream(AGREEMENT.getBytes(StandardCharsets.UTF_8))));
        PolicyTemplateException oneText = catchThrowableOfType(PolicyTemplateException.class, () -> shipped.load(
                "guidelines/agreement.yaml", new ByteArrayInputStream((AGREEMENT + "    question: Do you pay within a week?\n")
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(missing.line()).isEqualTo(11);
        assertThat(missing.reason()).contains("fast-pay", "question", "en, fr, es and sw");
        assertThat(oneText.line()).isEqualTo(20);
    }
}
