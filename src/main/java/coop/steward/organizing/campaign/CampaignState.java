package coop.steward.organizing.campaign;

/** Where a campaign stands: drafted, open for signatures, delivered to the vendor, answered, or closed. */
public enum CampaignState {
    DRAFT, OPEN, DELIVERED, RESPONDED, CLOSED
}
