package coop.steward.grievance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * How much a worker may upload: a screenshot or a scanned contract fits well within 10 MiB, and 100 MiB per
 * worker keeps one account from filling the database that every worker shares.
 */
@Singleton
final class AttachmentLimits {

    static final long TEN_MIB = 10L * 1024 * 1024;
    static final long HUNDRED_MIB = 100L * 1024 * 1024;

    private final long maxBytesEach;
    private final long maxBytesPerWorker;

    AttachmentLimits(@Value("${steward.attachments.max-bytes-each:10485760}") long maxBytesEach,
                     @Value("${steward.attachments.max-bytes-per-worker:104857600}") long maxBytesPerWorker) {
        this.maxBytesEach = maxBytesEach;
        this.maxBytesPerWorker = maxBytesPerWorker;
    }

    long maxBytesEach() {
        return maxBytesEach;
    }

    long maxBytesPerWorker() {
        return maxBytesPerWorker;
    }
}
