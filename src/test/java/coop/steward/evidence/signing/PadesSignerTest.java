package coop.steward.evidence.signing;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import coop.steward.evidence.PackFixtures;
import coop.steward.evidence.PdfAValidation;
import coop.steward.evidence.TestKeys;
import coop.steward.evidence.content.PackStamp;
import coop.steward.evidence.pdf.PackRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PadesSignerTest {

    static final Instant MADE = Instant.parse("2026-04-02T15:04:05Z");
    static byte[] unsigned;
    static byte[] signed;

    @BeforeAll
    static void signAPack() {
        SigningKey key = TestKeys.instance();
        unsigned = new PackRenderer().render(new PackStamp(UUID.randomUUID(), MADE, key.certificateSha256()),
                PackFixtures.kansasCityQuarter(Language.ES), PackFixtures.recordsJson(96)).bytes();
        signed = new PadesSigner(key).sign(unsigned, MADE, "Evidence pack");
    }

    @Test
    void theSignatureIsADetachedCadesSignatureThatBouncyCastleVerifiesOverTheWholeFile() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(signed.length);
            byte[] contents = signature.getContents(signed);
            assertThat(range[2] - range[1]).isEqualTo(contents.length * 2 + 2);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    SignatureCheck.contentInfo(contents));
            assertThat(cms.isDetachedSignature()).isTrue();
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(TestKeys.instance().certificate()))).isTrue();

            AttributeTable attributes = signer.getSignedAttributes();
            assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES keeps the time in /M only").isNull();
            SigningCertificateV2 certificate = SigningCertificateV2.getInstance(
                    attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
            assertThat(certificate.getCerts()[0].getCertHash())
                    .isEqualTo(Sha256.digest(TestKeys.instance().certificate().getEncoded()));
            assertThat(cms.getCertificates().getMatches(signer.getSID()))
                    .containsExactly(new JcaX509CertificateHolder(TestKeys.instance().certificate()));
        }
    }

    @Test
    void theSignedFileStartsWithTheUnsignedOneAsAnIncrementalUpdate() {
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
    }

    @Test
    void theSignedPackIsStillPdfA3b() {
        assertThat(PdfAValidation.failuresOf(signed)).isEmpty();
    }

    @Test
    void theCheckAcceptsTheInstancesSignature() {
        assertThat(SignatureCheck.check(signed, TestKeys.instance().certificate()).valid()).isTrue();
    }

    @Test
    void oneChangedByteAnywhereBreaksTheSignature() {
        for (int at : new int[] {unsigned.length / 3, unsigned.length - 40, signed.length - 30}) {
            byte[] changed = signed.clone();
            changed[at] ^= 0x01;
            assertThat(SignatureCheck.check(changed, TestKeys.instance().certificate()).valid())
                    .as("byte %d changed", at).isFalse();
        }
    }

    @Test
    void aPackResignedWithAnotherKeyDoesNotPassForTheInstances() {
        byte[] forged = new PadesSigner(TestKeys.impostor()).sign(unsigned, MADE, "Evidence pack");

        SignatureCheck.Result result = SignatureCheck.check(forged, TestKeys.instance().certificate());

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("the file was signed by another key");
    }

    @Test
    void anUnsignedPdfIsNotSigned() {
        assertThat(SignatureCheck.check(unsigned, TestKeys.instance().certificate()))
                .isEqualTo(new SignatureCheck.Result(false, "the file is not signed"));
    }

    @Test
    void aPackSignedTwiceIsRefused() {
        byte[] twice = new PadesSigner(TestKeys.impostor()).sign(signed, MADE, "Countersigned");

        assertThat(SignatureCheck.check(twice, TestKeys.instance().certificate()).valid()).isFalse();
    }
}
