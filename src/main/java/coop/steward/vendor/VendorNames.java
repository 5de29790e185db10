package coop.steward.vendor;

import java.text.Normalizer;
import java.util.Locale;

/** How typed vendor names are compared: case, accents, punctuation and spacing do not matter. */
final class VendorNames {

    private VendorNames() {
    }

    static String normalize(String typed) {
        String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
