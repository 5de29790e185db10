package coop.steward.organizing.disclosure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Permanent multiplicative noise per worker and measure, as in the QWI (Abowd, Stephens, Vilhuber 2006): the
 * factor is 1 ± d with d drawn from a ramp on [A, B] (density falling linearly from A to B), so it is never
 * closer to 1 than A. Sign and draw come from HMAC-SHA256(key, workerId ":" measure), so a worker's factor for
 * a measure is the same in every cell, every publication and every population.
 */
final class Noise {

    /** The least distortion of one worker's value: 10 %. */
    static final double A = 0.10;
    /** The greatest: 25 %. */
    static final double B = 0.25;
    /** Factors are fixed-point in millionths, so noisy sums are exact integers and stay additive. */
    static final long SCALE = 1_000_000L;

    private final SecretKeySpec key;

    Noise(NoiseKey noiseKey) {
        byte[] secret = noiseKey.secret();
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("noise key: at least 16 bytes of secret are needed");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The worker's factor for every measure, in millionths (e.g. 1_137_204 for +13.7 %). */
    long[] factors(UUID worker) {
        Measure[] measures = Measure.values();
        long[] factors = new long[measures.length];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (Measure measure : measures) {
                byte[] digest = mac.doFinal((worker + ":" + measure.name()).getBytes(StandardCharsets.UTF_8));
                factors[measure.ordinal()] = factor(digest);
            }
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
        return factors;
    }

    private static long factor(byte[] digest) {
        long bits = ByteBuffer.wrap(digest).getLong();
        double u = (bits >>> 11) * 0x1.0p-53;
        double distortion = A + (B - A) * (1 - Math.sqrt(1 - u));
        boolean up = (digest[8] & 1) == 0;
        return Math.round(SCALE * (up ? 1 + distortion : 1 - distortion));
    }
}
