package org.guildhall.devstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Request latencies of a benchmark run, in nanoseconds; percentiles in milliseconds. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void addAll(List<Long> more) {
        nanos.addAll(more);
    }

    synchronized double percentile(int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
