package coop.steward.grievance;

/** An upload that passed inspection: its detected type, the bytes to store (metadata removed) and their SHA-256. */
record InspectedAttachment(AttachmentType type, byte[] bytes, String sha256, String fileName) {

    long size() {
        return bytes.length;
    }
}
