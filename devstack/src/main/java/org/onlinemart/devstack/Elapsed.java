package org.onlinemart.devstack;

/** Seconds since it was created, for the "ready in N s" progress lines. */
final class Elapsed {

    private final long startNanos = System.nanoTime();

    static Elapsed start() {
        return new Elapsed();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public String toString() {
        return String.format("%.1f s", seconds());
    }
}
