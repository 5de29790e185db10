package coop.steward.common.audit;

/**
 * The role an audit line says its actor acted in, stored by name. It spells the account roles
 * ({@code account.Role}) the same way; it is its own type because {@code common} depends on no feature.
 */
public enum ActorRole {
    WORKER, ORGANIZER, VENDOR, ADMIN
}
