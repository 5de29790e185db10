package coop.steward.vendor.certification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * How much evidence a certification may hold: a policy, a contract template or a screenshot fits within 10 MiB, ten
 * documents answer one question, and 50 MiB a certification keeps one vendor from filling the shared database.
 */
@Singleton
final class EvidenceLimits {

    private final long maxBytesEach;
    private final int maxFilesPerAnswer;
    private final long maxBytesPerCertification;

    EvidenceLimits(@Value("${steward.certifications.evidence.max-bytes-each:10485760}") long maxBytesEach,
                   @Value("${steward.certifications.evidence.max-files-per-answer:10}") int maxFilesPerAnswer,
                   @Value("${steward.certifications.evidence.max-bytes-per-certification:52428800}")
                   long maxBytesPerCertification) {
        this.maxBytesEach = maxBytesEach;
        this.maxFilesPerAnswer = maxFilesPerAnswer;
        this.maxBytesPerCertification = maxBytesPerCertification;
    }

    long maxBytesEach() {
        return maxBytesEach;
    }

    int maxFilesPerAnswer() {
        return maxFilesPerAnswer;
    }

    long maxBytesPerCertification() {
        return maxBytesPerCertification;
    }
}
