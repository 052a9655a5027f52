package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LiveBlogJsonLdTest {

    @Test
    void nothingInTheJsonCanCloseTheScriptElement() {
        String json = LiveBlogJsonLd.scriptSafe("{\"headline\":\"</script><script>alert(1)</script> & \u2028\"}");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(Json.createReader(new StringReader(json)).readObject().getString("headline"))
                .isEqualTo("</script><script>alert(1)</script> & \u2028");
    }
}
