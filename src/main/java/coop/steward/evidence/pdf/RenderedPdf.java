package coop.steward.evidence.pdf;

/** An unsigned PDF/A-3b pack as the renderer made it, and how many pages it has. */
public record RenderedPdf(byte[] bytes, int pageCount) {
}
