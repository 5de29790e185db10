package coop.steward.evidence.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The empty, invisible signature field the pack is rendered with, already tagged as a Form element, so that the
 * signer only fills it in: PDF/UA wants every widget in the structure tree, which an incremental update made at
 * signing time could not add without rewriting the tree.
 */
final class SignatureField {

    private SignatureField() {
    }

    static void add(PDDocument document, PDPage page, Tagging tags, String description) {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName("Signature1");
        field.setAlternateFieldName(description);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        // Invisible signatures have a zero-sized rectangle; PDF/A still wants it printable, with an appearance.
        widget.setRectangle(new PDRectangle());
        widget.setPrinted(true);
        widget.setPage(page);
        widget.setContents(description);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle());
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(appearance);
        widget.setAppearance(appearances);
        try {
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            annotations.add(widget);
            page.setAnnotations(annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.getFields().add(field);
        tags.annotation(widget, page, description);
    }
}
