package coop.steward.vendor.certification;

import coop.steward.common.i18n.Phrasebook;
import coop.steward.common.validation.Language;
import coop.steward.evidence.DocumentKind;
import coop.steward.evidence.SignedDocument;
import coop.steward.evidence.SignedDocuments;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.pdf.DocumentBuilder;
import coop.steward.evidence.pdf.Labels;
import coop.steward.guideline.model.Guideline;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificate of an attested certification: a PDF/A-3b signed like an evidence pack, listing every question,
 * answer, explanation and evidence digest, the attestation and what it supersedes, with the same content embedded as
 * JSON ({@code certification.json}), so {@code /api/verify} and any PDF tool can check it.
 */
@Singleton
class Certificates {

    static final String JSON_NAME = "certification.json";
    private static final Phrasebook WORDS = Phrasebook.load("certificate");

    private final SignedDocuments documents;
    private final JsonMapper json;

    Certificates(SignedDocuments documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    record Signed(UUID documentId, String sha256) {
    }

    /** What the certificate states, as embedded JSON: the attested answers with the questions as answered. */
    @Serdeable
    record CertificateContent(UUID documentId, UUID certificationId, UUID vendorId, String vendorName,
                              String guidelineId, String guidelineVersion, String guidelineTitle, String language,
                              Instant attestedAt, LocalDate attestedOn, String attestedBy, String attesterTitle,
                              @Nullable UUID supersedes, List<PublishedAnswer> answers) {
    }

    Signed sign(PublishedCertification certification, String vendorName, LocalDate attestedOn, @Nullable UUID supersedes,
                Guideline guideline, Language language) {
        SignedDocument signed = documents.create(DocumentKind.CERTIFICATE, certification.vendorId(), stamp -> {
            CertificateContent content = new CertificateContent(stamp.id(), certification.id(),
                    certification.vendorId(), vendorName, certification.guidelineId(), certification.guidelineVersion(),
                    guideline.title(), language.code(), certification.attestedAt(), attestedOn,
                    certification.attestedBy(), certification.attesterTitle(), supersedes, certification.answers());
            return render(content, language, stamp.createdAt());
        });
        return new Signed(signed.id(), signed.sha256());
    }

    Optional<byte[]> pdf(UUID documentId) {
        return documents.find(documentId).filter(document -> document.kind() == DocumentKind.CERTIFICATE)
                .map(SignedDocument::pdf);
    }

    private byte[] render(CertificateContent content, Language language, Instant createdAt) {
        Labels labels = new Labels(language);
        String title = WORDS.phrase(language, "certificate.title");
        try (DocumentBuilder pdf = new DocumentBuilder(language, title + " " + content.documentId(),
                content.documentId(), createdAt)) {
            pdf.title(title)
                    .paragraph(WORDS.format(language, "certificate.intro", content.vendorName(), content.guidelineTitle(),
                            content.guidelineVersion()))
                    .field(WORDS.phrase(language, "field.vendor"), content.vendorName())
                    .codeField(WORDS.phrase(language, "field.vendor-id"), content.vendorId().toString())
                    .field(WORDS.phrase(language, "field.guideline"), content.guidelineTitle())
                    .codeField(WORDS.phrase(language, "field.guideline-id"), content.guidelineId() + " "
                            + WORDS.phrase(language, "field.version") + " " + content.guidelineVersion())
                    .codeField(WORDS.phrase(language, "field.certification-id"), content.certificationId().toString())
                    .codeField(WORDS.phrase(language, "field.document-id"), content.documentId().toString())
                    .field(WORDS.phrase(language, "field.supersedes"), content.supersedes() == null
                            ? WORDS.phrase(language, "supersedes.none") : content.supersedes().toString())
                    .note(WORDS.phrase(language, "certificate.superseded-note"));
            pdf.heading(WORDS.phrase(language, "heading.attestation"))
                    .field(WORDS.phrase(language, "field.attested-by"), content.attestedBy())
                    .field(WORDS.phrase(language, "field.attester-title"), content.attesterTitle())
                    .field(WORDS.phrase(language, "field.attested-on"), labels.date(content.attestedOn()))
                    .field(WORDS.phrase(language, "field.attested-at"), labels.dateTime(content.attestedAt(), ZoneOffset.UTC))
                    .paragraph(WORDS.format(language, "attestation.statement", content.attestedBy(),
                            content.attesterTitle(), content.vendorName()));
            pdf.heading(WORDS.phrase(language, "heading.answers"));
            int number = 1;
            for (PublishedAnswer answer : content.answers()) {
                pdf.subheading(number++ + ". " + answer.question())
                        .codeField(WORDS.phrase(language, "field.criterion"), answer.criterionId())
                        .strongField(WORDS.phrase(language, "field.answer"), WORDS.phrase(language, "answer." + answer.answer().name()))
                        .paragraph(answer.explanation());
                if (answer.evidence().isEmpty()) {
                    pdf.note(WORDS.phrase(language, "evidence.none"));
                }
                for (EvidenceDigest digest : answer.evidence()) {
                    pdf.field(WORDS.phrase(language, "field.evidence"), digest.fileName() + " (" + digest.mediaType() + ")")
                            .codeField("SHA-256", digest.sha256());
                }
                pdf.space(6f);
            }
            List<TableRow> digests = content.answers().stream()
                    .flatMap(answer -> answer.evidence().stream().map(digest -> TableRow.of(answer.criterionId(),
                            digest.fileName(), digest.sha256())))
                    .toList();
            pdf.newPage().heading(WORDS.phrase(language, "heading.evidence")).note(WORDS.phrase(language, "evidence.note"));
            if (digests.isEmpty()) {
                pdf.paragraph(WORDS.phrase(language, "evidence.none"));
            } else {
                pdf.table(new Table(WORDS.phrase(language, "heading.evidence"), List.of(WORDS.phrase(language, "field.criterion"),
                        WORDS.phrase(language, "field.file"), "SHA-256"), digests));
            }
            pdf.heading(WORDS.phrase(language, "heading.integrity"))
                    .paragraph(WORDS.format(language, "integrity.text", JSON_NAME))
                    .codeField(WORDS.phrase(language, "field.document-id"), content.documentId().toString());
            pdf.attachJson(JSON_NAME, WORDS.phrase(language, "json.description"), jsonOf(content));
            return pdf.build(title + " " + content.documentId()).bytes();
        }
    }

    private byte[] jsonOf(CertificateContent content) {
        try {
            return json.writeValueAsBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate's JSON", e);
        }
    }
}
