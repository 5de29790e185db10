package coop.steward.evidence.pdf;

import coop.steward.common.validation.Language;
import coop.steward.evidence.PackFixtures;
import coop.steward.evidence.PdfAValidation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker or a lawyer using a screen reader can read every finding: veraPDF finds the pack to be PDF/UA-1. */
class AccessiblePackTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPackInEveryLanguageIsPdfUa1AndPdfA3bByVeraPdf(Language language) {
        byte[] pdf = new PackRenderer().render(PackRendererTest.STAMP, PackFixtures.kansasCityQuarter(language),
                PackFixtures.recordsJson(96)).bytes();

        assertThat(PdfAValidation.accessibilityFailuresOf(pdf)).isEmpty();
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }
}
