package coop.steward.organizing.campaign;

import coop.steward.organizing.dashboard.DisclosureSettings;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The k below which a campaign's count is not shown and the campaign cannot be delivered: the organization's
 * disclosure k (default 5, never below 3), the same that keeps every other figure about members from singling one out.
 */
@Singleton
class CampaignThreshold {

    private final DisclosureSettings disclosure;

    CampaignThreshold(DisclosureSettings disclosure) {
        this.disclosure = disclosure;
    }

    int k(UUID organizationId) {
        return disclosure.rules(organizationId).k();
    }
}
