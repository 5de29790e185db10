package coop.steward.organizing.disclosure;

/** Secret, permanent key of the per-worker noise; generated once and never rotated (the dashboard side stores it). */
public interface NoiseKey {
    byte[] secret();
}
