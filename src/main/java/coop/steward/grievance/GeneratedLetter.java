package coop.steward.grievance;

import java.time.Instant;

/** A letter just generated: its record in the case file and its words, to be rendered as PDF or text. */
record GeneratedLetter(LetterView letter, Instant createdAt, ComposedLetter composed) {
}
