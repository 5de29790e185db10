package coop.steward.organizing;

import coop.steward.common.digest.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invitation codes: 100 random bits in Crockford's base32, in five groups of four, easy to read aloud and to type on
 * a phone, and kept only as the SHA-256 of their normalized spelling.
 */
final class InvitationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Reads a code as typed: case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1. */
    static String normalize(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static String digest(String typed) {
        return Sha256.hex(normalize(typed).getBytes(StandardCharsets.US_ASCII));
    }
}
