package org.livebrief.live;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts open event streams, in total and per client address, and refuses one more past either cap:
 * past the global cap the server is full (503), past the per-client cap that client asks too much (429).
 * Every {@link #admit} that answers {@link Admission#ADMITTED} must be paired with one {@link #release}.
 */
final class ConnectionLimits {

    enum Admission { ADMITTED, CLIENT_OVER_LIMIT, SERVER_FULL }

    private final int maxTotal;
    private final int maxPerClient;
    private final Map<String, Integer> perClient = new HashMap<>();
    private int total;

    ConnectionLimits(int maxTotal, int maxPerClient) {
        this.maxTotal = maxTotal;
        this.maxPerClient = maxPerClient;
    }

    synchronized Admission admit(String client) {
        if (total >= maxTotal) {
            return Admission.SERVER_FULL;
        }
        int mine = perClient.getOrDefault(client, 0);
        if (mine >= maxPerClient) {
            return Admission.CLIENT_OVER_LIMIT;
        }
        perClient.put(client, mine + 1);
        total++;
        return Admission.ADMITTED;
    }

    synchronized void release(String client) {
        Integer mine = perClient.get(client);
        if (mine == null) {
            throw new IllegalStateException("No open stream for " + client);
        }
        if (mine == 1) {
            perClient.remove(client);
        } else {
            perClient.put(client, mine - 1);
        }
        total--;
    }

    synchronized int open() {
        return total;
    }

    synchronized int open(String client) {
        return perClient.getOrDefault(client, 0);
    }

    int maxTotal() {
        return maxTotal;
    }

    int maxPerClient() {
        return maxPerClient;
    }
}
