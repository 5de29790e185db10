package coop.steward.evidence.signing;

import coop.steward.common.digest.Sha256;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * Signs a PDF with a PAdES baseline B-B signature: an incremental update holding a detached CMS signature
 * ({@code ETSI.CAdES.detached}, SHA-256) whose signed attributes bind the signing certificate
 * (signing-certificate-v2) and, as PAdES requires, carry no signing-time: the time is the dictionary's /M.
 */
public final class PadesSigner {

    public static final String SUB_FILTER = "ETSI.CAdES.detached";
    /** Room reserved for the CMS structure: an RSA 3072 signature with a short chain needs about 2.5 kB. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private final SigningKey key;

    public PadesSigner(SigningKey key) {
        this.key = key;
    }

    public byte[] sign(byte[] pdf, Instant signingTime, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(SUB_FILTER));
            signature.setReason(reason);
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTime(Date.from(signingTime));
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            fillEmptyField(document, signature);
            document.addSignature(signature, options);
            markPrintable(document, signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the pack", e);
        }
    }

    /**
     * Packs are rendered with an empty signature field already in their structure tree (PDF/UA tags every widget);
     * giving it the signature makes PDFBox sign into that field instead of adding an untagged one.
     */
    private static void fillEmptyField(PDDocument document, PDSignature signature) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField
                    && signatureField.getCOSObject().getDictionaryObject(COSName.V) == null) {
                signatureField.getCOSObject().setItem(COSName.V, signature);
                return;
            }
        }
    }

    /** PDF/A requires every annotation, the invisible signature widget too, to carry the print flag. */
    private static void markPrintable(PDDocument document, PDSignature signature) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField
                    && signatureField.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                signatureField.getWidgets().forEach(widget -> widget.setPrinted(true));
            }
        }
    }

    private byte[] cms(byte[] content) {
        try {
            X509Certificate certificate = key.certificate();
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    Sha256.digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(new JcaContentSignerBuilder(algorithmFor(key)).build(key.privateKey()), holder);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("cannot build the CMS signature", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String algorithmFor(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("cannot sign packs with a " + key.privateKey().getAlgorithm() + " key");
        };
    }
}
