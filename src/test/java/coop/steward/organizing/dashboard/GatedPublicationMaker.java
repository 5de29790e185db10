package coop.steward.organizing.dashboard;

import coop.steward.organizing.Consents;
import coop.steward.organizing.disclosure.NoiseKey;
import coop.steward.organizing.rollup.Rollups;
import coop.steward.vendor.VendorRegistry;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real maker, counting the releases it makes per organization, and able to hold one organization's next
 * release at a gate or make it fail, so a test can see what readers get meanwhile.
 */
@Singleton
@Replaces(PublicationMaker.class)
@Requires(property = "spec.name", value = "DashboardPublisherControllerTest")
class GatedPublicationMaker extends PublicationMaker {

    final Map<UUID, AtomicInteger> made = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> attempted = new ConcurrentHashMap<>();
    final Map<UUID, CountDownLatch> gates = new ConcurrentHashMap<>();
    final Map<UUID, CountDownLatch> started = new ConcurrentHashMap<>();
    final Map<UUID, RuntimeException> failures = new ConcurrentHashMap<>();

    GatedPublicationMaker(Rollups rollups, Consents consents, VendorRegistry registry, DisclosureSettings settings,
                          NoiseKey noiseKey, Clock clock) {
        super(rollups, consents, registry, settings, noiseKey, clock);
    }

    @Override
    Release make(PublicationInputs inputs) {
        UUID id = inputs.key().scope().id();
        attempted.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
        CountDownLatch signal = started.remove(id);
        if (signal != null) {
            signal.countDown();
        }
        CountDownLatch gate = gates.get(id);
        if (gate != null) {
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException failure = failures.get(id);
        if (failure != null) {
            throw failure;
        }
        Release release = super.make(inputs);
        made.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
        return release;
    }

    int made(UUID organizationId) {
        return made.getOrDefault(organizationId, new AtomicInteger()).get();
    }

    int attempted(UUID organizationId) {
        return attempted.getOrDefault(organizationId, new AtomicInteger()).get();
    }

    /** Signals when the organization's next release starts. */
    CountDownLatch nextStarts(UUID organizationId) {
        CountDownLatch signal = new CountDownLatch(1);
        started.put(organizationId, signal);
        return signal;
    }
}
