package coop.steward.grievance;

import coop.steward.common.digest.Sha256;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether an upload may be kept: its type is read from its bytes (Tika), never from its name or the
 * type the client declared, which may only make us refuse it; photos and PDFs lose the metadata that can locate
 * the worker, and PDFs their active content.
 */
@Singleton
final class AttachmentInspector {

    static final ProblemType EMPTY =
            new ProblemType("attachment-empty", HttpStatus.BAD_REQUEST, "The file is empty");
    static final ProblemType TOO_LARGE =
            new ProblemType("attachment-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The file is too large");
    static final ProblemType TYPE_REFUSED =
            new ProblemType("attachment-type-refused", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This kind of file is not accepted");
    static final ProblemType TYPE_MISMATCH =
            new ProblemType("attachment-type-mismatch", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file is not what its name or type says");
    static final ProblemType MALFORMED =
            new ProblemType("attachment-malformed", HttpStatus.UNPROCESSABLE_ENTITY, "The file is damaged or not what it seems");

    private static final String FIELD = "file";
    private static final int MAX_NAME = 200;
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final Tika tika = new Tika();
    private final AttachmentLimits limits;

    AttachmentInspector(AttachmentLimits limits) {
        this.limits = limits;
    }

    InspectedAttachment inspect(byte[] bytes, @Nullable String fileName, @Nullable String declaredType) {
        return inspect(bytes, fileName, declaredType, EnumSet.allOf(AttachmentType.class), limits.maxBytesEach());
    }

    /** The same checks for another feature's uploads, which may accept fewer types or smaller files. */
    InspectedAttachment inspect(byte[] bytes, @Nullable String fileName, @Nullable String declaredType,
                                Set<AttachmentType> acceptedTypes, long maxBytes) {
        if (bytes.length == 0) {
            throw refuse(EMPTY, "The uploaded file has no content");
        }
        if (bytes.length > maxBytes) {
            throw refuse(TOO_LARGE, "A file may be at most " + maxBytes + " bytes; this one has " + bytes.length);
        }
        MediaType detected = REGISTRY.normalize(MediaType.parse(tika.detect(bytes)).getBaseType());
        AttachmentType type = AttachmentType.ofMediaType(detected.toString()).filter(acceptedTypes::contains)
                .orElseThrow(() -> refuse(TYPE_REFUSED,
                        "The content is " + detected + "; accepted are " + accepted(acceptedTypes)));
        String name = cleanName(fileName);
        requireClaimMatches(detected, name, declaredType);
        byte[] stored = withoutMetadata(type, bytes);
        return new InspectedAttachment(type, stored, Sha256.hex(stored), name);
    }

    /** A name or declared type is no proof of a type, but one that contradicts the bytes is refused. */
    private void requireClaimMatches(MediaType detected, @Nullable String name, @Nullable String declaredType) {
        if (name != null) {
            requireCompatible(detected, MediaType.parse(tika.detect(name)), "named " + name);
        }
        if (declaredType != null && !declaredType.isBlank()) {
            MediaType declared = MediaType.parse(declaredType.trim());
            if (declared != null) {
                requireCompatible(detected, declared.getBaseType(), "declared as " + declared.getBaseType());
            }
        }
    }

    private void requireCompatible(MediaType detected, @Nullable MediaType claimed, String claim) {
        if (claimed == null || claimed.equals(MediaType.OCTET_STREAM)) {
            return;
        }
        MediaType normalized = REGISTRY.normalize(claimed);
        boolean compatible = normalized.equals(detected)
                || REGISTRY.isSpecializationOf(normalized, detected)
                || REGISTRY.isSpecializationOf(detected, normalized)
                || (detected.equals(MediaType.TEXT_PLAIN) && normalized.getType().equals("text"))
                || (detected.toString().equals("image/jpeg") && normalized.toString().equals("image/jpg"));
        if (!compatible) {
            throw refuse(TYPE_MISMATCH, "The file is " + claim + " but its content is " + detected);
        }
    }

    private static byte[] withoutMetadata(AttachmentType type, byte[] bytes) {
        try {
            return switch (type) {
                case PNG -> PngMetadata.strip(bytes);
                case JPEG -> JpegMetadata.strip(bytes);
                case WEBP -> WebpMetadata.strip(bytes);
                case PDF -> PdfMetadata.strip(bytes);
                case TEXT -> bytes;
            };
        } catch (MalformedFileException e) {
            throw refuse(MALFORMED, "The file looks like " + type.mediaType() + " but " + e.getMessage());
        }
    }

    @Nullable
    private static String cleanName(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }


    private static String accepted(Set<AttachmentType> acceptedTypes) {
        return Arrays.stream(AttachmentType.values()).filter(acceptedTypes::contains).map(AttachmentType::mediaType)
                .collect(Collectors.joining(", "));
    }

    private static ProblemException refuse(ProblemType type, String detail) {
        return new ProblemException(type, detail, List.of(new Violation(FIELD, detail)));
    }
}
