package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import fr.spsplus.core.internal.JsonMappers;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastInstantsTest {

  /** The mapper without the fast path: what the client's mapper must agree with. */
  private static final ObjectMapper STANDARD = JsonMappers.newMapper(false);

  /** A record with an instant, as the platform's answers carry them. */
  record Stamped(@Nullable Instant at) {}

  @Property
  void theCanonicalFormParsesAsInstantParse(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = 0, max = 9) int fractionDigits) {
    // 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z, with 0 to 9 fraction digits.
    String text = format(Instant.ofEpochSecond(epochSecond, nanos), fractionDigits);
    assertThat(FastInstants.parseStrict(text)).isEqualTo(Instant.parse(text));
  }

  @Property
  void anyOtherTextIsLeftToTheStandardParser(@ForAll("nearlyTimestamps") String text) {
    Instant fast = FastInstants.parseStrict(text);
    if (fast != null) {
      // Never a different answer, never a text the standard parser refuses.
      assertThat(fast).isEqualTo(Instant.parse(text));
    }
  }

  @Provide
  Arbitrary<String> nearlyTimestamps() {
    // Canonical texts with one character replaced: digits out of range, wrong separators, etc.
    Arbitrary<String> canonical =
        Arbitraries.longs()
            .between(-62_167_219_200L, 253_402_300_799L)
            .map(s -> DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s, 120_000_000)));
    return canonical.flatMap(
        text ->
            Arbitraries.integers()
                .between(0, text.length() - 1)
                .flatMap(
                    at ->
                        Arbitraries.of('0', '1', '2', '3', '5', '6', '9', 'T', 't', 'Z', 'z', '.')
                            .map(c -> text.substring(0, at) + c + text.substring(at + 1))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-02T09:15:00+01:00",
        "2026-03-02t09:15:00z",
        "2026-03-02T09:15:00.Z",
        "2026-03-02T09:15:00.1234567890Z",
        "2026-03-02T09:15Z",
        "2026-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-00-01T00:00:00Z",
        "2026-03-00T00:00:00Z",
        "2026-03-02T24:00:00Z",
        "2026-03-02T09:60:00Z",
        "2016-12-31T23:59:60Z",
        "+12026-03-02T09:15:00Z",
        "-0001-03-02T09:15:00Z",
        " 2026-03-02T09:15:00Z",
        "2026-03-02T09:15:00Z ",
        "1772442900",
        "",
        "2026-03-02 09:15:00Z",
        "2026/03/02T09:15:00Z",
      })
  void everyNonCanonicalTextIsLeftToTheStandardParser(String text) {
    assertThat(FastInstants.parseStrict(text)).isNull();
  }

  @Test
  void leapDaysAndMonthEndsAreInRange() {
    for (String text :
        List.of(
            "2024-02-29T23:59:59Z",
            "2000-02-29T00:00:00Z",
            "0000-02-29T00:00:00Z",
            "2026-04-30T00:00:00Z",
            "2026-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z")) {
      assertThat(FastInstants.parseStrict(text)).as(text).isEqualTo(Instant.parse(text));
    }
    assertThat(FastInstants.parseStrict("1900-02-29T00:00:00Z")).isNull();
    assertThatThrownBy(() -> Instant.parse("1900-02-29T00:00:00Z"))
        .isInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2026-03-02T09:15:00Z\"",
        "\"2026-03-02T09:15:00.25Z\"",
        "\"2026-03-02T10:15:00+01:00\"",
        "\"2026-03-02T09:15:00z\"",
        "\"2016-12-31T23:59:60Z\"",
        "1772442900",
        "1772442900.5",
        "null",
      })
  void theClientMapperReadsWhatTheStandardMapperReads(String json) throws Exception {
    String document = "{\"at\":" + json + "}";
    assertThat(Json.MAPPER.readValue(document, Stamped.class))
        .isEqualTo(STANDARD.readValue(document, Stamped.class));
    assertThat(Json.MAPPER.readValue(json, Instant.class))
        .isEqualTo(STANDARD.readValue(json, Instant.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2026-02-29T09:15:00Z\"",
        "\"soon\"",
        "\"2026-03-02T25:15:00Z\"",
        "true",
        "[]",
        "{}",
      })
  void theClientMapperRefusesWhatTheStandardMapperRefuses(String json) {
    String document = "{\"at\":" + json + "}";
    Throwable standard = catchFailure(() -> STANDARD.readValue(document, Stamped.class));
    Throwable client = catchFailure(() -> Json.MAPPER.readValue(document, Stamped.class));
    assertThat(standard).isInstanceOf(JsonMappingException.class);
    assertThat(client).isInstanceOf(standard.getClass());
    assertThat(((JsonMappingException) client).getPath().toString())
        .isEqualTo(((JsonMappingException) standard).getPath().toString());
  }

  @Test
  void theClientMapperUsesTheFastPathForInstants() throws Exception {
    DefaultDeserializationContext context =
        ((DefaultDeserializationContext) Json.MAPPER.getDeserializationContext())
            .createInstance(Json.MAPPER.getDeserializationConfig(), null, null);
    JsonDeserializer<Object> deserializer =
        context.findRootValueDeserializer(Json.MAPPER.constructType(Instant.class));
    assertThat(deserializer.getClass().getEnclosingClass()).isEqualTo(FastInstants.class);
  }

  @Test
  void instantsInsideCollectionsAreReadAsBefore() throws Exception {
    String json = "{\"a\":\"2026-03-02T09:15:00Z\",\"b\":\"2026-03-02T10:15:00+01:00\"}";
    Map<String, Instant> read =
        Json.MAPPER.readValue(
            json,
            Json.MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Instant.class));
    assertThat(read)
        .containsEntry("a", Instant.parse("2026-03-02T09:15:00Z"))
        .containsEntry("b", Instant.parse("2026-03-02T09:15:00Z"));
  }

  private static String format(Instant instant, int fractionDigits) {
    String seconds =
        DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(instant.getEpochSecond()));
    if (fractionDigits == 0) {
      return seconds;
    }
    String nanos = String.format("%09d", instant.getNano()).substring(0, fractionDigits);
    return seconds.substring(0, seconds.length() - 1) + "." + nanos + "Z";
  }

  private static Throwable catchFailure(ThrowingCall call) {
    try {
      call.run();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("no failure");
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
