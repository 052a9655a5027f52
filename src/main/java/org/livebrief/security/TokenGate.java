package org.livebrief.security;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which bearer tokens get through, and when a client that keeps sending bad ones is told to wait. A token is 256
 * random bits checked with one SHA-256: nobody guesses one, so the wait only keeps a misconfigured client's noise
 * down and must never cost a good token anything. A valid token is therefore checked first and accepted whatever its
 * address sent before (one broken bot behind a newsroom's NAT must not lock out every other bot there); only invalid
 * tokens count toward the wait and are refused by it. A valid token does not clear the count either: it says nothing
 * about the broken client beside it, which should keep being told to wait. The gate has a {@link SignInThrottle} of
 * its own, so bad tokens never slow down password sign-ins from the same address, and failed passwords never refuse
 * a token.
 *
 * <p>The token is looked up before the throttle is asked, so a throttled client's bad token still costs a SHA-256 and
 * an index probe, as much as an anonymous read; what the wait buys is a {@code Retry-After} for clients that honour it.
 */
final class TokenGate {

    /** The throttle's account for failed tokens: a bad token names no user, so they count per client address. */
    static final String ACCOUNT = "(api token)";

    /** What a request with a bearer token gets. */
    sealed interface Outcome {
    }

    /** A valid token: the request runs as {@code verified}, within {@code grant}'s scope. */
    record Accepted(Verified verified, TokenGrant grant) implements Outcome {
    }

    /** An unknown, revoked or expired token, or one whose owner is gone: 401, and one more failure for the client. */
    record Invalid(String why) implements Outcome {
    }

    /** An invalid token from a client that must wait: 429, not counted again. */
    record Throttled(Duration retryAfter) implements Outcome {
    }

    private final SignInThrottle throttle;

    TokenGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** The outcome for a token that {@link BearerTokens#find} answered with {@code found}, from {@code client}. */
    Outcome check(InetAddress client, Optional<BearerTokens.Bearer> found, Instant now) {
        Optional<String> invalid = found.isEmpty() ? Optional.of("The token is not known")
                : found.get().grant().invalidAt(now)
                        .or(() -> found.get().verified().isEmpty() ? Optional.of("The token's owner no longer exists")
                                : Optional.empty());
        if (invalid.isEmpty()) {
            return new Accepted(found.get().verified().get(), found.get().grant());
        }
        Optional<Duration> wait = throttle.wait(client, ACCOUNT);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        throttle.failed(client, ACCOUNT);
        return new Invalid(invalid.get());
    }
}
