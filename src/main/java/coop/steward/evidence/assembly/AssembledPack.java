package coop.steward.evidence.assembly;

import coop.steward.evidence.content.PackContent;

/** A pack ready to render: what it shows, the records JSON it carries, and the chain head its integrity page states. */
public record AssembledPack(PackContent content, byte[] recordsJson, String chainHead) {
}
