package coop.steward.record;

import java.util.Optional;
import java.util.UUID;

/** Where one kind of record keeps its revisions; implemented over that kind's repository. */
public interface RevisionStore<R extends Revisioned> {

    /** The newest revision of a record, whoever owns it. */
    Optional<R> current(UUID recordId);

    void insert(R revision);

    /** Marks a revision as no longer the newest. */
    void supersede(R revision);
}
