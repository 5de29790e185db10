package coop.steward.vendor;

/** What part a vendor plays: a staffing agency, a work platform, a BPO, or the client the work is for. */
public enum VendorKind {
    AGENCY, PLATFORM, BPO, CLIENT
}
