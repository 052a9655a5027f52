package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/** {@code Last-Event-ID} and {@code ?lastEventId=} from reconnecting readers (docs/fuzzing.md). */
class LastEventIdFuzzTest {

    /**
     * Parts: the header, the query parameter. The answer is -1 (nothing sent), the sequence the client has
     * (≥ 0, from the header when it has one), or 400; never another exception.
     */
    @FuzzTest(maxDuration = "60s")
    void lastEventIdIsASequenceOrA400(byte[] data) {
        String[] p = FuzzInput.parts(data, 2);
        String header = p[0];
        String parameter = p[1];
        String sent = header == null || header.isBlank() ? parameter : header;
        try {
            long after = EventStreamFilter.lastEventId(request(header, parameter));
            if (sent == null || sent.isBlank()) {
                assertThat(after).isEqualTo(-1);
            } else {
                assertThat(after).isNotNegative();
                assertThat(Long.parseLong(sent.strip())).isEqualTo(after);
            }
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(sent).isNotBlank();
        }
    }

    private static HttpServletRequest request(String header, String parameter) {
        return (HttpServletRequest) Proxy.newProxyInstance(LastEventIdFuzzTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Last-Event-ID".equalsIgnoreCase((String) args[0]) ? header : null;
                    case "getParameter" -> "lastEventId".equals(args[0]) ? parameter : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
