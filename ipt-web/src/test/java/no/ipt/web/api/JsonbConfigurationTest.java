package no.ipt.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** The API's JSON-B: unknown fields and non-whole numbers in whole-number fields are refused. */
class JsonbConfigurationTest {

    public static class Body {
        public Integer count;
        public Long version;
        public int places;
    }

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Body.class);

    @Test
    void wholeNumbersAreRead() {
        Body body = jsonb.fromJson("{\"count\": 3, \"version\": 12, \"places\": 4}", Body.class);
        assertThat(body.count).isEqualTo(3);
        assertThat(body.version).isEqualTo(12L);
        assertThat(body.places).isEqualTo(4);
    }

    @Test
    void fractionsTextAndOverflowAreRefused() {
        for (String json : new String[] {"{\"count\": 2.5}", "{\"version\": 1.1}", "{\"places\": 2.5}",
                "{\"count\": \"3\"}", "{\"count\": 99999999999}", "{\"colour\": 1}"}) {
            assertThatThrownBy(() -> System.out.println(json + " -> " + jsonb.toJson(jsonb.fromJson(json, Body.class))))
                    .as(json).isInstanceOf(JsonbException.class);
        }
    }
}
