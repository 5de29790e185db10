package coop.steward.common.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO 3166 codes for where work is done: a country, or a subdivision of one. */
public final class Jurisdictions {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Jurisdictions() {
    }

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches() && COUNTRIES.contains(code.substring(0, 2));
    }

    /** {@code US-MO} has the parent {@code US}; a country has none. */
    public static Optional<String> parentOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? Optional.empty() : Optional.of(code.substring(0, dash));
    }
}
