package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** The API's JSON-B: unknown fields and non-whole numbers in whole-number fields are refused. */
class JsonbConfigurationTest {

    /** Request bodies use boxed numbers (a missing number is null, not 0); the strict reading covers those. */
    public static class Body {
        public Integer count;
        public Long version;
    }

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Body.class);

    @Test
    void wholeNumbersAreRead() {
        Body body = jsonb.fromJson("{\"count\": 3, \"version\": 12.0}", Body.class);
        assertThat(body.count).isEqualTo(3);
        assertThat(body.version).isEqualTo(12L);
    }

    @Test
    void fractionsTextAndOverflowAreRefused() {
        for (String json : new String[] {"{\"count\": 2.5}", "{\"version\": 1.1}",
                "{\"count\": \"3\"}", "{\"count\": 99999999999}", "{\"colour\": 1}"}) {
            assertThatThrownBy(() -> jsonb.fromJson(json, Body.class)).as(json).isInstanceOf(JsonbException.class);
        }
    }
}
