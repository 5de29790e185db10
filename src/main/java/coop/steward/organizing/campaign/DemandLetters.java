package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.vendor.VendorView;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Writes the demand a campaign starts from: the collective findings the vendor breaches, in the letter's language. */
@Singleton
class DemandLetters {

    private final BreachedFindings findings;

    DemandLetters(BreachedFindings findings) {
        this.findings = findings;
    }

    String prefill(OrganizationView organization, VendorView vendor, UUID organizerId, Language language) {
        CampaignWords words = new CampaignWords(language);
        List<BreachedFindings.Breach> breaches = findings.of(organization.id(), organizerId, vendor.id(), language);
        StringBuilder letter = new StringBuilder(words.format("demand.opening", organization.name(), vendor.name()))
                .append("\n\n");
        if (breaches.isEmpty()) {
            letter.append(words.get("demand.noFindings"));
        } else {
            letter.append(words.get("demand.findings"));
            breaches.forEach(breach -> letter.append('\n').append(words.format("demand.finding", breach.principle(),
                    breach.text(), breach.figure(), breach.threshold())));
        }
        return letter.append("\n\n").append(words.get("demand.closing")).toString();
    }
}
