package coop.steward.guideline.model;

/** The kind of work an engagement is for. */
public enum TaskKind {
    LABELING, RLHF_CONVERSATION, CONTENT_MODERATION, EVALUATION, TRANSCRIPTION, CODING, OTHER
}
