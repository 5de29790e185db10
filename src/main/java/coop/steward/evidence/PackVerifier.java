package coop.steward.evidence;

import coop.steward.common.digest.Sha256;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.evidence.VerificationView.Verdict;
import coop.steward.evidence.signing.SignatureCheck;
import coop.steward.evidence.signing.SigningKey;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers anyone, signed in or not, whether a pack (or a {@link SignedDocument}: a collective pack, a certificate, a
 * campaign letter) is one this instance made and has not been changed: the file's
 * SHA-256 must be one it stored, and the signature must verify with the certificate stored with that pack, so a
 * pack signed before the instance's key was rotated still verifies. A pack stored before certificates were kept
 * is checked against the current key, the only one the instance ever had until then.
 */
@Singleton
public class PackVerifier {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The header may follow a little junk, as readers allow; further in it is not a PDF. */
    private static final int HEADER_WINDOW = 1024;

    private final EvidencePackRepository packs;
    private final SignedDocumentRepository documents;
    private final SigningKey key;

    PackVerifier(EvidencePackRepository packs, SignedDocumentRepository documents, SigningKey key) {
        this.packs = packs;
        this.documents = documents;
        this.key = key;
    }

    /** Verifies an uploaded file; {@code field} names where it came from, for the problem if it is no PDF. */
    @Transactional
    public VerificationView verify(byte[] pdf, String field) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalid(field, "must be a PDF file, and it is empty");
        }
        if (!looksLikePdf(pdf)) {
            throw ProblemException.invalid(field, "must be a PDF file");
        }
        String digest = Sha256.hex(pdf);
        Optional<PackSeal> seal = packs.findBySha256(digest).or(() -> documents.findBySha256(digest));
        if (seal.isEmpty()) {
            SignatureCheck.Result signature = SignatureCheck.check(pdf, key.certificate());
            String why = signature.valid()
                    ? "the signature is this instance's, but it never handed out a file with this content"
                    : signature.reason();
            return answer(Verdict.UNKNOWN_OR_CHANGED, why, null, null);
        }
        X509Certificate signer = signerOf(seal.get().signerCertificate());
        SignatureCheck.Result signature = SignatureCheck.check(pdf, signer);
        if (!signature.valid()) {
            return answer(Verdict.SIGNATURE_INVALID, signature.reason(), null, null);
        }
        return answer(Verdict.AUTHENTIC, signature.reason(), seal.get(), signer);
    }

    /** Verifies a pack by its id and the SHA-256 of the file someone holds. */
    @Transactional
    public VerificationView verify(String id, String sha256) {
        UUID packId = parseId(id);
        String digest = parseDigest(sha256);
        Stored stored = packs.findById(packId)
                .map(pack -> new Stored(new PackSeal(pack.id(), pack.createdAt(), pack.sha256(), pack.signerCertificate()),
                        pack.pdf()))
                .or(() -> documents.findById(packId).map(document -> new Stored(new PackSeal(document.id(),
                        document.createdAt(), document.sha256(), document.signerCertificate()), document.pdf())))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No evidence pack has this id",
                        List.of(new Violation("id", "no evidence pack has this id"))));
        if (!stored.seal().sha256().equals(digest)) {
            return answer(Verdict.DIGEST_MISMATCH,
                    "the file this instance handed out under this id has another SHA-256: yours was changed", null, null);
        }
        X509Certificate signer = signerOf(stored.seal().signerCertificate());
        SignatureCheck.Result signature = SignatureCheck.check(stored.pdf(), signer);
        if (!signature.valid()) {
            return answer(Verdict.SIGNATURE_INVALID, signature.reason(), null, null);
        }
        return answer(Verdict.AUTHENTIC, signature.reason(), stored.seal(), signer);
    }

    private VerificationView answer(Verdict verdict, String explanation, PackSeal seal, X509Certificate signer) {
        if (seal == null) {
            return new VerificationView(false, verdict, explanation, null, null, null, null, null,
                    key.certificateSha256());
        }
        String signerSha256 = Sha256.hex(encoded(signer));
        return new VerificationView(verdict == Verdict.AUTHENTIC, verdict, explanation, seal.id(), seal.createdAt(),
                signerSha256, signer.getSubjectX500Principal().getName(), signerSha256.equals(key.certificateSha256()),
                key.certificateSha256());
    }

    /** The certificate kept with the pack, or for a pack made before they were kept, the current one. */
    private X509Certificate signerOf(byte[] stored) {
        if (stored == null) {
            return key.certificate();
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(stored));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored signing certificate cannot be read", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a signing certificate cannot be encoded", e);
        }
    }

    private static UUID parseId(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equals(id.toLowerCase(Locale.ROOT))) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the field named
        }
        throw ProblemException.invalid("id", "must be a pack id (a UUID)");
    }

    private static String parseDigest(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            throw ProblemException.invalid("sha256", "is required: the SHA-256 of the PDF file, 64 hex digits");
        }
        String digest = sha256.strip().toLowerCase(Locale.ROOT);
        if (!Sha256.HEX.matcher(digest).matches()) {
            throw ProblemException.invalid("sha256", "must be 64 hex digits");
        }
        return digest;
    }

    private static boolean looksLikePdf(byte[] bytes) {
        int last = Math.min(bytes.length - PDF_HEADER.length, HEADER_WINDOW);
        for (int start = 0; start <= last; start++) {
            int i = 0;
            while (i < PDF_HEADER.length && bytes[start + i] == PDF_HEADER[i]) {
                i++;
            }
            if (i == PDF_HEADER.length) {
                return true;
            }
        }
        return false;
    }

    /** A pack or signed document found by id: what verification compares, and the bytes handed out. */
    private record Stored(PackSeal seal, byte[] pdf) {
    }
}
