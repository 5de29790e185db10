package coop.steward.account;

/** What an account may do: record its own work, organize, certify a vendor, or run the instance. */
public enum Role {
    WORKER, ORGANIZER, VENDOR, ADMIN
}
