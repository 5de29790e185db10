package coop.steward.evidence.pdf;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import java.util.UUID;

/**
 * What turns a PDFBox document into PDF/A-3b: an sRGB output intent, XMP metadata that agrees with the
 * document information dictionary, a file identifier, and the records attached as an associated file.
 */
final class PdfA {

    static final String PRODUCER = "Steward (Apache PDFBox 3)";
    static final String CREATOR_TOOL = "Steward evidence packs";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    static void identify(PDDocument document, String title, Language language, Calendar created, UUID packId) {
        document.setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR_TOOL);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language.code());
        catalog.setMetadata(metadata(document, title, language, created));
        catalog.addOutputIntent(outputIntent(document));
        // PDF/A needs a file identifier; deriving it from the pack id keeps it stable and unique.
        COSString id = new COSString(Arrays.copyOf(Sha256.digest(packId.toString().getBytes(StandardCharsets.US_ASCII)), 16), true);
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Attaches a JSON file as data the document is about ({@code /AF}, {@code AFRelationship /Data}). */
    static void attachJson(PDDocument document, String name, String description, byte[] json, Calendar created) {
        try {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
            file.setSubtype("application/json");
            file.setSize(json.length);
            file.setCreationDate(created);
            file.setModDate(created);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setFileDescription(description);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(name, spec));
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            COSArray associated = new COSArray();
            associated.add(spec);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDMetadata metadata(PDDocument document, String title, Language language, Calendar created) {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addLanguage(language.code());
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(CREATOR_TOOL);
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(3);
            pdfa.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(out.toByteArray());
            return metadata;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("cannot write the XMP metadata", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDOutputIntent outputIntent(PDDocument document) {
        try {
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            return intent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
