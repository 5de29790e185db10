package coop.steward.organizing.campaign;

import coop.steward.organizing.disclosure.Rules;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The k below which a campaign's count is not shown and the campaign cannot be delivered: the disclosure k, the
 * same that keeps every other figure about members from singling one out.
 */
@Singleton
class CampaignThreshold {

    int k(UUID organizationId) {
        return Rules.defaults().k();
    }
}
