package coop.steward.grievance;

import coop.steward.evidence.pdf.DocumentBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * Lays a composed letter out through the one PDF text flow of Steward's documents: PDF/A-3b with embedded fonts,
 * tagged for screen readers, page numbers in the letter's language. The worker sends it in their own name, so it
 * carries no signature field.
 */
final class LetterPdf {

    private LetterPdf() {
    }

    static byte[] render(ComposedLetter letter, UUID letterId, Instant createdAt) {
        try (DocumentBuilder pdf = new DocumentBuilder(letter.language(), letter.title(), letterId, createdAt)) {
            letter.headerLines().forEach(pdf::paragraph);
            pdf.heading(letter.title());
            for (String paragraph : letter.paragraphs()) {
                for (String line : paragraph.split("\\R")) {
                    if (!line.isBlank()) {
                        pdf.paragraph(line);
                    }
                }
                pdf.space(6f);
            }
            return pdf.buildUnsigned(letter.title()).bytes();
        }
    }
}
