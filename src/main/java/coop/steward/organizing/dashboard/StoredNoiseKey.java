package coop.steward.organizing.dashboard;

import coop.steward.common.time.Instants;
import coop.steward.organizing.disclosure.NoiseKey;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The instance's disclosure noise key: 32 random bytes made on first use and kept in the database, so every instance
 * and every restart gives each worker the same permanent noise. It is never rotated (ADR 0052): a second key would
 * give every worker a second noise factor, and two publications under different keys could be differenced.
 */
@Singleton
public class StoredNoiseKey implements NoiseKey {

    static final int ROW = 1;
    private static final int BYTES = 32;

    private final NoiseKeyRepository rows;
    private final NoiseKeyRows inserts;
    private final Clock clock;
    private volatile byte[] secret;

    StoredNoiseKey(NoiseKeyRepository rows, NoiseKeyRows inserts, Clock clock) {
        this.rows = rows;
        this.inserts = inserts;
        this.clock = clock;
    }

    @Override
    public byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = load();
            secret = known;
        }
        return known.clone();
    }

    private byte[] load() {
        return rows.findById(ROW).map(StoredNoiseKey::bytes).orElseGet(() -> {
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            try {
                inserts.insert(new NoiseKeyRow(ROW, HexFormat.of().formatHex(fresh), Instants.now(clock)));
                return fresh;
            } catch (DataAccessException raced) {
                // Another instance stored its key first: that one is the key, for everyone.
                return rows.findById(ROW).map(StoredNoiseKey::bytes).orElseThrow(() -> raced);
            }
        });
    }

    private static byte[] bytes(NoiseKeyRow row) {
        return HexFormat.of().parseHex(row.secretHex());
    }
}
