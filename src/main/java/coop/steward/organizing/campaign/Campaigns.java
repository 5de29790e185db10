package coop.steward.organizing.campaign;

import coop.steward.common.audit.ActorRole;
import coop.steward.common.audit.AuditLog;
import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.organizing.Organizations;
import coop.steward.vendor.VendorRegistry;
import coop.steward.vendor.VendorView;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns against a vendor: organizers draft, open, deliver and close them and record the vendor's answer;
 * members co-sign, named or counted, and may withdraw until delivery. The count leaves a signer's own view only
 * once it reaches the organization's k, and every organizer read of signatures is written to the audit log.
 */
@Singleton
public class Campaigns {

    static final ProblemType NOT_OPEN = new ProblemType("campaign-not-open", HttpStatus.CONFLICT,
            "The campaign does not take signatures now");
    static final ProblemType FROZEN = new ProblemType("campaign-signatures-frozen", HttpStatus.CONFLICT,
            "The campaign was delivered: its signatures can no longer change");
    static final ProblemType WRONG_STATE = new ProblemType("campaign-wrong-state", HttpStatus.CONFLICT,
            "The campaign is not in a state that allows this");
    static final ProblemType BELOW_K = new ProblemType("campaign-below-k", HttpStatus.CONFLICT,
            "Too few members have signed to deliver the campaign");


