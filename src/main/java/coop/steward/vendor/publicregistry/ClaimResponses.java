package coop.steward.vendor.publicregistry;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.time.Instants;
import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.organizing.Organizations;
import coop.steward.vendor.VendorAccounts;
import coop.steward.vendor.VendorView;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What is said publicly beside a claim: the vendor's response to a contested claim (each edit a new version, every
 * version kept) and organizations' notes. Only the vendor's own accounts answer for it; another vendor's account is
 * told the claim does not exist.
 */
@Singleton
public class ClaimResponses {

    static final int MAX_TEXT = 2000;
    static final ProblemType NOT_CONTESTED = new ProblemType("claim-not-contested", HttpStatus.CONFLICT,
            "Only a contested claim takes a public response");
    private static final Pattern CRITERION = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final PublicRegistry registry;
    private final VendorAccounts vendorAccounts;
    private final Organizations organizations;
    private final ClaimResponseRepository responses;
    private final ClaimNoteRepository notes;
    private final AuditLog audit;
    private final Clock clock;

    ClaimResponses(PublicRegistry registry, VendorAccounts vendorAccounts, Organizations organizations,
                   ClaimResponseRepository responses, ClaimNoteRepository notes, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.vendorAccounts = vendorAccounts;
        this.organizations = organizations;
        this.responses = responses;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts the next version of the vendor's response to one of its contested claims. */
    @Transactional
    public RegistryVendor.Response respond(UUID accountId, String vendorId, String certificationId, String criterionId,
                                           String body) {
        UUID vendor = vendorAccounts.vendorOf(accountId).map(VendorView::id)
                .filter(own -> RegistryIds.parse(vendorId).filter(own::equals).isPresent())
                .orElseThrow(() -> ProblemException.notFound("Claim"));
        ClaimKey claim = claim(vendor, certificationId, criterionId);
        int version = responses.findFirstByCertificationIdAndCriterionIdOrderByVersionDesc(claim.certificationId(),
                claim.criterionId()).map(ClaimResponse::version).orElse(0);
        if (!claim.contested() && version == 0) {
            throw new ProblemException(NOT_CONTESTED, "Workers' records do not contest this claim");
        }
        ClaimResponse saved = responses.save(new ClaimResponse(UuidV7.generate(clock), vendor, claim.certificationId(),
                claim.criterionId(), version + 1, body.strip(), accountId, Instants.now(clock)));
        audit.record(accountId, ActorRole.VENDOR, "registry.response-posted", "vendor", vendor);
        return new RegistryVendor.Response(saved.version(), saved.body(), saved.createdAt());
    }

    /** Adds an organization's public note to any claim of any vendor's published certification. */
    @Transactional
    public RegistryVendor.Note note(UUID accountId, String vendorId, String certificationId, String criterionId,
                                    ClaimNoteRequest request) {
        UUID vendor = RegistryIds.parse(vendorId).orElseThrow(() -> ProblemException.notFound("Claim"));
        ClaimKey claim = claim(vendor, certificationId, criterionId);
        OrganizationView organization = organizations.visibleTo(request.organizationId(), accountId)
                .filter(found -> organizations.isOrganizer(found.id(), accountId))
                .orElseThrow(() -> ProblemException.invalid("organizationId", "is not an organization you organize"));
        ClaimNote saved = notes.save(new ClaimNote(UuidV7.generate(clock), vendor, claim.certificationId(),
                claim.criterionId(), organization.id(), organization.name(), request.body().strip(), accountId,
                Instants.now(clock)));
        audit.record(accountId, ActorRole.ORGANIZER, "registry.note-posted", "vendor", vendor);
        return new RegistryVendor.Note(organization.id(), organization.name(), saved.body(), saved.createdAt());
    }

    private ClaimKey claim(UUID vendorId, String certificationId, String criterionId) {
        UUID certification = RegistryIds.parse(certificationId).orElseThrow(() -> ProblemException.notFound("Claim"));
        if (criterionId == null || !CRITERION.matcher(criterionId).matches()) {
            throw ProblemException.notFound("Claim");
        }
        RegistryVendor vendor = registry.vendor(vendorId, Language.EN)
                .orElseThrow(() -> ProblemException.notFound("Claim"));
        return vendor.certifications().stream().filter(c -> c.id().equals(certification))
                .flatMap(c -> c.claims().stream().filter(q -> q.criterionId().equals(criterionId))
                        .map(q -> new ClaimKey(certification, criterionId, q.contested())))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Claim"));
    }

    private record ClaimKey(UUID certificationId, String criterionId, boolean contested) {
    }
}
