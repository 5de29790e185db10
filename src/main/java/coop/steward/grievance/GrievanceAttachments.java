package coop.steward.grievance;

import coop.steward.common.id.UuidV7;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.record.RevisionLog;
import coop.steward.record.WriteOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Keeps the files that prove a grievance: inspected, stored with their digest, and entered in the worker's chain. */
@Singleton
public class GrievanceAttachments {

    static final ProblemType QUOTA_EXCEEDED = new ProblemType("attachment-quota-exceeded",
            HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Your attachments would exceed the space each worker has");

    private final Grievances grievances;
    private final AttachmentRepository attachments;
    private final AttachmentInspector inspector;
    private final AttachmentLimits limits;
    private final RevisionLog log;
    private final Clock clock;

    GrievanceAttachments(Grievances grievances, AttachmentRepository attachments, AttachmentInspector inspector,
                         AttachmentLimits limits, RevisionLog log, Clock clock) {
        this.grievances = grievances;
        this.attachments = attachments;
        this.inspector = inspector;
        this.limits = limits;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Inspects and stores one upload; a refused file leaves nothing behind, in the database or on disk. The same
     * bytes sent again to the same grievance (a phone retrying after a lost response) answer the stored attachment.
     */
    @Transactional
    public WriteOutcome<AttachmentView> attach(UUID workerId, UUID grievanceId, byte[] bytes, @Nullable String fileName,
                                 @Nullable String declaredType) {
        grievances.requireLive(workerId, grievanceId);
        InspectedAttachment file = inspector.inspect(bytes, fileName, declaredType);
        // The worker's lock serializes their writes, so two uploads at once cannot both fit under the quota.
        return log.createOnce(workerId,
                () -> attachments.findFirstByGrievanceIdAndWorkerIdAndSha256(grievanceId, workerId, file.sha256()),
                recordedAt -> {
                    long stored = attachments.storedBytesOf(workerId);
                    if (stored + file.size() > limits.maxBytesPerWorker()) {
                        String detail = "You have " + stored + " bytes stored; this file of " + file.size()
                                + " would pass the " + limits.maxBytesPerWorker() + " allowed";
                        throw new ProblemException(QUOTA_EXCEEDED, detail, List.of(new Violation("file", detail)));
                    }
                    Attachment attachment = attachments.save(new Attachment(UuidV7.generate(clock), grievanceId,
                            workerId, recordedAt, file.fileName(), file.type().mediaType(), file.size(), file.sha256(),
                            file.bytes()));
                    return attachment.summary();
                },
                AttachmentSummary::envelope).map(AttachmentSummary::view);
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(UUID workerId, UUID grievanceId) {
        grievances.requireLive(workerId, grievanceId);
        return attachments.findByGrievanceIdAndWorkerIdOrderByRecordedAt(grievanceId, workerId).stream()
                .map(AttachmentSummary::view).toList();
    }

    /** The bytes of one of the grievance's attachments, for someone the worker shared the grievance with. */
    @Transactional(readOnly = true)
    public AttachmentFile file(UUID workerId, UUID grievanceId, UUID attachmentId) {
        Attachment stored = download(workerId, grievanceId, attachmentId);
        return new AttachmentFile(stored.id(), stored.contentType(), stored.sha256(), stored.content());
    }

    @Transactional(readOnly = true)
    Attachment download(UUID workerId, UUID grievanceId, UUID attachmentId) {
        grievances.requireLive(workerId, grievanceId);
        return attachments.findByIdAndGrievanceIdAndWorkerId(attachmentId, grievanceId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Attachment"));
    }
}
