package org.livebrief.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who a request comes from, for per-client limits (event streams, sign-in throttling). The socket's peer,
 * unless that peer is one of the configured trusted proxies ({@code livebrief.trusted-proxies}, CIDRs such as
 * {@code 10.0.0.0/8, ::1/128}): then the nearest address in {@code X-Forwarded-For} that is not a trusted proxy
 * itself, read from the right, since only what trusted proxies appended can be believed. Nothing is trusted by
 * default, so a client cannot pick its own address with a header. IPv6 clients are counted by their /64: one
 * subscriber line routinely holds a whole /64, and counting single addresses would let it take any number.
 */
public final class ClientAddress {

    /** The property naming the trusted proxies. */
    public static final String TRUSTED_PROXIES = "livebrief.trusted-proxies";

    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /** From the configuration ({@value #TRUSTED_PROXIES}), read once per call site that keeps the instance. */
    public static ClientAddress configured() {
        return configured(ConfigProvider.getConfig());
    }

    public static ClientAddress configured(Config config) {
        String value = config.getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
        return new ClientAddress(Arrays.asList(value.split(",")));
    }

    /** The client key of {@code request}: an IPv4 address, or an IPv6 /64 written as {@code prefix::/64}. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String peer, List<String> forwardedFor) {
        InetAddress client = address(peer, forwardedFor);
        return client == null ? peer : key(client);
    }

    /** The client's own address (not yet grouped by /64), or null when the peer is not an address literal. */
    public InetAddress address(String peer, Collection<String> forwardedFor) {
        InetAddress client = parse(peer);
        if (client == null) {
            return null;
        }
        if (isTrusted(client)) {
            List<String> hops = new ArrayList<>();
            forwardedFor.forEach(header -> Arrays.stream(header.split(",")).map(String::strip).forEach(hops::add));
            for (int i = hops.size() - 1; i >= 0; i--) {
                InetAddress hop = parse(hops.get(i));
                if (hop == null) {
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return client;
    }

    /** Is the socket's peer (an address literal) one of the trusted proxies, whose forwarding headers count? */
    public boolean isTrustedPeer(String peer) {
        InetAddress address = parse(peer);
        return address != null && isTrusted(address);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        byte[] prefix = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress().replaceFirst("(:0)+$", "::") + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A literal IPv4 or IPv6 address (never a host name: nothing is looked up), or null. */
    static InetAddress parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.%a-zA-Z]+") || !(literal.contains(":")
                || literal.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = ClientAddress.parse(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": not an address or range: " + text);
            }
            int max = address.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : max;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix length in " + text);
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
