package coop.steward.record;

import coop.steward.common.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What every kind of revisioned record does the same way: find the worker's record as it stands, list its
 * history, delete it with a tombstone, and answer "not found" for someone else's or an unknown one. A kind's
 * service extends it and keeps only its own fields and rules: how a request becomes a revision, and how a
 * revision is shown ({@code V} as it stands, {@code H} in its history).
 */
public abstract class RevisionedRecords<R extends Revisioned, V, H> {

    private final RevisionRepository<R> revisions;
    private final RevisionStore<R> writes;
    private final RevisionLog log;
    private final String noun;

    protected RevisionedRecords(RevisionRepository<R> revisions, RevisionLog log, String noun) {
        this(revisions, revisions, log, noun);
    }

    /**
     * {@code writes} is where the log stores this kind's revisions and where the current one is read, when that is
     * not the repository itself.
     */
    protected RevisionedRecords(RevisionRepository<R> revisions, RevisionStore<R> writes, RevisionLog log, String noun) {
        this.revisions = revisions;
        this.writes = writes;
        this.log = log;
        this.noun = noun;
    }

    /** How the record is shown as it stands. */
    protected abstract V view(R revision);

    /** How one revision is shown in the record's history. */
    protected abstract H historyView(R revision);

    /** The tombstone that deletes {@code current}: its fields as they stood, under the deleting revision's header. */
    protected abstract R tombstone(R current, Revision header);

    @Transactional(readOnly = true)
    public Optional<V> find(UUID workerId, UUID id) {
        return live(workerId, id).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<RevisionView<H>> history(UUID workerId, UUID id) {
        List<R> found = revisions.historyOf(workerId, id);
        if (found.isEmpty()) {
            throw notFound();
        }
        return found.stream().map(revision -> RevisionView.of(revision, historyView(revision))).toList();
    }

    @Transactional
    public WriteOutcome<V> delete(UUID workerId, UUID id, @Nullable Integer ifMatch) {
        return log.delete(workerId, id, ifMatch, writes, this::tombstone).map(this::view);
    }

    /** Creates or corrects the record through the revision log; the draft is built once, under the new header. */
    protected WriteOutcome<V> write(UUID workerId, UUID id, @Nullable Integer ifMatch, RevisionLog.Draft<R> draft) {
        return write(workerId, id, ifMatch, List.of(), draft);
    }

    /** As {@link #write(UUID, UUID, Integer, RevisionLog.Draft)}, for a record that names others of the worker's. */
    protected WriteOutcome<V> write(UUID workerId, UUID id, @Nullable Integer ifMatch, List<Reference> references,
                                    RevisionLog.Draft<R> draft) {
        return log.put(workerId, id, ifMatch, references, writes, draft).map(this::view);
    }

    /** A reference to one of the worker's live records of this kind, named in {@code field}. */
    public Reference reference(String field, @Nullable UUID id) {
        return new Reference(field, writes, id, "is not one of your " + noun.toLowerCase(Locale.ROOT) + "s");
    }

    /** The worker's record as it stands; someone else's, or a deleted one, is empty. */
    protected Optional<R> live(UUID workerId, UUID id) {
        return writes.liveOf(workerId, id);
    }

    public ProblemException notFound() {
        return ProblemException.notFound(noun);
    }
}
