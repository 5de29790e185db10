package coop.steward.grievance;

import coop.steward.common.digest.Sha256;
import coop.steward.record.RevisionEnvelope;
import coop.steward.record.RevisionSource;
import coop.steward.record.Revisioned;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rebuilds the chain entries of a worker's grievance revisions and attachments from the stored rows. An
 * attachment's digest is recomputed from its stored bytes, one file at a time, so a changed file breaks the chain.
 */
@Singleton
final class GrievanceRecordSource implements RevisionSource {

    private final GrievanceRepository grievances;
    private final AttachmentRepository attachments;

    GrievanceRecordSource(GrievanceRepository grievances, AttachmentRepository attachments) {
        this.grievances = grievances;
        this.attachments = attachments;
    }

    @Override
    public List<RevisionEnvelope> envelopesOf(UUID workerId) {
        List<RevisionEnvelope> entries = new ArrayList<>();
        grievances.findByWorkerId(workerId).stream().map(Revisioned::envelope).forEach(entries::add);
        for (AttachmentSummary file : attachments.findByWorkerIdOrderByRecordedAt(workerId)) {
            byte[] content = attachments.findById(file.id()).map(Attachment::content).orElse(new byte[0]);
            entries.add(Attachment.envelope(file.id(), file.grievanceId(), file.recordedAt(), file.fileName(),
                    file.contentType(), content.length, Sha256.hex(content)));
        }
        return entries;
    }
}
