package coop.steward.evidence.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * Checks that a PDF carries exactly one signature, that it covers the whole file but its own value, and that it
 * verifies with a given certificate. Whatever cannot be read counts as not signed by that certificate.
 */
public final class SignatureCheck {

    private SignatureCheck() {
    }

    /** What the check found, with a short reason a person can read when it failed. */
    public record Result(boolean valid, String reason) {

        static Result invalid(String reason) {
            return new Result(false, reason);
        }
    }

    public static Result check(byte[] pdf, X509Certificate trusted) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Result.invalid("the file is not signed");
            }
            if (signatures.size() > 1) {
                return Result.invalid("the file was signed again after it was made");
            }
            PDSignature signature = signatures.get(0);
            if (!COSName.getPDFName(PadesSigner.SUB_FILTER).getName().equals(signature.getSubFilter())) {
                return Result.invalid("the signature is not a PAdES signature");
            }
            int[] range = signature.getByteRange();
            if (!coversWholeFile(range, pdf)) {
                return Result.invalid("the signature does not cover the whole file");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    contentInfo(signature.getContents(pdf)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Result.invalid("the signature has more than one signer");
            }
            SignerInformation signer = signers.iterator().next();
            X509CertificateHolder holder = new JcaX509CertificateHolder(trusted);
            if (!signer.getSID().match(holder)) {
                return Result.invalid("the file was signed by another key");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(trusted))) {
                return Result.invalid("the file was changed after it was signed");
            }
            return new Result(true, "signed by this instance and unchanged since");
        } catch (CMSException e) {
            return Result.invalid("the file was changed after it was signed");
        } catch (IOException | IllegalArgumentException e) {
            return Result.invalid("the file cannot be read as a signed PDF");
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalStateException("the instance certificate cannot be used to verify", e);
        }
    }

    /**
     * The CMS structure without the zeros that pad the space reserved for it, which Bouncy Castle would refuse
     * as data after the end of the structure.
     */
    public static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("the signature value is empty");
            }
            return ContentInfo.getInstance(first);
        }
    }

    /**
     * ByteRange [0, a, b, c]: the signed parts run from the first byte to just before the value, and from just
     * after it to the last byte; the gap holds exactly the hex string of the value.
     */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (gapStart <= 0 || gapEnd <= gapStart || (long) range[2] + range[3] != pdf.length) {
            return false;
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return false;
        }
        for (long i = gapStart + 1; i < gapEnd - 1; i++) {
            byte b = pdf[(int) i];
            boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
