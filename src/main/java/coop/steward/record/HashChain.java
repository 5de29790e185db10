package coop.steward.record;

import coop.steward.common.digest.Sha256;
import coop.steward.common.id.UuidV7;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Each worker's hash chain over every revision of every record they keep:
 * {@code hash = SHA-256(previous hash ‖ canonical JSON of the entry)}, starting from 64 zeros.
 */
@Singleton
public class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private final ChainLinkRowRepository links;
    private final ChainHeadRowRepository heads;
    private final List<RevisionSource> sources;
    private final List<RevisionObserver> observers;
    private final Clock clock;

    HashChain(ChainLinkRowRepository links, ChainHeadRowRepository heads, List<RevisionSource> sources,
                List<RevisionObserver> observers, Clock clock) {
        this.links = links;
        this.heads = heads;
        this.sources = sources;
        this.observers = observers;
        this.clock = clock;
    }

    /**
     * Takes the worker's write lock until the caller's transaction ends. {@link RevisionLog} calls it before
     * reading what a write depends on (does this id exist? which revision is current?), so that retries racing
     * each other see each other's writes.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    ChainHead lock(UUID workerId) {
        // Lock first and create only when missing: INSERT IGNORE on an existing row takes a shared lock, and
        // two writers that each hold one and then ask for the exclusive lock deadlock each other on InnoDB.
        Optional<ChainHeadRow> head = heads.findByWorkerIdForUpdate(workerId);
        if (head.isEmpty()) {
            heads.createIfMissing(workerId, GENESIS);
            head = heads.findByWorkerIdForUpdate(workerId);
        }
        ChainHeadRow locked = head.orElseThrow();
        return new ChainHead(locked.seq(), locked.hash());
    }

    /**
     * Links one revision to the worker's chain after {@code lockedHead}, which must be what {@link #lock} answered
     * in the caller's transaction, or what an earlier link in it answered: the lock is held until the transaction
     * ends, so the head cannot have moved. The unique (worker, seq) key refuses a fork. The head row itself moves
     * once per transaction, in {@link #moveHead}.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    ChainHead link(UUID workerId, ChainHead lockedHead, RevisionEnvelope envelope) {
        String previous = lockedHead.hash();
        String hash = Sha256.hex(previous + envelope.signedText());
        long seq = lockedHead.seq() + 1;
        RevisionKey key = envelope.key();
        links.save(new ChainLinkRow(UuidV7.generate(clock), workerId, seq, key.kind(), key.recordId(),
                key.revision(), envelope.operation(), envelope.recordedAt(), previous, hash));
        return new ChainHead(seq, hash);
    }

    /** Writes the worker's head after the links a transaction added under its lock. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void moveHead(UUID workerId, ChainHead head) {
        heads.update(new ChainHeadRow(workerId, head.seq(), head.hash()));
    }

    /** Tells every observer, inside the caller's transaction, whose records it changed. */
    void revised(Set<UUID> workerIds) {
        for (RevisionObserver observer : observers) {
            observer.revised(workerIds);
        }
    }

    /** The newest link: what an evidence pack quotes. */
    @Transactional(readOnly = true)
    public ChainHead head(UUID workerId) {
        return heads.findById(workerId)
                .map(head -> new ChainHead(head.seq(), head.hash()))
                .orElse(new ChainHead(0, GENESIS));
    }

    /**
     * Every link of the worker's chain in order, each with the revision it signs as rebuilt from the stored rows
     * (null if that row is gone, which {@link #verify} reports).
     */
    @Transactional(readOnly = true)
    public List<ChainedRevision> revisions(UUID workerId) {
        Map<RevisionKey, RevisionEnvelope> stored = new HashMap<>();
        for (RevisionSource source : sources) {
            source.envelopesOf(workerId).forEach(envelope -> stored.put(envelope.key(), envelope));
        }
        return links.findByWorkerIdOrderBySeq(workerId).stream()
                .map(link -> new ChainedRevision(new ChainLink(link.seq(), link.previousHash(), link.hash()),
                        link.key(), stored.get(link.key())))
                .toList();
    }

    /** Recomputes the chain from the stored rows and reports the first link that no longer holds. */
    @Transactional(readOnly = true)
    public Verification verify(UUID workerId) {
        Map<RevisionKey, RevisionEnvelope> stored = new HashMap<>();
        for (RevisionSource source : sources) {
            source.envelopesOf(workerId).forEach(envelope -> stored.put(envelope.key(), envelope));
        }
        List<ChainLinkRow> rows = links.findByWorkerIdOrderBySeq(workerId);
        String previous = GENESIS;
        long expectedSeq = 1;
        for (Iterator<ChainLinkRow> it = rows.iterator(); it.hasNext(); expectedSeq++) {
            ChainLinkRow link = it.next();
            RevisionEnvelope envelope = stored.remove(link.key());
            String reason = null;
            if (link.seq() != expectedSeq) {
                reason = "entry " + expectedSeq + " is missing";
            } else if (!link.previousHash().equals(previous)) {
                reason = "does not link to the entry before it";
            } else if (envelope == null) {
                reason = "its record revision is missing";
            } else if (!link.hash().equals(Sha256.hex(previous + envelope.signedText()))) {
                reason = "the stored record no longer matches its hash";
            }
            if (reason != null) {
                return broken(rows.size(), link, reason);
            }
            previous = link.hash();
        }
        String head = head(workerId).hash();
        if (!head.equals(previous)) {
            return new Verification(false, rows.size(), head,
                    new Verification.BrokenLink(expectedSeq, null, null, null, "the chain ends before its head"));
        }
        if (!stored.isEmpty()) {
            RevisionKey stray = stored.keySet().iterator().next();
            return new Verification(false, rows.size(), head, new Verification.BrokenLink(expectedSeq,
                    stray.kind(), stray.recordId().toString(), stray.revision(), "a record revision is not in the chain"));
        }
        return new Verification(true, rows.size(), head, null);
    }

    private Verification broken(long count, ChainLinkRow link, String reason) {
        return new Verification(false, count, head(link.workerId()).hash(), new Verification.BrokenLink(link.seq(),
                link.kind(), link.recordId().toString(), link.revision(), reason));
    }
}
