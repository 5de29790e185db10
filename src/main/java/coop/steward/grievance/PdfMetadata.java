package coop.steward.grievance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Rewrites a PDF so that it keeps what a reader sees (pages, their text, images, links and form values) and
 * loses what can name or locate the worker or act on the reader's machine: the document information
 * dictionary (author, creator, producer, dates), every XMP metadata stream, application private data, embedded
 * files, JavaScript and launch actions, and earlier revisions. Photos inside the PDF lose their metadata as
 * standalone JPEGs do. The result is a complete new file, not an incremental update.
 */
final class PdfMetadata {

    /** Keys whose values are metadata, private data, active content or attached files, wherever they appear. */
    private static final Set<COSName> REMOVED_KEYS = Set.of(COSName.METADATA, COSName.PIECE_INFO, COSName.AA,
            COSName.OPEN_ACTION, COSName.JAVA_SCRIPT, COSName.JS, COSName.EMBEDDED_FILES, COSName.EF,
            COSName.getPDFName("XFA"), COSName.getPDFName("AF"));
    /** Actions that run code, open other programs or files, or send data away. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("Rendition"), COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Sound"),
            COSName.getPDFName("Movie"));

    private PdfMetadata() {
    }

    static byte[] strip(byte[] pdf) throws MalformedFileException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new MalformedFileException("it has no pages");
            }
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            clean(document.getDocumentCatalog().getCOSObject());
            document.setAllSecurityToBeRemoved(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            // Uncompressed object structure, so that what is kept can be read by any tool; streams keep their filters.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new MalformedFileException("it cannot be opened (damaged or password-protected)");
        }
    }

    /** Walks every object reachable from the catalog once, removing what {@link #REMOVED_KEYS} names. */
    private static void clean(COSDictionary catalog) throws IOException, MalformedFileException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(catalog);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase object = next instanceof COSObject reference ? reference.getObject() : next;
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                REMOVED_KEYS.forEach(dictionary::removeItem);
                if (isActiveAction(dictionary.getDictionaryObject(COSName.A))) {
                    dictionary.removeItem(COSName.A);
                }
                if (isActiveAction(dictionary.getDictionaryObject(COSName.NEXT))) {
                    dictionary.removeItem(COSName.NEXT);
                }
                if (object instanceof COSStream stream && isJpegImage(stream)) {
                    stripJpeg(stream);
                }
                dictionary.getValues().forEach(pending::push);
            } else if (object instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
    }

    private static boolean isActiveAction(COSBase value) {
        return value instanceof COSDictionary action && ACTIVE_ACTIONS.contains(action.getCOSName(COSName.S));
    }

    private static boolean isJpegImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                && COSName.DCT_DECODE.equals(stream.getDictionaryObject(COSName.FILTER));
    }

    private static void stripJpeg(COSStream stream) throws IOException, MalformedFileException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        byte[] stripped = JpegMetadata.strip(raw);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(stripped);
        }
    }
}
