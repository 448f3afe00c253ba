package org.evolab.evolution;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Duration;
import org.evolab.util.InvalidInputException;

/**
 * JSON form of a {@link Duration}: the short text {@link StopConditions#formatDuration} writes
 * ({@code "5m"}, {@code "1h30m"}), read back by {@link StopConditions#parseDuration}, which also
 * takes ISO-8601 ({@code "PT5M"}) and a plain number of seconds. Declared on the record components
 * so the records work with a plain {@code ObjectMapper}, without the java.time module.
 */
public final class DurationJson {
    private DurationJson() {
    }

    public static final class Serializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(StopConditions.formatDuration(value));
        }
    }

    public static final class Deserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                return Duration.ofMillis(Math.round(p.getDoubleValue() * 1000));
            }
            try {
                return StopConditions.parseDuration(p.getValueAsString());
            } catch (InvalidInputException e) {
                throw ctxt.weirdStringException(p.getValueAsString(), Duration.class, e.getMessage());
            }
        }
    }
}
