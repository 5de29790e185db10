package coop.steward.evidence;

import java.util.UUID;

/** A stored pack's PDF, ready to send to its owner. */
public record PackPdf(UUID id, byte[] bytes) {

    public String fileName() {
        return "evidence-pack-" + id + ".pdf";
    }
}
