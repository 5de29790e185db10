package coop.steward.evidence;

import coop.steward.evidence.content.PackContent;
import coop.steward.evidence.content.PackStamp;
import coop.steward.evidence.pdf.PackRenderer;
import coop.steward.evidence.pdf.RenderedPdf;
import coop.steward.evidence.signing.PadesSigner;
import coop.steward.evidence.signing.SigningKey;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * How long rendering and signing a year of daily records takes once warm (365 sessions, 52 payments,
 * 10 grievances, a 52-week chart): a command to run and read, not a timed test.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) coop.steward.evidence.PackBenchmark
 * </pre>
 */
public final class PackBenchmark {

    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    private PackBenchmark() {
    }

    public static void main(String[] args) {
        SigningKey key = TestKeys.instance();
        PackRenderer renderer = new PackRenderer();
        PadesSigner signer = new PadesSigner(key);
        PackContent year = PackFixtures.nairobiYear();
        byte[] json = PackFixtures.recordsJson(428);
        long[] millis = new long[MEASURED];
        RenderedPdf last = null;
        byte[] signed = null;
        for (int run = 0; run < WARM_UP + MEASURED; run++) {
            long start = System.nanoTime();
            Instant now = Instant.now();
            last = renderer.render(new PackStamp(UUID.randomUUID(), now, key.certificateSha256()), year, json);
            signed = signer.sign(last.bytes(), now, "benchmark");
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (run >= WARM_UP) {
                millis[run - WARM_UP] = elapsed;
            }
        }
        Arrays.sort(millis);
        System.out.printf("evidence pack, a year of daily records: %d pages, %d bytes signed%n", last.pageCount(), signed.length);
        System.out.printf("render + sign, warm, %d runs: median %d ms, p90 %d ms, min %d ms, max %d ms%n", MEASURED,
                millis[MEASURED / 2], millis[(int) (MEASURED * 0.9)], millis[0], millis[MEASURED - 1]);
    }
}
