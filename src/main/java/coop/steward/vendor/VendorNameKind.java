package coop.steward.vendor;

/** How a name belongs to a vendor: its own, another spelling or former or subsidiary name, or a project code name. */
public enum VendorNameKind {
    CANONICAL, ALIAS, CODE_NAME
}
