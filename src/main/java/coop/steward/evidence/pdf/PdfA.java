package coop.steward.evidence.pdf;

import coop.steward.common.digest.Sha256;
import coop.steward.common.validation.Language;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
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
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What turns a PDFBox document into PDF/A-3b and identifies it as PDF/UA-1: an sRGB output intent, XMP metadata
 * that agrees with the document information dictionary, the title shown by readers, a file identifier, and the
 * records attached as an associated file. (The structure PDF/UA asks for is {@link Tagging}'s.)
 */
final class PdfA {

    static final String PRODUCER = "Steward (Apache PDFBox 3)";
    static final String CREATOR_TOOL = "Steward evidence packs";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    static void identify(PDDocument document, String title, Language language, Calendar created, UUID packId) {
        identify(document, title, language, created, packId, CREATOR_TOOL);
    }

    static void identify(PDDocument document, String title, Language language, Calendar created, UUID packId,
                         String creatorTool) {
        document.setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(creatorTool);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language.code());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        // PDF/UA: a reader's title bar shows the pack's title, not its file name.
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setMetadata(metadata(document, title, language, created, creatorTool));
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
        attachJson(document, List.of(new JsonAttachment(name, description, json)), created);
    }

    /** Attaches JSON files as data the document is about, each named in the embedded files and in {@code /AF}. */
    static void attachJson(PDDocument document, List<JsonAttachment> attachments, Calendar created) {
        try {
            Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
            COSArray associated = new COSArray();
            for (JsonAttachment attachment : attachments) {
                byte[] json = attachment.json();
                PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
                file.setSubtype("application/json");
                file.setSize(json.length);
                file.setCreationDate(created);
                file.setModDate(created);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(attachment.name());
                spec.setFileUnicode(attachment.name());
                spec.setFileDescription(attachment.description());
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
                specs.put(attachment.name(), spec);
                associated.add(spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(specs);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON file to attach: its file name, what it holds, and its bytes. */
    record JsonAttachment(String name, String description, byte[] json) {
    }

    /**
     * XMP that identifies the file as PDF/A-3b and PDF/UA-1. PDF/A only admits properties of schemas it predefines
     * or that the packet describes, so the PDF/UA identification schema is described in an extension schema.
     */
    private static PDMetadata metadata(PDDocument document, String title, Language language, Calendar created,
                                       String creatorTool) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.toInstant().atOffset(ZoneOffset.UTC));
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%2$s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>%3$s</xmp:CreatorTool>
                   <xmp:CreateDate>%4$s</xmp:CreateDate>
                   <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                   <pdf:Producer>%5$s</pdf:Producer>
                   <pdfaid:part>3</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), xml(language.code()), xml(creatorTool), when, xml(PRODUCER));
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            return metadata;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
