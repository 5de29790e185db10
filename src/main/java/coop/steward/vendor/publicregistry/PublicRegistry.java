package coop.steward.vendor.publicregistry;

import coop.steward.common.validation.Language;
import coop.steward.vendor.VendorNameKind;
import coop.steward.vendor.VendorRegistry;
import coop.steward.vendor.VendorView;
import coop.steward.vendor.certification.Answer;
import coop.steward.vendor.certification.Certifications;
import coop.steward.vendor.certification.PublishedAnswer;
import coop.steward.vendor.certification.PublishedCertification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public registry: each canonical vendor with its names, its published certifications and, beside each claim,
 * what the records of aggregate-consenting workers show, through the same disclosure control as the dashboards.
 * Anonymous: it reads nothing that is not already public or k-suppressed.
 */
@Singleton
public class PublicRegistry {

    static final String PAGE = "/registry/";
    static final String BREACHED = "BREACHED";

    private final VendorRegistry registry;
    private final Certifications certifications;
    private final RegistryFigures figures;
    private final ClaimResponseRepository responses;
    private final ClaimNoteRepository notes;

    PublicRegistry(VendorRegistry registry, Certifications certifications, RegistryFigures figures,
                   ClaimResponseRepository responses, ClaimNoteRepository notes) {
        this.registry = registry;
        this.certifications = certifications;
        this.figures = figures;
        this.responses = responses;
        this.notes = notes;
    }

    /** Every canonical vendor with its aliases and its current certification, if any; no figures (they cost). */
    @Transactional(readOnly = true)
    public List<RegistryEntry> entries() {
        return registry.all().stream().map(vendor -> {
            List<PublishedCertification> published = certifications.published(vendor.id());
            Optional<PublishedCertification> current = published.stream().filter(c -> c.supersededBy() == null)
                    .findFirst();
            return new RegistryEntry(vendor.id(), vendor.name(), vendor.kind(), vendor.country(), aliases(vendor),
                    current.map(c -> c.guidelineId() + " " + c.guidelineVersion()).orElse(null),
                    current.map(PublishedCertification::attestedAt).orElse(null), published.size(),
                    PAGE + vendor.id());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegistryVendor> vendor(UUID vendorId, Language language) {
        return registry.find(vendorId).map(vendor -> {
            List<PublishedCertification> published = certifications.published(vendorId, language);
            VendorRecords records = figures.read(vendorId,
                    published.stream().map(PublishedCertification::guidelineId).collect(Collectors.toSet()), language);
            Map<String, List<ClaimResponse>> said = responses.findByVendorIdOrderByVersionDesc(vendorId).stream()
                    .collect(Collectors.groupingBy(r -> r.certificationId() + "/" + r.criterionId()));
            Map<String, List<ClaimNote>> noted = notes.findByVendorIdOrderByCreatedAt(vendorId).stream()
                    .collect(Collectors.groupingBy(n -> n.certificationId() + "/" + n.criterionId()));
            List<RegistryVendor.Certification> certified = published.stream()
                    .sorted(Comparator.comparing((PublishedCertification c) -> c.supersededBy() != null)
                            .thenComparing(PublishedCertification::attestedAt, Comparator.reverseOrder()))
                    .map(c -> certification(c, records, said, noted)).toList();
            return new RegistryVendor(vendor.id(), vendor.name(), vendor.kind(), vendor.country(), vendor.website(),
                    aliases(vendor), codeNames(vendor), records.records(), certified);
        });
    }

    private static RegistryVendor.Certification certification(PublishedCertification certification,
                                                              VendorRecords records,
                                                              Map<String, List<ClaimResponse>> said,
                                                              Map<String, List<ClaimNote>> noted) {
        boolean current = certification.supersededBy() == null;
        List<RegistryVendor.Claim> claims = certification.answers().stream()
                .map(answer -> claim(certification, answer, current, records, said, noted)).toList();
        return new RegistryVendor.Certification(certification.id(), certification.guidelineId(),
                certification.guidelineVersion(), certification.attestedAt(), certification.attestedBy(),
                certification.attesterTitle(), current, certification.supersededBy(),
                new RegistryVendor.Certificate(certification.certificateDocumentId(), certification.certificateSha256(),
                        "/api/verify/" + certification.certificateDocumentId() + "?sha256="
                                + certification.certificateSha256()),
                claims);
    }

    private static RegistryVendor.Claim claim(PublishedCertification certification, PublishedAnswer answer,
                                              boolean current, VendorRecords records,
                                              Map<String, List<ClaimResponse>> said,
                                              Map<String, List<ClaimNote>> noted) {
        List<RegistryVendor.Finding> findings = records.findings(certification.guidelineId(), answer.criterionId());
        String key = certification.id() + "/" + answer.criterionId();
        return new RegistryVendor.Claim(answer.criterionId(), answer.question(), answer.answer().name(),
                answer.explanation(),
                answer.evidence().stream().map(e -> new RegistryVendor.Evidence(e.fileName(), e.mediaType(), e.sha256()))
                        .toList(),
                contested(answer.answer(), current, findings), findings,
                said.getOrDefault(key, List.of()).stream()
                        .map(r -> new RegistryVendor.Response(r.version(), r.body(), r.createdAt())).toList(),
                noted.getOrDefault(key, List.of()).stream()
                        .map(n -> new RegistryVendor.Note(n.organizationId(), n.organizationName(), n.body(),
                                n.createdAt())).toList());
    }

    /**
     * A YES or PARTLY claim of the current certification is contested when its criterion is breached in at least one
     * published cell. An unpublished cell carries no status at all, so suppressed data can never contest a claim.
     */
    static boolean contested(Answer answer, boolean current, List<RegistryVendor.Finding> findings) {
        return current && (answer == Answer.YES || answer == Answer.PARTLY)
                && findings.stream().anyMatch(f -> f.published() && BREACHED.equals(f.status()));
    }

    private static List<String> aliases(VendorView vendor) {
        return vendor.names().stream().filter(name -> name.kind() == VendorNameKind.ALIAS)
                .map(VendorView.NameView::name).toList();
    }

    private static List<RegistryVendor.CodeName> codeNames(VendorView vendor) {
        return vendor.names().stream().filter(name -> name.kind() == VendorNameKind.CODE_NAME)
                .map(name -> new RegistryVendor.CodeName(name.name(), name.clientName())).toList();
    }
}
