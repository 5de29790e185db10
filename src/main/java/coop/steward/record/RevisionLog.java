package coop.steward.record;

import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The write path every chained record shares. A record is created by {@code PUT} with the id the phone
 * chose, so a retry after a lost response finds it and stores nothing; a correction names the revision it
 * corrects ({@code If-Match}) and adds a revision; a deletion adds a tombstone. Nothing is ever updated in
 * place, and every stored revision enters the worker's hash chain in the same transaction.
 */
@Singleton
public class RevisionLog {

    private final HashChain chain;
    private final CommitLanes lanes;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RevisionLog(HashChain chain, CommitLanes lanes, TransactionOperations<Connection> transactions, Clock clock) {
        this.chain = chain;
        this.lanes = lanes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Builds the revision a write would store under the header the log chose (its id, number and recording time);
     * the draft decides only whether it is recorded late, with {@link Revision#late(boolean)}.
     */
    @FunctionalInterface
    public interface Draft<R extends Revisioned> {
        R revision(Revision header);
    }

    /** Builds the tombstone that deletes {@code current}: its fields as they stood, under the deleting header. */
    @FunctionalInterface
    public interface Tombstone<R extends Revisioned> {
        R of(R current, Revision header);
    }

    /**
     * Creates or corrects a record; {@code ifMatch} is the revision the client read, or null to create; each of
     * {@code references} must name one of the worker's live records, or the write is refused naming its field. Inside
     * the caller's transaction (an import that stores all its rows or none) the write joins it; otherwise it is
     * stored with the writes that arrive with it, in one transaction of its worker's commit lane, and answered once
     * that transaction has committed.
     */
    public <R extends Revisioned> WriteOutcome<R> put(UUID workerId, UUID recordId, @Nullable Integer ifMatch,
                                                      List<Reference> references, RevisionStore<R> store, Draft<R> draft) {
        if (transactions.findTransactionStatus().isEmpty()) {
            return lanes.write(new WriteTarget<>(workerId, recordId, store, references),
                    heads -> put(heads, workerId, recordId, ifMatch, references, store, draft));
        }
        LockedHeads heads = new LockedHeads(chain);
        WriteOutcome<R> outcome = put(heads, workerId, recordId, ifMatch, references, store, draft);
        heads.writeBack();
        return outcome;
    }

    private <R extends Revisioned> WriteOutcome<R> put(LockedHeads heads, UUID workerId, UUID recordId,
                                                       @Nullable Integer ifMatch, List<Reference> references,
                                                       RevisionStore<R> store, Draft<R> draft) {
        heads.lock(workerId);
        Optional<R> stored = heads.current(store, recordId);
        if (stored.isPresent() && !stored.get().workerId().equals(workerId)) {
            throw ProblemException.notFound("Record");
        }
        List<Violation> unknown = references.stream().flatMap(reference -> heads.check(workerId, reference).stream())
                .toList();
        Rule.refuseIfAny(unknown);
        if (stored.isEmpty()) {
            if (ifMatch != null) {
                throw RevisionConflict.stale("there is no revision " + ifMatch + " of this record");
            }
            return store(store, heads, null, draft.revision(header(workerId, recordId, 1, false)),
                    WriteOutcome.Kind.CREATED);
        }
        R current = stored.get();
        R next = draft.revision(header(workerId, recordId, current.revision() + 1, false));
        boolean sameContent = !current.deleted() && current.contentJson().equals(next.contentJson());
        if (ifMatch == null) {
            if (sameContent) {
                return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
            }
            throw new RevisionConflict(current.deleted() ? RevisionConflict.Reason.DELETED : RevisionConflict.Reason.EXISTS,
                    null, List.of(new Violation("id", "exists at revision " + current.revision())));
        }
        if (ifMatch != current.revision()) {
            boolean retryOfLandedCorrection = ifMatch == current.revision() - 1 && sameContent;
            if (retryOfLandedCorrection) {
                return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
            }
            throw RevisionConflict.stale("the current revision is " + current.revision() + ", not " + ifMatch);
        }
        if (current.deleted()) {
            throw new RevisionConflict(RevisionConflict.Reason.DELETED, null, List.of());
        }
        if (sameContent) {
            return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
        }
        return store(store, heads, current, next, WriteOutcome.Kind.CORRECTED);
    }

    /** Stores a tombstone; deleting a deleted record again stores nothing. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <R extends Revisioned> WriteOutcome<R> delete(UUID workerId, UUID recordId, @Nullable Integer ifMatch,
                                                         RevisionStore<R> store, Tombstone<R> tombstone) {
        LockedHeads heads = new LockedHeads(chain);
        heads.lock(workerId);
        R current = store.current(recordId).filter(found -> found.workerId().equals(workerId))
                .orElseThrow(() -> ProblemException.notFound("Record"));
        if (current.deleted()) {
            return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
        }
        if (ifMatch != null && ifMatch != current.revision()) {
            throw RevisionConflict.stale("the current revision is " + current.revision() + ", not " + ifMatch);
        }
        WriteOutcome<R> deleted = store(store, heads, current,
                tombstone.of(current, header(workerId, recordId, current.revision() + 1, true)), WriteOutcome.Kind.DELETED);
        heads.writeBack();
        return deleted;
    }

    private <R extends Revisioned> WriteOutcome<R> store(RevisionStore<R> store, LockedHeads heads, @Nullable R current,
                                                         R next, WriteOutcome.Kind kind) {
        if (current != null) {
            store.supersede(current);
        }
        heads.insert(store, next);
        heads.link(next.workerId(), next.envelope());
        return new WriteOutcome<>(kind, next);
    }

    private Revision header(UUID workerId, UUID recordId, int number, boolean deleted) {
        return new Revision(UuidV7.generate(clock), recordId, number, workerId, deleted, Instants.now(clock), false);
    }

    /**
     * Writes a record that is only ever created, never corrected (a grievance's attachment), under the worker's
     * lock: {@code stored} finds the same record sent before (a retry answers it and stores nothing); otherwise
     * {@code insert} checks what it must against the worker's other records, stores the record as recorded now,
     * and its {@code envelope} enters the chain.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <R> WriteOutcome<R> createOnce(UUID workerId, Supplier<Optional<R>> stored, Function<Instant, R> insert,
                                          Function<R, RevisionEnvelope> envelope) {
        LockedHeads heads = new LockedHeads(chain);
        heads.lock(workerId);
        Optional<R> same = stored.get();
        if (same.isPresent()) {
            return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, same.get());
        }
        R created = insert.apply(Instants.now(clock));
        heads.link(workerId, envelope.apply(created));
        heads.writeBack();
        return new WriteOutcome<>(WriteOutcome.Kind.CREATED, created);
    }
}
