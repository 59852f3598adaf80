package org.diplograph.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, bursts up to the same number.
 * Keyed on the connection's remote address, never on {@code X-Forwarded-For} (which a client can write).
 */
public final class RateLimiter {
    private final double perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token for the client; returns 0 when allowed, else the seconds to wait. */
    public long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > 10_000) buckets.clear(); // bounded memory under address churn
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
        synchronized (b) {
            b.tokens = Math.min(perMinute, b.tokens + (now - b.last) / 60e9 * perMinute);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) * 60 / perMinute);
        }
    }
}
