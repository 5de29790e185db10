package coop.steward.organizing.campaign;

import coop.steward.evidence.DocumentStamp;
import coop.steward.evidence.pdf.DocumentBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Lays out a campaign letter as PDF/A-3b with the demand, the count, the printed names and the collective pack
 * embedded as an associated file, its id and SHA-256 printed so the vendor can check it apart from the letter.
 */
final class CampaignLetterPdf {

    private CampaignLetterPdf() {
    }

    static byte[] render(CampaignDelivery.LetterFacts facts, CollectiveEvidence.Pack pack, int k, String verifyUrl,
                         DocumentStamp stamp) {
        CampaignWords words = new CampaignWords(facts.language());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(facts.language().code()));
        String header = words.format("letter.header", stamp.id());
        try (DocumentBuilder pdf = new DocumentBuilder(facts.language(), facts.title(), stamp.id(), stamp.createdAt())) {
            pdf.title(facts.title())
                    .field(words.get("letter.from"), facts.organization().name())
                    .field(words.get("letter.to"), facts.vendor().name())
                    .field(words.get("letter.date"), date.format(stamp.createdAt().atZone(ZoneOffset.UTC)))
                    .strongField(words.get("letter.respondBy"), date.format(facts.respondBy()))
                    .heading(words.get("letter.demand"));
            for (String paragraph : facts.demand().split("\\R")) {
                if (!paragraph.isBlank()) {
                    pdf.paragraph(paragraph.strip());
                }
            }
            pdf.heading(words.get("letter.signers"))
                    .paragraph(words.format("letter.count", facts.signatures(), facts.organization().name()));
            if (facts.names().isEmpty()) {
                pdf.note(words.get("letter.noneNamed"));
            } else {
                pdf.subheading(words.get("letter.named"));
                facts.names().forEach(pdf::paragraph);
                if (facts.names().size() < facts.signatures()) {
                    pdf.note(words.get("letter.countedOnly"));
                }
            }
            pdf.heading(words.get("letter.evidence"))
                    .paragraph(words.format("letter.evidenceText", facts.organization().name(), facts.vendor().name(), k))
                    .codeField(words.get("letter.packId"), pack.id().toString())
                    .codeField(words.get("letter.packSha256"), pack.sha256())
                    .heading(words.get("letter.verify"))
                    .paragraph(words.format("letter.verifyText", verifyUrl))
                    .codeField(words.get("letter.letterId"), stamp.id().toString())
                    .codeField(words.get("letter.signer"), stamp.signerCertificateSha256())
                    .attachFile("collective-pack-" + pack.id() + ".pdf", words.get("letter.attachment"),
                            "application/pdf", pack.pdf());
            return pdf.build(header).bytes();
        }
    }
}
