package coop.steward.evidence;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Validates a PDF with veraPDF, a validator nobody on this project wrote: against PDF/A-3b (archival) and against
 * PDF/UA-1 (accessible to screen readers).
 */
public final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    /** The failed PDF/A-3b rules, each with its clause and what it says; empty when the file is compliant. */
    public static List<String> failuresOf(byte[] pdf) {
        return failuresOf(pdf, PDFAFlavour.PDFA_3_B);
    }

    /** The failed PDF/UA-1 rules, each with its clause and what it says; empty when the file is compliant. */
    public static List<String> accessibilityFailuresOf(byte[] pdf) {
        return failuresOf(pdf, PDFAFlavour.PDFUA_1);
    }

    private static List<String> failuresOf(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]")
                    .distinct().toList();
        } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
            throw new AssertionError("veraPDF could not validate the file", e);
        }
    }
}
