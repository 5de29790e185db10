package coop.steward.record;

import java.util.List;
import java.util.UUID;

/**
 * What a write reads under its worker's lock before it stores anything: the record's current revision in its kind's
 * store, and the records it names. A commit lane reads these for its whole group at once ({@link LockedHeads#readAhead}).
 */
record WriteTarget<R extends Revisioned>(UUID workerId, UUID recordId, RevisionStore<R> store, List<Reference> references) {
}
