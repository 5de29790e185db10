package coop.steward.grievance;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file a grievance may carry: screenshots, photos, documents and plain notes. */
public enum AttachmentType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp"),
    PDF("application/pdf"),
    TEXT("text/plain");

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
