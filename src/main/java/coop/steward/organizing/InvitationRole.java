package coop.steward.organizing;

/** Whom an invitation lets in: a worker as a member, or an organizer account as a further organizer. */
public enum InvitationRole {
    MEMBER, ORGANIZER
}
