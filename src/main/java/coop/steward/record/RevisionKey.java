package coop.steward.record;

import java.util.UUID;

/** Names one revision of one record of one kind, such as the 2nd revision of a work session. */
public record RevisionKey(String kind, UUID recordId, int revision) {
}
