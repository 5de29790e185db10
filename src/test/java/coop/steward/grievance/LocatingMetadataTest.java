package coop.steward.grievance;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attachment keeps that could locate or name the worker, beyond the EXIF, XMP and IPTC segments:
 * comment segments, a second picture hidden after the first one's end, and a PDF's author fields, metadata,
 * attached files and scripts.
 */
class LocatingMetadataTest {

    private static final String PLACE = "taken at Kilimani, Nairobi (-1.2921, 36.8219)";
    private static final String AUTHOR = "Amina Wanjiru";

    private final AttachmentInspector inspector = new AttachmentInspector(
            new AttachmentLimits(AttachmentLimits.TEN_MIB, AttachmentLimits.HUNDRED_MIB));

    @Test
    void aJpegCommentSegmentIsRemovedAndTheImageStillDecodes() throws IOException {
        byte[] photo = SampleFiles.photoJpeg();
        byte[] commented = withSegmentAfterStart(photo, 0xFE, PLACE.getBytes(StandardCharsets.UTF_8));
        assertThat(contains(commented, PLACE)).isTrue();

        byte[] kept = inspector.inspect(commented, "IMG_2042.jpg", "image/jpeg").bytes();

        assertThat(contains(kept, PLACE)).isFalse();
        assertThat(AttachmentInspectorTest.scanData(kept)).isEqualTo(AttachmentInspectorTest.scanData(photo));
        assertThat(ImageIO.read(new ByteArrayInputStream(kept))).isNotNull();
    }

    @Test
    void aSecondPhotoWithItsGpsTagAppendedAfterTheEndMarkerIsDropped() throws IOException {
        byte[] photo = SampleFiles.photoJpeg();
        byte[] hidden = SampleFiles.photoJpegWithGps();
        byte[] polyglot = concat(photo, hidden);
        assertThat(((JpegImageMetadata) Imaging.getMetadata(hidden)).getExif().getGpsInfo()).isNotNull();

        byte[] kept = inspector.inspect(polyglot, "IMG_2043.jpg", "image/jpeg").bytes();

        assertThat(indexOf(kept, hidden)).as("the appended photo survives byte for byte").isEqualTo(-1);
        assertThat(contains(kept, "Exif\0\0")).isFalse();
        assertThat(occurrences(kept, new byte[] {(byte) 0xFF, (byte) 0xD8})).as("one start-of-image marker").isEqualTo(1);
        assertThat(kept[kept.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(kept[kept.length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(ImageIO.read(new ByteArrayInputStream(kept))).isNotNull();
    }

    @Test
    void anApplicationSegmentOfUnknownPurposeIsRemoved() throws IOException {
        byte[] photo = SampleFiles.photoJpeg();
        byte[] withMakerNotes = withSegmentAfterStart(photo, 0xEB, ("HPQ-maker-notes " + PLACE).getBytes(StandardCharsets.UTF_8));

        byte[] kept = inspector.inspect(withMakerNotes, "IMG_2044.jpg", "image/jpeg").bytes();

        assertThat(contains(kept, PLACE)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth())
                .isEqualTo(ImageIO.read(new ByteArrayInputStream(photo)).getWidth());
        ImageMetadata metadata = Imaging.getMetadata(kept);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
    }

    @Test
    void aPdfLosesItsAuthorFieldsMetadataAttachedFilesAndScriptsButKeepsItsText() throws IOException {
        byte[] contract = contractWithEverythingThatLeaks();
        assertThat(contains(contract, AUTHOR)).isTrue();
        assertThat(contains(contract, "Kilimani")).isTrue();

        byte[] kept = inspector.inspect(contract, "contract.pdf", "application/pdf").bytes();

        for (String leak : List.of(AUTHOR, "Kilimani", "app.alert", "this.submitForm", "home-address.txt", "Exif\0\0")) {
            assertThat(contains(kept, leak)).as("the stored PDF still holds %s", leak).isFalse();
        }
        try (PDDocument document = Loader.loadPDF(kept)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Contract between the worker and Outlier");
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertThat(names == null || names.getJavaScript() == null && names.getEmbeddedFiles() == null).isTrue();
            PDAnnotationLink link = (PDAnnotationLink) document.getPage(0).getAnnotations().get(0);
            assertThat(link.getAction()).as("the link's script").isNull();
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    private static byte[] contractWithEverythingThatLeaks() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 770);
                content.showText("Contract between the worker and Outlier");
                content.endText();
                content.drawImage(JPEGFactory.createFromByteArray(document, SampleFiles.photoJpegWithGps()), 72, 500, 200, 150);
            }
            document.getDocumentInformation().setAuthor(AUTHOR);
            document.getDocumentInformation().setCreator("Scanner app on " + AUTHOR + "'s phone");
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            PDMetadata xmp = new PDMetadata(document);
            try (var xml = xmp.getCOSObject().createOutputStream()) {
                xml.write(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + AUTHOR
                        + "</dc:creator><photoshop:City>Kilimani</photoshop:City></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(xmp);
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("beacon", new PDActionJavaScript("this.submitForm('https://example.invalid')")));
            names.setJavascript(scripts);
            PDComplexFileSpecification attached = new PDComplexFileSpecification();
            attached.setFile("home-address.txt");
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(PLACE.getBytes(StandardCharsets.UTF_8)));
            attached.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("home-address.txt", attached));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 760, 200, 20));
            link.setAction(new PDActionJavaScript("app.alert('clicked')"));
            page.getAnnotations().add(link);
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static byte[] withSegmentAfterStart(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    private static int occurrences(byte[] haystack, byte[] needle) {
        int count = 0;
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (matchesAt(haystack, needle, i)) {
                count++;
            }
        }
        return count;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (matchesAt(haystack, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] haystack, byte[] needle, int at) {
        for (int j = 0; j < needle.length; j++) {
            if (haystack[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
