package coop.steward.record;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each feature whose records enter the chain: it rebuilds, from the stored rows, the envelope
 * of every revision a worker has, so that verification checks the rows themselves and not a copy.
 */
public interface RevisionSource {

    List<RevisionEnvelope> envelopesOf(UUID workerId);
}
