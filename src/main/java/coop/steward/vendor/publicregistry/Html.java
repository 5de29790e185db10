package coop.steward.vendor.publicregistry;

/** Builds a server-rendered page; every piece of text goes through {@link #text}, which escapes it. */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Markup written as is: only literals of this package, never a value from a request or the database. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(escape(String.valueOf(value)));
        return this;
    }

    /** An element holding escaped text, with attribute values escaped too: {@code el("td", "Nairobi", "class", "num")}. */
    Html el(String tag, Object content, String... attributes) {
        open(tag, attributes);
        text(content);
        return close(tag);
    }

    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
