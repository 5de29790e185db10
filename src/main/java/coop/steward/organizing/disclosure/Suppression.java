package coop.steward.organizing.disclosure;

/** Why a cell, or one measure of a cell, is not published. */
public enum Suppression {
    /** Fewer than k distinct workers. */
    TOO_FEW_WORKERS,
    /** The top workers hold more than the dominant share of its minutes or pay. */
    DOMINATED,
    /** Publishing it would let a suppressed cell be worked out from the others. */
    PROTECTS_ANOTHER_CELL,
    /** Fewer than k workers contribute to this measure in this cell. */
    TOO_FEW_FOR_MEASURE
}
