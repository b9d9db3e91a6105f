package org.onlinemart.devstack;

/** Seconds since it was created, for the "ready in N s" progress lines. */
public final class Elapsed {

    private final long startNanos = System.nanoTime();

    public static Elapsed start() {
        return new Elapsed();
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public String toString() {
        return String.format("%.1f s", seconds());
    }
}
