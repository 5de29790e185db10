package coop.steward.organizing.disclosure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The method of a publication in plain language, from {@code i18n/disclosure_*.properties}. */
final class MethodText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MethodText() {
    }

    static String of(Rules rules, Locale locale) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("i18n.disclosure", locale, NO_FALLBACK);
        } catch (MissingResourceException unknownLanguage) {
            bundle = ResourceBundle.getBundle("i18n.disclosure", Locale.ENGLISH, NO_FALLBACK);
        }
        return new MessageFormat(bundle.getString("method"), locale).format(new Object[] {
                rules.k(), rules.dominantWorkers(), Math.round(rules.dominantShare() * 100), 2 * rules.k(),
                Math.round(DisclosureControl.PROTECTION_LEVEL * 100), Math.round(Noise.A * 100),
                Math.round(Noise.B * 100)});
    }
}
