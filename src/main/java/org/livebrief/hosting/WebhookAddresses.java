package org.livebrief.hosting;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to. Only http and https, no user info, a host name; and, unless
 * {@code livebrief.webhooks.allow-private-addresses} is true, no address inside the server's own networks
 * (loopback, link-local — cloud metadata services live there —, private, unique-local, carrier-grade NAT, the
 * unspecified and multicast addresses): an admin registers endpoints, but a stolen admin session must not turn
 * Livebrief into a probe of the newsroom's intranet. Every address a name resolves to is checked, at registration
 * and again before each delivery (a name can be re-pointed later); redirects are never followed.
 */
final class WebhookAddresses {

    /** Resolves a host name; a test passes its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private WebhookAddresses() {
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    static Optional<String> refusal(String url, boolean allowPrivate, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs receive webhooks");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("a URL with user info is not accepted; authenticate the receiver with the signature");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("a URL with a fragment is not accepted");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Optional.of("the host " + host + " resolves to an internal address (" + address.getHostAddress()
                            + "); set livebrief.webhooks.allow-private-addresses=true to allow it");
                }
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments 192.0.0/24
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            if (isMapped(b) || isNat64(b)) { // ::ffff:a.b.c.d and 64:ff9b::a.b.c.d carry an IPv4 address
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static boolean isNat64(byte[] b) {
        return (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    }
}
