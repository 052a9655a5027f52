package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class NumberParamsTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("limit") int limit, @QueryParam("before") Long before, @PathParam("id") long id,
                  @QueryParam("q") String q) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return NumberParamsTest.class.getDeclaredMethod("resource", int.class, Long.class, long.class, String.class)
                .getParameterAnnotations()[parameter];
    }

    /** The refusal itself (a 400 problem naming the parameter) needs a JAX-RS runtime: PlatformIT. */
    @Test
    void wholeNumbersAreReadAsJaxRsWould() throws Exception {
        ParamConverter<Integer> limit = new NumberParams().getConverter(int.class, int.class, annotationsOf(0));
        assertThat(limit.fromString(" 20 ")).isEqualTo(20);
        assertThat(limit.fromString(null)).isNull();
        ParamConverter<Long> before = new NumberParams().getConverter(Long.class, Long.class, annotationsOf(1));
        assertThat(before.fromString("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(before.toString(42L)).isEqualTo("42");
    }

    @Test
    void pathParametersAndOtherTypesAreLeftToJaxRs() throws Exception {
        assertThat(new NumberParams().getConverter(long.class, long.class, annotationsOf(2))).isNull();
        assertThat(new NumberParams().getConverter(String.class, String.class, annotationsOf(3))).isNull();
    }
}
