package coop.steward.vendor.certification;

/** Where a certification stands: answered as a draft, attested and in force, or replaced by a later one. */
enum CertificationStatus {
    DRAFT, ATTESTED, SUPERSEDED
}