    private final CampaignRepository campaigns;
    private final CampaignSignatureRepository signatures;
    private final Organizations organizations;
    private final VendorRegistry vendors;
    private final CampaignThreshold threshold;
    private final DemandLetters demands;
    private final CampaignDelivery delivery;
    private final AuditLog audit;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, CampaignSignatureRepository signatures, Organizations organizations,
              VendorRegistry vendors, CampaignThreshold threshold, DemandLetters demands, CampaignDelivery delivery,
              AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.signatures = signatures;
        this.organizations = organizations;
        this.vendors = vendors;
        this.threshold = threshold;
        this.demands = demands;
        this.delivery = delivery;
        this.audit = audit;
        this.clock = clock;
    }

    // --- organizers ---

    /** The demand as the collective findings put it: what the page prefills for the organizer to edit. */
    @Transactional
    public String draftLetter(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        VendorView vendor = vendorOrInvalid(vendorId);
        return demands.prefill(organization, vendor, organizerId, language);
    }

    @Transactional
    public CampaignView create(UUID organizationId, UUID organizerId, CampaignRequest request) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        VendorView vendor = vendorOrInvalid(request.vendorId());
        Language language = request.languageOrEnglish();
        String letter = letterOrPrefilled(request, organization, vendor, organizerId, language);
        Campaign campaign = campaigns.save(new Campaign(UuidV7.generate(clock), organizationId, vendor.id(),
                request.title().strip(), letter, request.goal(), request.respondBy(), language.code(),
                CampaignState.DRAFT, organizerId, Instants.now(clock), null, null, null, null, null, null, null, null,
                null, null));
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.created", "campaign", campaign.id());
        return organizerView(campaign, organization, organizerId);
    }

    /** Rewrites a draft; once open, its demand is what members sign and no longer changes. */
    @Transactional
    public CampaignView update(UUID organizationId, UUID organizerId, UUID campaignId, CampaignRequest request) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        Campaign campaign = lockOf(organizationId, campaignId);
        if (campaign.state() != CampaignState.DRAFT) {
            throw wrongState("only a draft can be edited");
        }
        VendorView vendor = vendorOrInvalid(request.vendorId());
        Language language = request.languageOrEnglish();
        String letter = letterOrPrefilled(request, organization, vendor, organizerId, language);
        Campaign edited = new Campaign(campaign.id(), campaign.organizationId(), vendor.id(), request.title().strip(),
                letter, request.goal(), request.respondBy(), language.code(), campaign.state(), campaign.createdBy(),
                campaign.createdAt(), null, null, null, null, null, null, null, null, null, null);
        campaigns.update(edited);
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.edited", "campaign", campaign.id());
        return organizerView(edited, organization, organizerId);
    }

    @Transactional
    public List<CampaignView> list(UUID organizationId, UUID organizerId) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        return campaigns.ofOrganization(organizationId).stream()
                .map(campaign -> organizerView(campaign, organization, organizerId)).toList();
    }

    @Transactional
    public CampaignView get(UUID organizationId, UUID organizerId, UUID campaignId) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        return organizerView(campaignOf(organizationId, campaignId), organization, organizerId);
    }

    @Transactional
    public CampaignView open(UUID organizationId, UUID organizerId, UUID campaignId) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        Campaign campaign = lockOf(organizationId, campaignId);
        if (campaign.state() != CampaignState.DRAFT) {
            throw wrongState("only a draft can be opened");
        }
        if (campaign.respondBy().isBefore(today())) {
            throw ProblemException.invalid("respondBy", "has passed: give the vendor a day that is still to come");
        }
        Campaign opened = campaign.opened(Instants.now(clock));
        campaigns.update(opened);
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.opened", "campaign", campaign.id());
        return organizerView(opened, organization, organizerId);
    }

    /**
     * Delivers an open campaign whose count reached k: builds and signs the collective pack and the letter that
     * carries it, and freezes the signatures. Refused, with nothing written, below k.
     */
    @Transactional
    public CampaignView deliver(UUID organizationId, UUID organizerId, UUID campaignId) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        Campaign campaign = lockOf(organizationId, campaignId);
        if (campaign.state() != CampaignState.OPEN) {
            throw wrongState("only an open campaign can be delivered");
        }
        int k = threshold.k(organizationId);
        List<CampaignSignature> signed = signatures.ofMembers(campaign.id());
        if (signed.size() < k) {
            throw new ProblemException(BELOW_K, "Fewer than " + k + " members have signed; the count must reach the "
                    + "organization's k (" + k + ") before the letter can go", List.of(new Violation("signatures",
                    "fewer than " + k)));
        }
        signed.forEach(signature -> auditSignature(organizerId, campaign, signature));
        VendorView vendor = vendors.find(campaign.vendorId()).orElseThrow(() -> ProblemException.notFound("Vendor"));
        Instant now = Instants.now(clock);
        List<String> names = signed.stream().map(CampaignSignature::printedName).filter(Objects::nonNull).toList();
        CampaignDelivery.Delivered letter = delivery.deliver(new CampaignDelivery.LetterFacts(campaign.id(),
                organization, vendor, campaign.title(), campaign.letter(), signed.size(), names, campaign.respondBy(),
                Language.of(campaign.language()), now), organizerId);
        Campaign delivered = campaign.delivered(now, signed.size(), letter.letterId(), letter.letterSha256(),
                letter.packId(), letter.packSha256());
        campaigns.update(delivered);
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.delivered", "campaign", campaign.id());
        return organizerView(delivered, organization, organizerId);
    }

    /** The signed letter as delivered; it prints the names of those who chose to be named, so reading it is audited. */
    @Transactional
    public byte[] letter(UUID organizationId, UUID organizerId, UUID campaignId) {
        requireOrganizer(organizationId, organizerId);
        Campaign campaign = campaignOf(organizationId, campaignId);
        if (campaign.letterDocumentId() == null) {
            throw ProblemException.notFound("Letter");
        }
        byte[] pdf = delivery.pdf(campaign.letterDocumentId()).orElseThrow(() -> ProblemException.notFound("Letter"));
        signatures.ofMembers(campaign.id()).stream().filter(CampaignSignature::named).forEach(signature ->
                audit.recordRead(organizerId, ActorRole.ORGANIZER, "campaign.letter-read", "campaign", campaign.id(),
                        signature.workerId()));
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.letter-downloaded", "campaign", campaign.id());
        return pdf;
    }

    @Transactional
    public CampaignView respond(UUID organizationId, UUID organizerId, UUID campaignId, ResponseRequest request) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        Campaign campaign = lockOf(organizationId, campaignId);
        if (campaign.state() != CampaignState.DELIVERED && campaign.state() != CampaignState.RESPONDED) {
            throw wrongState("only a delivered campaign can record the vendor's response");
        }
        LocalDate deliveredOn = campaign.deliveredAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (request.respondedOn().isAfter(today())) {
            throw ProblemException.invalid("respondedOn", "must not be in the future");
        }
        if (request.respondedOn().isBefore(deliveredOn)) {
            throw ProblemException.invalid("respondedOn", "must not be before the delivery (" + deliveredOn + ")");
        }
        Campaign responded = campaign.responded(request.respondedOn(), request.summary().strip());
        campaigns.update(responded);
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.response-recorded", "campaign", campaign.id());
        return organizerView(responded, organization, organizerId);
    }

    @Transactional
    public CampaignView close(UUID organizationId, UUID organizerId, UUID campaignId) {
        OrganizationView organization = requireOrganizer(organizationId, organizerId);
        Campaign campaign = lockOf(organizationId, campaignId);
        if (campaign.state() == CampaignState.CLOSED) {
            return organizerView(campaign, organization, organizerId);
        }
        Campaign closed = campaign.closed(Instants.now(clock));
        campaigns.update(closed);
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.closed", "campaign", campaign.id());
        return organizerView(closed, organization, organizerId);
    }

    // --- members ---

    /** Every campaign past its draft in the worker's organizations, newest first. */
    @Transactional(readOnly = true)
    public List<MemberCampaignView> shownTo(UUID workerId) {
        return campaigns.shownTo(workerId).stream().map(campaign -> memberView(campaign, workerId)).toList();
    }

    @Transactional(readOnly = true)
    public MemberCampaignView forMember(UUID workerId, UUID campaignId) {
        return memberView(memberCampaign(workerId, campaignId, false), workerId);
    }

    /** Signs, or changes how one signed; the same signature again changes nothing. True when it is new. */
    @Transactional
    public SignOutcome sign(UUID workerId, UUID campaignId, SignRequest request) {
        String printed = request.printedName() == null ? "" : request.printedName().strip();
        if (request.named() && printed.isEmpty()) {
            throw ProblemException.invalid("printedName", "must not be blank when you sign with your name");
        }
        if (!request.named() && !printed.isEmpty()) {
            throw ProblemException.invalid("printedName", "must be empty when you are counted only");
        }
        Campaign campaign = memberCampaign(workerId, campaignId, true);
        requireSignable(campaign);
        String name = request.named() ? printed : null;
        Optional<CampaignSignature> existing = signatures.findByCampaignIdAndWorkerId(campaignId, workerId);
        boolean created = existing.isEmpty();
        if (created) {
            signatures.save(new CampaignSignature(UuidV7.generate(clock), campaignId, workerId, name,
                    Instants.now(clock)));
        } else if (!Objects.equals(existing.get().printedName(), name)) {
            CampaignSignature before = existing.get();
            signatures.update(new CampaignSignature(before.id(), campaignId, workerId, name, before.signedAt()));
        }
        return new SignOutcome(memberView(campaign, workerId), created);
    }

    /** Takes one's signature back, while the campaign is open; withdrawing what was never given changes nothing. */
    @Transactional
    public MemberCampaignView withdraw(UUID workerId, UUID campaignId) {
        Campaign campaign = memberCampaign(workerId, campaignId, true);
        requireSignable(campaign);
        signatures.withdraw(campaignId, workerId);
        return memberView(campaign, workerId);
    }

    /** What a signature did: the campaign as the member now sees it, and whether the signature is new. */
    public record SignOutcome(MemberCampaignView view, boolean created) {
    }

    // --- shared ---

    private void requireSignable(Campaign campaign) {
        switch (campaign.state()) {
            case OPEN -> {
            }
            case DELIVERED, RESPONDED -> throw new ProblemException(FROZEN, null,
                    List.of(new Violation("campaign", "was delivered on "
                            + campaign.deliveredAt().atZone(ZoneOffset.UTC).toLocalDate())));
            default -> throw new ProblemException(NOT_OPEN, null,
                    List.of(new Violation("campaign", "is " + campaign.state().name().toLowerCase())));
        }
    }

    private String letterOrPrefilled(CampaignRequest request, OrganizationView organization, VendorView vendor,
                                     UUID organizerId, Language language) {
        if (request.letter() != null && !request.letter().isBlank()) {
            return request.letter().strip();
        }
        return demands.prefill(organization, vendor, organizerId, language);
    }

    private OrganizationView requireOrganizer(UUID organizationId, UUID organizerId) {
        if (!organizations.isOrganizer(organizationId, organizerId)) {
            throw ProblemException.notFound("Organization");
        }
        return organizations.visibleTo(organizationId, organizerId)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
    }

    private Campaign campaignOf(UUID organizationId, UUID campaignId) {
        return campaigns.findById(campaignId).filter(campaign -> campaign.organizationId().equals(organizationId))
                .orElseThrow(() -> ProblemException.notFound("Campaign"));
    }

    private Campaign lockOf(UUID organizationId, UUID campaignId) {
        return campaigns.lock(campaignId).filter(campaign -> campaign.organizationId().equals(organizationId))
                .orElseThrow(() -> ProblemException.notFound("Campaign"));
    }

    /** A campaign the worker may see: past its draft, in an organization they are a member of (not an organizer). */
    private Campaign memberCampaign(UUID workerId, UUID campaignId, boolean lock) {
        Optional<Campaign> found = lock ? campaigns.lock(campaignId) : campaigns.findById(campaignId);
        return found.filter(campaign -> campaign.state() != CampaignState.DRAFT)
                .filter(campaign -> !organizations.isOrganizer(campaign.organizationId(), workerId)
                        && organizations.visibleTo(campaign.organizationId(), workerId).isPresent())
                .orElseThrow(() -> ProblemException.notFound("Campaign"));
    }

    private VendorView vendorOrInvalid(UUID vendorId) {
        return vendors.find(vendorId)
                .orElseThrow(() -> ProblemException.invalid("vendorId", "is not a vendor of the registry"));
    }

    private CampaignView organizerView(Campaign campaign, OrganizationView organization, UUID organizerId) {
        int k = threshold.k(campaign.organizationId());
        List<CampaignSignature> signed = signatures.ofMembers(campaign.id());
        int count = campaign.deliveredCount() != null ? campaign.deliveredCount() : signed.size();
        SignatureCount shown = SignatureCount.of(count, k);
        List<String> names = List.of();
        if (shown.reached()) {
            signed.forEach(signature -> auditSignature(organizerId, campaign, signature));
            names = signed.stream().map(CampaignSignature::printedName).filter(Objects::nonNull).toList();
        }
        audit.record(organizerId, ActorRole.ORGANIZER, "campaign.signatures-counted", "campaign", campaign.id());
        CampaignView.Delivery delivered = campaign.letterDocumentId() == null ? null
                : new CampaignView.Delivery(campaign.letterDocumentId(), campaign.letterSha256(), campaign.packId(),
                campaign.packSha256(), campaign.deliveredCount());
        String vendorName = vendors.find(campaign.vendorId()).map(VendorView::name).orElse("");
        return new CampaignView(campaign.id(), campaign.organizationId(), organization.name(), campaign.vendorId(),
                vendorName, campaign.title(), campaign.letter(), campaign.goal(), campaign.respondBy(),
                campaign.language(), campaign.state(), campaign.overdue(today()), campaign.createdAt(),
                campaign.openedAt(), campaign.deliveredAt(), campaign.closedAt(), shown, names, delivered,
                response(campaign));
    }

    private void auditSignature(UUID organizerId, Campaign campaign, CampaignSignature signature) {
        audit.recordRead(organizerId, ActorRole.ORGANIZER, signature.named() ? "campaign.signer-named" : "campaign.signature-counted",
                "campaign", campaign.id(), signature.workerId());
    }

    private MemberCampaignView memberView(Campaign campaign, UUID workerId) {
        int k = threshold.k(campaign.organizationId());
        int count = campaign.deliveredCount() != null ? campaign.deliveredCount()
                : signatures.countMembers(campaign.id());
        MemberCampaignView.MySignature mine = signatures.findByCampaignIdAndWorkerId(campaign.id(), workerId)
                .map(signature -> new MemberCampaignView.MySignature(signature.named(), signature.printedName(),
                        signature.signedAt())).orElse(null);
        String organizationName = organizations.visibleTo(campaign.organizationId(), workerId)
                .map(OrganizationView::name).orElse("");
        String vendorName = vendors.find(campaign.vendorId()).map(VendorView::name).orElse("");
        return new MemberCampaignView(campaign.id(), campaign.organizationId(), organizationName, vendorName,
                campaign.title(), campaign.letter(), campaign.goal(), campaign.respondBy(), campaign.state(),
                campaign.overdue(today()), SignatureCount.of(count, k), campaign.takesSignatures(), mine,
                response(campaign));
    }

    private static CampaignView.VendorResponse response(Campaign campaign) {
        return campaign.respondedOn() == null ? null
                : new CampaignView.VendorResponse(campaign.respondedOn(), campaign.responseSummary());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instants.now(clock), ZoneOffset.UTC);
    }

    private static ProblemException wrongState(String why) {
        return new ProblemException(WRONG_STATE, why, List.of(new Violation("state", why)));
    }
}
