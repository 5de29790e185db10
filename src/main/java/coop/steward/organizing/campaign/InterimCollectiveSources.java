package coop.steward.organizing.campaign;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.validation.Language;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Stands in until the collective feature's CollectivePacks and the dashboards' figures are merged: no breach is
 * claimed, and a delivery is refused (503) rather than sent without its collective pack.
 */
@Singleton
class InterimCollectiveSources implements CollectiveEvidence, BreachedFindings {

    @Override
    public Pack create(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Collective packs are not available on this build");
    }

    @Override
    public List<Breach> of(UUID organizationId, UUID organizerId, UUID vendorId, Language language) {
        return List.of();
    }
}
