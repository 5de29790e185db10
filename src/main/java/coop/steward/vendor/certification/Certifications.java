package coop.steward.vendor.certification;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import coop.steward.common.validation.Language;
import coop.steward.grievance.AttachmentType;
import coop.steward.grievance.UploadedFiles;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Guideline;
import coop.steward.vendor.VendorAccounts;
import coop.steward.vendor.VendorView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Vendors' self-certifications: a VENDOR account answers a shipped guideline's questionnaire for its own canonical
 * vendor, offers evidence, and attests; the attested answers are frozen, signed into a certificate and published.
 * Another vendor's certification answers 404, as if it did not exist.
 */
@Singleton
public class Certifications {

    static final ProblemType ATTESTED = new ProblemType("certification-attested", HttpStatus.CONFLICT,
            "The certification is attested; its answers can no longer change");
    static final ProblemType INCOMPLETE = new ProblemType("certification-incomplete", HttpStatus.UNPROCESSABLE_ENTITY,
            "Every question needs an answer and an explanation before the certification can be attested");
    static final ProblemType GUIDELINE_CHANGED = new ProblemType("certification-guideline-changed", HttpStatus.CONFLICT,
            "The guideline has a new version since this certification was started; start a new one");
    static final ProblemType START_RACED = new ProblemType("certification-start-raced", HttpStatus.CONFLICT,
            "Another request started a draft against this guideline at the same moment; "
                    + "list your certifications to open it");
    static final ProblemType EVIDENCE_LIMIT = new ProblemType("certification-evidence-limit",
            HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The certification has as much evidence as it may hold");

    static final Set<AttachmentType> EVIDENCE_TYPES = EnumSet.of(AttachmentType.PDF, AttachmentType.PNG,
            AttachmentType.JPEG, AttachmentType.WEBP);

    private final CertificationRepository certifications;
    private final CertificationAnswerRepository answers;
    private final CertificationEvidenceRepository evidence;
    private final VendorAccounts vendorAccounts;
    private final PolicyTemplates templates;
    private final UploadedFiles files;
    private final EvidenceLimits limits;
    private final Certificates certificates;
    private final AuditLog audit;
    private final CertificationViews views;
    private final Clock clock;

    Certifications(CertificationRepository certifications, CertificationAnswerRepository answers,
                   CertificationEvidenceRepository evidence, VendorAccounts vendorAccounts, PolicyTemplates templates,
                   UploadedFiles files, EvidenceLimits limits, Certificates certificates, AuditLog audit,
                   CertificationViews views, Clock clock) {
        this.certifications = certifications;
        this.answers = answers;
        this.evidence = evidence;
        this.vendorAccounts = vendorAccounts;
        this.templates = templates;
        this.files = files;
        this.limits = limits;
        this.certificates = certificates;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
    }

    /** Every attested certification of a vendor, newest first, with its answers (public data), in English. */
    @Transactional(readOnly = true)
    public List<PublishedCertification> published(UUID vendorId) {
        return published(vendorId, Language.EN);
    }

    /** The same, with each question as it was answered, in the given language. */
    @Transactional(readOnly = true)
    public List<PublishedCertification> published(UUID vendorId, Language language) {
        return certifications.attestedOf(vendorId).stream().map(c -> views.published(c, language)).toList();
    }

    /** One attested certification, for its public certificate; empty for a draft or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<PublishedCertification> publishedCertification(UUID certificationId, Language language) {
        return certifications.findById(certificationId).filter(Certification::attested)
                .map(c -> views.published(c, language));
    }

    /** The signed certificate of an attested certification; empty for a draft or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<byte[]> certificate(UUID certificationId) {
        return certifications.findById(certificationId).filter(Certification::attested)
                .flatMap(c -> Optional.ofNullable(c.certificateDocumentId()))
                .flatMap(certificates::pdf);
    }

    @Transactional(readOnly = true)
    List<CertificationSummary> list(UUID accountId) {
        VendorView vendor = vendorOf(accountId);
        return certifications.findByVendorIdOrderByStartedAtDesc(vendor.id()).stream()
                .map(CertificationSummary::of).toList();
    }

    /** Starts a draft, or answers the draft already open for this guideline (a retried start creates one). */
    @Transactional
    Started start(UUID accountId, StartCertificationRequest request, Language language) {
        VendorView vendor = vendorOf(accountId);
        Guideline guideline = templates.guideline(request.guidelineId()).orElseThrow(() -> ProblemException.invalid(
                "guidelineId", "no guideline '" + request.guidelineId() + "'; see GET /api/guidelines"));
        if (request.guidelineVersion() != null && !request.guidelineVersion().equals(guideline.version())) {
            throw ProblemException.invalid("guidelineVersion", "the version in force of " + guideline.id() + " is "
                    + guideline.version() + ", not " + request.guidelineVersion());
        }
        Optional<Certification> open = certifications.findByVendorIdAndGuidelineIdAndOpenDraft(vendor.id(),
                guideline.id(), Certification.DRAFT);
        if (open.isPresent()) {
            return new Started(views.view(open.get(), language), false);
        }
        Certification draft = saveOnlyDraft(Certification.draft(UuidV7.generate(clock), vendor.id(),
                guideline.id(), guideline.version(), accountId, Instants.now(clock)));
        audit.record(accountId, ActorRole.VENDOR, "certification.started", "certification", draft.id());
        return new Started(views.view(draft, language), true);
    }

    /**
     * The database holds one open draft per vendor and guideline: a start that loses the race to another one at the
     * same moment is told so (409), and its transaction rolls back, leaving the winner's draft alone.
     */
    private Certification saveOnlyDraft(Certification draft) {
        try {
            return certifications.save(draft);
        } catch (DataAccessException failed) {
            if (causedByAConstraint(failed)) {
                throw new ProblemException(START_RACED, START_RACED.title(), List.of(
                        new Violation("guidelineId", "a draft against " + draft.guidelineId() + " is already open")));
            }
            throw failed;
        }
    }

    private static boolean causedByAConstraint(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    record Started(CertificationView view, boolean created) {
    }

    @Transactional(readOnly = true)
    CertificationView get(UUID accountId, UUID certificationId, Language language) {
        return views.view(owned(accountId, certificationId, false), language);
    }

    /** Saves one draft answer; 409 once attested. */
    @Transactional
    QuestionView answer(UUID accountId, UUID certificationId, String criterionId, AnswerRequest request,
                        Language language) {
        Certification certification = editable(accountId, certificationId);
        Guideline guideline = guidelineOf(certification);
        Criterion criterion = criterionOf(guideline, criterionId);
        String explanation = request.explanation() == null || request.explanation().isBlank() ? null
                : request.explanation().strip();
        AnswerKey key = new AnswerKey(certificationId, criterionId);
        CertificationAnswer saved = new CertificationAnswer(key, guideline.criteria().indexOf(criterion), null,
                request.answer(), explanation, Instants.now(clock));
        if (answers.existsById(key)) {
            answers.update(saved);
        } else {
            answers.save(saved);
        }
        return views.question(criterion, saved, certificationId, language);
    }

    /** Inspects and keeps one document for an answer; the same bytes again answer the stored one. */
    @Transactional
    EvidenceUpload addEvidence(UUID accountId, UUID certificationId, String criterionId, byte[] bytes,
                               @Nullable String fileName, @Nullable String declaredType) {
        Certification certification = editable(accountId, certificationId);
        criterionOf(guidelineOf(certification), criterionId);
        UploadedFiles.CheckedFile file = files.check(bytes, fileName, declaredType, EVIDENCE_TYPES, limits.maxBytesEach());
        Optional<EvidenceSummary> same = evidence.findFirstByCertificationIdAndCriterionIdAndSha256(certificationId,
                criterionId, file.sha256());
        if (same.isPresent()) {
            return new EvidenceUpload(same.get().view(), false);
        }
        if (evidence.countByCertificationIdAndCriterionId(certificationId, criterionId) >= limits.maxFilesPerAnswer()) {
            throw limit("An answer may have at most " + limits.maxFilesPerAnswer() + " documents; delete one first");
        }
        long stored = evidence.storedBytesOf(certificationId);
        if (stored + file.bytes().length > limits.maxBytesPerCertification()) {
            throw limit("The certification holds " + stored + " bytes of evidence; this file of " + file.bytes().length
                    + " would pass the " + limits.maxBytesPerCertification() + " allowed");
        }
        String name = file.fileName() != null ? file.fileName() : "evidence" + extension(file.type());
        CertificationEvidence saved = evidence.save(new CertificationEvidence(UuidV7.generate(clock), certificationId,
                criterionId, name, file.type().mediaType(), file.bytes().length, file.sha256(), file.bytes(),
                accountId, Instants.now(clock)));
        return new EvidenceUpload(new EvidenceView(saved.id(), criterionId, saved.fileName(), saved.mediaType(),
                saved.sizeBytes(), saved.sha256(), saved.uploadedAt()), true);
    }

    record EvidenceUpload(EvidenceView view, boolean stored) {
    }

    @Transactional(readOnly = true)
    CertificationEvidence evidenceFile(UUID accountId, UUID certificationId, UUID evidenceId) {
        owned(accountId, certificationId, false);
        return evidence.findByIdAndCertificationId(evidenceId, certificationId)
                .orElseThrow(() -> ProblemException.notFound("Evidence"));
    }

    /** Removes a document from a draft; 409 once attested. */
    @Transactional
    void deleteEvidence(UUID accountId, UUID certificationId, UUID evidenceId) {
        editable(accountId, certificationId);
        CertificationEvidence stored = evidence.findByIdAndCertificationId(evidenceId, certificationId)
                .orElseThrow(() -> ProblemException.notFound("Evidence"));
        evidence.delete(stored);
    }

    /**
     * Attests a complete draft: freezes its answers with the questions as answered, supersedes the vendor's
     * certification in force against the same guideline, and signs the certificate, all in one transaction.
     */
    @Transactional
    CertificationView attest(UUID accountId, UUID certificationId, AttestationRequest request, Language language) {
        Certification draft = editable(accountId, certificationId);
        Guideline guideline = guidelineOf(draft);
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        if (request.date().isAfter(latest)) {
            throw ProblemException.invalid("date", "the attestation cannot be dated after today");
        }
        LocalDate earliest = draft.startedAt().atOffset(ZoneOffset.ofHours(-12)).toLocalDate();
        if (request.date().isBefore(earliest)) {
            throw ProblemException.invalid("date", "the attestation cannot be dated before the certification was started ("
                    + earliest + ")");
        }
        Map<String, CertificationAnswer> given = answers.answersOf(certificationId).stream()
                .collect(Collectors.toMap(a -> a.id().criterionId(), Function.identity()));
        List<Violation> missing = new ArrayList<>();
        for (Criterion criterion : guideline.criteria()) {
            CertificationAnswer answer = given.get(criterion.id());
            if (answer == null || answer.answer() == null) {
                missing.add(new Violation("answers." + criterion.id() + ".answer", "no answer to '" + criterion.id() + "'"));
            }
            if (answer == null || answer.explanation() == null || answer.explanation().isBlank()) {
                missing.add(new Violation("answers." + criterion.id() + ".explanation",
                        "no explanation for '" + criterion.id() + "'"));
            }
        }
        if (!missing.isEmpty()) {
            String criteria = missing.stream().map(v -> v.field().split("\\.")[1]).distinct()
                    .collect(Collectors.joining(", "));
            throw new ProblemException(INCOMPLETE, "Still to answer: " + criteria, missing);
        }
        for (Criterion criterion : guideline.criteria()) {
            answers.update(given.get(criterion.id()).withQuestion(views.questionJson(criterion)));
        }
        Instant now = Instants.now(clock);
        List<Certification> inForce = certifications.inForceFor(draft.vendorId(), draft.guidelineId());
        UUID replaced = inForce.stream().map(Certification::id).findFirst().orElse(null);
        Certification attested = draft.attest(now, request.date(), request.name().strip(), request.title().strip(),
                accountId, replaced);
        certifications.update(attested);
        for (Certification old : inForce) {
            certifications.update(old.supersededBy(attested.id(), now));
        }
        Certificates.Signed signed = certificates.sign(views.published(attested, language), vendorOf(accountId).name(),
                request.date(), replaced, guideline, language);
        attested = attested.withCertificate(signed.documentId(), signed.sha256());
        certifications.update(attested);
        audit.record(accountId, ActorRole.VENDOR, "certification.attested", "certification", attested.id());
        return views.view(attested, language);
    }

    private VendorView vendorOf(UUID accountId) {
        return vendorAccounts.vendorOf(accountId).orElseThrow(() -> ProblemException.notFound("Vendor"));
    }

    /** The account's vendor's certification, locked for a write when asked; another vendor's answers 404. */
    private Certification owned(UUID accountId, UUID certificationId, boolean lock) {
        VendorView vendor = vendorOf(accountId);
        Optional<Certification> found = lock ? certifications.findForUpdate(certificationId)
                : certifications.findById(certificationId);
        return found.filter(c -> c.vendorId().equals(vendor.id()))
                .orElseThrow(() -> ProblemException.notFound("Certification"));
    }

    private Certification editable(UUID accountId, UUID certificationId) {
        Certification certification = owned(accountId, certificationId, true);
        if (certification.attested()) {
            throw new ProblemException(ATTESTED, "Certification " + certificationId + " was attested on "
                    + certification.attestedOn() + "; start a new certification to change an answer");
        }
        return certification;
    }

    private Guideline guidelineOf(Certification certification) {
        return templates.guideline(certification.guidelineId())
                .filter(guideline -> guideline.version().equals(certification.guidelineVersion()))
                .orElseThrow(() -> new ProblemException(GUIDELINE_CHANGED, "This certification answers "
                        + certification.guidelineId() + " version " + certification.guidelineVersion()
                        + ", which is no longer in force"));
    }

    private static Criterion criterionOf(Guideline guideline, String criterionId) {
        return guideline.criterion(criterionId).orElseThrow(() -> ProblemException.notFound("Criterion"));
    }

    private static ProblemException limit(String detail) {
        return new ProblemException(EVIDENCE_LIMIT, detail, List.of(new Violation("file", detail)));
    }

    static String extension(AttachmentType type) {
        return extension(type.mediaType());
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            default -> ".bin";
        };
    }
}
