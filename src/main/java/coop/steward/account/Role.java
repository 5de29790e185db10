package coop.steward.account;

import coop.steward.common.audit.ActorRole;

/** What an account may do: record its own work, organize, certify a vendor, or run the instance. */
public enum Role {
    WORKER, ORGANIZER, VENDOR, ADMIN;

    /** The same role as an audit line names it. */
    public ActorRole inAudit() {
        return ActorRole.valueOf(name());
    }
}
