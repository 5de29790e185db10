package coop.steward.grievance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The attachment checks, for another feature's uploads (a vendor's certification evidence): the type read from the
 * bytes, a name or declared type that contradicts them refused, metadata and active content removed. A refusal is a
 * {@code ProblemException} naming the multipart field {@code file}, with the same problem types as attachments.
 */
@Singleton
public class UploadedFiles {

    private final AttachmentInspector inspector;

    UploadedFiles(AttachmentInspector inspector) {
        this.inspector = inspector;
    }

    /** Checks one upload held in memory; answers the bytes to store (metadata removed) and their SHA-256. */
    public CheckedFile check(byte[] bytes, @Nullable String fileName, @Nullable String declaredType,
                             Set<AttachmentType> accepted, long maxBytes) {
        InspectedAttachment file = inspector.inspect(bytes, fileName, declaredType, accepted, maxBytes);
        return new CheckedFile(file.type(), file.bytes(), file.sha256(), file.fileName());
    }

    /** An upload that passed: what to store. {@code fileName} is the cleaned base name, null when none was given. */
    public record CheckedFile(AttachmentType type, byte[] bytes, String sha256, @Nullable String fileName) {
    }
}
