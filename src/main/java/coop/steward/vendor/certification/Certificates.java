package coop.steward.vendor.certification;

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
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The certificate of an attested certification: a PDF/A-3b signed like an evidence pack, listing every question,
 * answer, explanation and evidence digest, the attestation and what it supersedes, with the same content embedded as
 * JSON ({@code certification.json}), so {@code /api/verify} and any PDF tool can check it.
 */
@Singleton
class Certificates {

    static final String JSON_NAME = "certification.json";
    private static final String BUNDLE = "i18n.certificate";

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
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Labels labels = new Labels(language);
        String title = words.getString("certificate.title");
        try (DocumentBuilder pdf = new DocumentBuilder(language, title + " " + content.documentId(),
                content.documentId(), createdAt)) {
            pdf.title(title)
                    .paragraph(fill(words.getString("certificate.intro"), content.vendorName(), content.guidelineTitle(),
                            content.guidelineVersion()))
                    .field(words.getString("field.vendor"), content.vendorName())
                    .codeField(words.getString("field.vendor-id"), content.vendorId().toString())
                    .field(words.getString("field.guideline"), content.guidelineTitle())
                    .codeField(words.getString("field.guideline-id"), content.guidelineId() + " "
                            + words.getString("field.version") + " " + content.guidelineVersion())
                    .codeField(words.getString("field.certification-id"), content.certificationId().toString())
                    .codeField(words.getString("field.document-id"), content.documentId().toString())
                    .field(words.getString("field.supersedes"), content.supersedes() == null
                            ? words.getString("supersedes.none") : content.supersedes().toString())
                    .note(words.getString("certificate.superseded-note"));
            pdf.heading(words.getString("heading.attestation"))
                    .field(words.getString("field.attested-by"), content.attestedBy())
                    .field(words.getString("field.attester-title"), content.attesterTitle())
                    .field(words.getString("field.attested-on"), labels.date(content.attestedOn()))
                    .field(words.getString("field.attested-at"), labels.dateTime(content.attestedAt(), ZoneOffset.UTC))
                    .paragraph(fill(words.getString("attestation.statement"), content.attestedBy(),
                            content.attesterTitle(), content.vendorName()));
            pdf.heading(words.getString("heading.answers"));
            int number = 1;
            for (PublishedAnswer answer : content.answers()) {
                pdf.subheading(number++ + ". " + answer.question())
                        .codeField(words.getString("field.criterion"), answer.criterionId())
                        .strongField(words.getString("field.answer"), words.getString("answer." + answer.answer().name()))
                        .paragraph(answer.explanation());
                if (answer.evidence().isEmpty()) {
                    pdf.note(words.getString("evidence.none"));
                }
                for (EvidenceDigest digest : answer.evidence()) {
                    pdf.field(words.getString("field.evidence"), digest.fileName() + " (" + digest.mediaType() + ")")
                            .codeField("SHA-256", digest.sha256());
                }
                pdf.space(6f);
            }
            List<TableRow> digests = content.answers().stream()
                    .flatMap(answer -> answer.evidence().stream().map(digest -> TableRow.of(answer.criterionId(),
                            digest.fileName(), digest.sha256())))
                    .toList();
            pdf.newPage().heading(words.getString("heading.evidence")).note(words.getString("evidence.note"));
            if (digests.isEmpty()) {
                pdf.paragraph(words.getString("evidence.none"));
            } else {
                pdf.table(new Table(words.getString("heading.evidence"), List.of(words.getString("field.criterion"),
                        words.getString("field.file"), "SHA-256"), digests));
            }
            pdf.heading(words.getString("heading.integrity"))
                    .paragraph(fill(words.getString("integrity.text"), JSON_NAME))
                    .codeField(words.getString("field.document-id"), content.documentId().toString());
            pdf.attachJson(JSON_NAME, words.getString("json.description"), jsonOf(content));
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

    private static String fill(String text, Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
