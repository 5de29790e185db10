package coop.steward.grievance;

import coop.steward.common.money.Money;
import coop.steward.common.validation.Language;
import coop.steward.evidence.PdfAValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterPdfTest {

    private static final LocalDate REMOVED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 31);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EN|Subject access request under Article 15 of the GDPR|Article 12(3)|30 April 2026",
            "FR|Demande d'accès au titre de l'article 15 du RGPD|article 12, paragraphe 3|30 avril 2026",
            "ES|Solicitud de acceso conforme al artículo 15 del RGPD|artículo 12, apartado 3|30 de abril de 2026",
            "SW|Ombi la kupata data binafsi chini ya Kifungu cha 15 cha GDPR|Kifungu cha 12(3)|30 Aprili 2026"})
    void theSubjectAccessRequestReadsBackFromItsPdfWithItsThirtyDayDeadline(Language language, String title,
                                                                            String timeLimit, String deadline) {
        LetterFacts facts = facts(LetterKind.SUBJECT_ACCESS_REQUEST, language, ISSUED_ON.plusDays(30), null);

        String text = readBack(render(LetterComposer.compose(facts)));

        assertThat(text).contains(title, timeLimit, deadline, "2016/679", "Sama Kenya", "nbo-moderator-7");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EN|Request for the reasons for an automated decision|Article 22(3)|2 March 2026|deactivation or removal without a reason",
            "FR|Demande des motifs d'une décision automatisée|article 22, paragraphe 3|2 mars 2026|désactivation ou exclusion sans motif",
            "ES|Solicitud de los motivos de una decisión automatizada|artículo 22, apartado 3|2 de marzo de 2026|desactivación o baja sin motivo",
            "SW|Ombi la sababu za uamuzi wa kiotomatiki|Kifungu cha 22(3)|2 Machi 2026|kufungiwa akaunti au kuondolewa bila sababu"})
    void theAutomatedDecisionRequestNamesArticle22AndCarriesTheWorkersPointOfView(Language language, String title,
                                                                                 String article, String removedOn,
                                                                                 String category) {
        LetterFacts facts = facts(LetterKind.AUTOMATED_DECISION_EXPLANATION, language, ISSUED_ON.plusDays(30), null);

        String text = readBack(render(LetterComposer.compose(facts)));

        assertThat(text).contains(title, article, removedOn, category,
                "My queue was closed the morning after I reported a graphic video.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EN|Demand for payment|USD 12,345.50|14 April 2026|USD 438.00",
            "FR|Mise en demeure de payer|12 345,50 USD|14 avril 2026|438,00 USD",
            "ES|Requerimiento de pago|12.345,50 USD|14 de abril de 2026|438,00 USD",
            "SW|Madai ya malipo|USD 12,345.50|14 Aprili 2026|USD 438.00"})
    void thePaymentDemandStatesTheAmountOwedWhatWasReceivedAndTheDateToPayBy(Language language, String title,
                                                                            String amount, String payBy, String received) {
        LetterFacts facts = facts(LetterKind.PAYMENT_DEMAND, language, ISSUED_ON.plusDays(14),
                new Money(1_234_550, "USD"));
        facts = new LetterFacts(facts.kind(), facts.language(), facts.sender(), facts.senderReference(), facts.recipient(),
                facts.engagement(), GrievanceCategory.UNDERPAYMENT, facts.happenedOn(), facts.narrative(),
                facts.issuedOn(), facts.respondBy(), facts.amountOwed(), new Money(43_800, "USD"));

        ComposedLetter letter = LetterComposer.compose(facts);
        String text = readBack(render(letter));

        assertThat(text).contains(title, amount, payBy, received);
        assertThat(letter.asText()).contains(title, amount, payBy, received);
    }

    @Test
    void aNarrativeWithCharactersTheFontLacksStillRendersAndLongWordsAreBroken() {
        String narrative = "Screenshot 📷 of the chat: https://support.example.invalid/tickets/"
                + "a".repeat(300) + "\nSecond line.";
        LetterFacts facts = new LetterFacts(LetterKind.PAYMENT_DEMAND, Language.EN, "kc-labeler", null,
                "Outlier", null, GrievanceCategory.NON_PAYMENT, REMOVED_ON, narrative, ISSUED_ON,
                ISSUED_ON.plusDays(14), new Money(41_250, "USD"), null);

        String text = readBack(render(LetterComposer.compose(facts)));

        assertThat(text).contains("Screenshot \uFFFD of the chat", "Second line.", "USD 412.50");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void aLetterIsAnArchivalPdfThatAScreenReaderCanFollowAndThatAsksForNoSignature(Language language) {
        byte[] pdf = render(LetterComposer.compose(facts(LetterKind.AUTOMATED_DECISION_EXPLANATION, language,
                ISSUED_ON.plusDays(30), null)));

        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
        assertThat(PdfAValidation.accessibilityFailuresOf(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getSignatureFields()).isEmpty();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.code());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPaymentDemandWithoutAnAmountCannotBeComposed() {
        assertThatThrownBy(() -> facts(LetterKind.PAYMENT_DEMAND, Language.EN, ISSUED_ON.plusDays(14), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsWithoutMinorUnitsHaveNoDecimals() {
        assertThat(new Money(150_000, "KES").format(Language.SW)).isEqualTo("KES 1,500.00");
        assertThat(new Money(150_000, "COP").format(Language.ES)).isEqualTo("1.500,00 COP");
        assertThat(new Money(2_500, "JPY").format(Language.FR)).isEqualTo("2 500 JPY");
    }

    private static LetterFacts facts(LetterKind kind, Language language, LocalDate respondBy, Money owed) {
        return new LetterFacts(kind, language, "Amina W.", "nbo-moderator-7", "Sama Kenya", "Project Nightingale",
                GrievanceCategory.DEACTIVATION_WITHOUT_REASON, REMOVED_ON,
                "My queue was closed the morning after I reported a graphic video.", ISSUED_ON, respondBy, owed, null);
    }

    private static byte[] render(ComposedLetter letter) {
        return LetterPdf.render(letter, UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"),
                ISSUED_ON.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }

    static String readBack(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
