package coop.steward.vendor.publicregistry;

import java.util.List;
import java.util.Map;

/**
 * What consenting workers' records show about one vendor: the published figures per cell, and per guideline the
 * findings of each criterion in each cell. A criterion's findings are joined to a claim by its id: the question a
 * vendor answers is the criterion's own (SEAMS §6), so the claim and the finding measure the same thing.
 */
record VendorRecords(RegistryVendor.Records records, Map<String, Map<String, List<RegistryVendor.Finding>>> findings) {

    List<RegistryVendor.Finding> findings(String guidelineId, String criterionId) {
        return findings.getOrDefault(guidelineId, Map.of()).getOrDefault(criterionId, List.of());
    }
}
