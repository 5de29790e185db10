package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import coop.steward.evidence.DocumentKind;
import coop.steward.evidence.SignedDocument;
import coop.steward.evidence.SignedDocuments;
import coop.steward.evidence.pdf.DocumentBuilder;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** A signed collective pack of the instance, for the campaign tests (HTTP and browser) while the collective feature is not merged. */
@Singleton
@Replaces(CollectiveSources.class)
@Requires(property = "spec.name", pattern = "CampaignControllerTest|CampaignBrowserTest")
class StandInCollectivePack implements CollectiveEvidence, BreachedFindings {

    private final SignedDocuments documents;

    StandInCollectivePack(SignedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Pack create(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        SignedDocument pack = documents.create(DocumentKind.COLLECTIVE_PACK, organizationId, stamp -> {
            try (DocumentBuilder pdf = new DocumentBuilder(language, "Collective evidence pack " + stamp.id(), stamp.id(),
                    stamp.createdAt())) {
                return pdf.title("Collective evidence pack").field("Vendor", vendorId.toString())
                        .paragraph("Figures over the members who consent to aggregate use, suppressed below five workers.")
                        .build("Collective evidence pack " + stamp.id()).bytes();
            }
        });
        return new Pack(pack.id(), pack.sha256(), pack.pdf());
    }

    @Override
    public List<Breach> of(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        return List.of(new Breach("Fair pay", "Workers earn at least the local minimum wage after costs",
                "KES 118.40 an hour", "KES 125.00 an hour"));
    }
}
