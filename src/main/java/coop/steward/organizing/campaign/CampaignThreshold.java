package coop.steward.organizing.campaign;

import jakarta.inject.Singleton;

import java.util.UUID;

/** The k below which a campaign's count is not shown and the campaign cannot be delivered: the disclosure k. */
@Singleton
class CampaignThreshold {

    int k(UUID organizationId) {
        return 5;
    }
}
