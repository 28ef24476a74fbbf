package fr.spsplus.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.core.call.CallerHash;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson module of spsplus: the place where a domain type registers a custom serialiser when
 * it cannot round-trip as a plain record. Registered by {@link JsonMappers#newMapper(boolean)}.
 *
 * <p>Single-value types are written as JSON strings, as users and the open data know them: {@link
 * StructureCode} ({@code "3Tn8gzTdcz"}), {@link IndicatorId} ({@code "IND-27"}), {@link CallerHash}
 * (its hexadecimal value) and {@link ReportingPeriod} (its code, {@code "2026-Q1"}). Reading them
 * back goes through their own factories, so every invariant is checked.
 */
final class SpsplusJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  SpsplusJacksonModule() {
    super(
        "spsplus",
        VersionUtil.parseVersion(SpsplusVersion.version(), "fr.spsplus", "spsplus-core"));
    asString(StructureCode.class, StructureCode::value, StructureCode::of);
    asString(IndicatorId.class, IndicatorId::value, IndicatorId::parse);
    asString(CallerHash.class, CallerHash::value, CallerHash::of);
    asString(ReportingPeriod.class, ReportingPeriod::code, ReportingPeriod::parse);
  }

  private <T> void asString(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
    addSerializer(type, new StringSerializer<>(type, writer));
    addDeserializer(type, new StringDeserializer<>(type, reader));
  }

  /** Writes a value type as one JSON string. */
  private static final class StringSerializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> writer;

    StringSerializer(Class<T> type, Function<T, String> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(writer.apply(value));
    }
  }

  /**
   * Reads a value type from one JSON string. An {@link InvalidInputException} thrown by the factory
   * reaches {@link JsonMappers#translate} with the JSON path.
   */
  private static final class StringDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final transient Function<String, T> reader;

    StringDeserializer(Class<T> type, Function<String, T> reader) {
      super(type);
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(context.handleUnexpectedToken(type, parser));
      }
      String text = parser.getText();
      try {
        return reader.apply(text);
      } catch (InvalidInputException e) {
        throw ValueInstantiationException.from(
            parser, e.getMessage(), context.constructType(type), e);
      }
    }
  }
}
