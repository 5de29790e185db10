package coop.steward.organizing.campaign;

import coop.steward.common.config.PublicUrl;
import coop.steward.common.validation.Language;
import coop.steward.evidence.DocumentKind;
import coop.steward.evidence.SignedDocument;
import coop.steward.evidence.SignedDocuments;
import coop.steward.organizing.OrganizationView;
import coop.steward.vendor.VendorView;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Makes what a delivery hands the vendor: the collective pack, and the signed PDF/A-3b letter that carries it. */
@Singleton
class CampaignDelivery {

    private final SignedDocuments documents;
    private final CollectiveEvidence evidence;
    private final CampaignThreshold threshold;
    private final PublicUrl publicUrl;

    CampaignDelivery(SignedDocuments documents, CollectiveEvidence evidence, CampaignThreshold threshold,
                     PublicUrl publicUrl) {
        this.documents = documents;
        this.evidence = evidence;
        this.threshold = threshold;
        this.publicUrl = publicUrl;
    }

    Delivered deliver(LetterFacts facts, UUID organizerId) {
        CollectiveEvidence.Pack pack = evidence.create(facts.organization().id(), organizerId, facts.vendor().id(),
                facts.language());
        int k = threshold.k(facts.organization().id());
        SignedDocument letter = documents.create(DocumentKind.CAMPAIGN_LETTER, facts.organization().id(),
                stamp -> CampaignLetterPdf.render(facts, pack, k, publicUrl.resolve("/verify"), stamp));
        return new Delivered(letter.id(), letter.sha256(), pack.id(), pack.sha256());
    }

    Optional<byte[]> pdf(UUID letterId) {
        return documents.find(letterId).filter(document -> document.kind() == DocumentKind.CAMPAIGN_LETTER)
                .map(SignedDocument::pdf);
    }

    /** What the letter says. */
    record LetterFacts(UUID campaignId, OrganizationView organization, VendorView vendor, String title, String demand,
                       int signatures, List<String> names, LocalDate respondBy, Language language, Instant deliveredAt) {
    }

    /** The letter and the pack it carries, as stored and signed. */
    record Delivered(UUID letterId, String letterSha256, UUID packId, String packSha256) {
    }
}
