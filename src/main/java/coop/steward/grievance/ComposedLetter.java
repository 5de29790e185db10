package coop.steward.grievance;

import coop.steward.common.validation.Language;

import java.util.List;

/** A letter's words, ready to be laid out: the header lines, its title and its paragraphs in order. */
record ComposedLetter(Language language, String title, List<String> headerLines, List<String> paragraphs) {

    ComposedLetter {
        headerLines = List.copyOf(headerLines);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The letter as plain text, paragraphs separated by a blank line, for pasting into an e-mail. */
    String asText() {
        StringBuilder text = new StringBuilder();
        headerLines.forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(title).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        return text.toString().stripTrailing() + "\n";
    }
}
