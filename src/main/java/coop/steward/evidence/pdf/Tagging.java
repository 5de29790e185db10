package coop.steward.evidence.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The logical structure of a pack, for screen readers and PDF/UA: a tree of standard elements (Document, H1, H2, P,
 * Table, TR, TH, TD, Figure, Form) whose order is the reading order, every piece of real content marked with the
 * element it belongs to, and every decoration (running header, footer, rules, fills) marked as an artifact.
 */
final class Tagging {

    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** The parent tree: a page's StructParents key to the elements of its marked content by MCID, an annotation's key to its element. */
    private final Map<Integer, COSArray> pageParents = new TreeMap<>();
    private final Map<Integer, PDStructureElement> annotationParents = new TreeMap<>();
    private int nextKey;
    private PDPage page;
    private COSArray currentParents;

    Tagging(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A page's content is about to be drawn: its marked content gets MCIDs from 0 and tab order follows structure. */
    void startPage(PDPage newPage) {
        page = newPage;
        int key = nextKey++;
        page.setStructParents(key);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        currentParents = new COSArray();
        pageParents.put(key, currentParents);
    }

    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        if (parent instanceof PDStructureElement parentElement) {
            parentElement.appendKid(element);
        } else {
            root.appendKid(element);
        }
        return element;
    }

    /** A table header cell, which names the column under it for a screen reader. */
    PDStructureElement columnHeader(PDStructureElement row) {
        PDStructureElement cell = element("TH", row);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        cell.addAttribute(scope);
        return cell;
    }

    /** Paints content that belongs to the element, as one marked-content sequence on the current page. */
    void mark(PDPageContentStream stream, PDStructureElement element, Paint paint) {
        int mcid = currentParents.size();
        try {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            paint.on(stream);
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        currentParents.add(element);
    }

    /** Paints what is only there for the look or the pagination, which a screen reader skips. */
    static void artifact(PDPageContentStream stream, Paint paint) {
        try {
            stream.beginMarkedContent(ARTIFACT);
            paint.on(stream);
            stream.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ties an annotation (the signature field's widget) into the structure, under a Form element. */
    void annotation(PDAnnotation annotation, PDPage on, String description) {
        PDStructureElement form = element("Form", document);
        form.setPage(on);
        form.setAlternateDescription(description);
        int key = nextKey++;
        annotation.setStructParent(key);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(on);
        form.appendKid(reference);
        annotationParents.put(key, form);
    }

    /** Writes the parent tree, once every page and annotation is tagged. */
    void finish() {
        COSArray numbers = new COSArray();
        Map<Integer, Object> all = new TreeMap<>();
        all.putAll(pageParents);
        all.putAll(annotationParents);
        all.forEach((key, value) -> {
            numbers.add(COSInteger.get(key));
            numbers.add(value instanceof COSArray array ? array : ((PDStructureElement) value).getCOSObject());
        });
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(nextKey);
    }

    /** Drawing operations on a content stream. */
    @FunctionalInterface
    interface Paint {
        void on(PDPageContentStream stream) throws IOException;
    }
}
