package no.ipt.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the API: a request with a field the API does not know is refused (400) rather than
 * silently ignored, so that a misspelt field never looks as if it was saved.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's switch (org.eclipse.yasson.YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES). */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(new WholeInteger(), new WholeLong()));

    /**
     * Yasson would read 2.5 into an integer field as 2: an Integer or Long field takes whole numbers
     * only, in range, else the request is refused (400) instead of silently storing something else.
     * Request bodies therefore use boxed numbers.
     */
    static java.math.BigDecimal wholeNumber(jakarta.json.stream.JsonParser parser) {
        if (!(parser.getValue() instanceof jakarta.json.JsonNumber number)) {
            throw new jakarta.json.bind.JsonbException("Expected a whole number");
        }
        java.math.BigDecimal value = number.bigDecimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw new jakarta.json.bind.JsonbException("Expected a whole number, got " + value);
        }
        return value;
    }

    /** Yasson picks a deserializer by its declared type argument, so each type has its own class. */
    static final class WholeInteger implements jakarta.json.bind.serializer.JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(jakarta.json.stream.JsonParser parser,
                                   jakarta.json.bind.serializer.DeserializationContext ctx, java.lang.reflect.Type type) {
            try {
                return wholeNumber(parser).intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new jakarta.json.bind.JsonbException("The number is too large", tooLarge);
            }
        }
    }

    static final class WholeLong implements jakarta.json.bind.serializer.JsonbDeserializer<Long> {
        @Override
        public Long deserialize(jakarta.json.stream.JsonParser parser,
                                jakarta.json.bind.serializer.DeserializationContext ctx, java.lang.reflect.Type type) {
            try {
                return wholeNumber(parser).longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new jakarta.json.bind.JsonbException("The number is too large", tooLarge);
            }
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
