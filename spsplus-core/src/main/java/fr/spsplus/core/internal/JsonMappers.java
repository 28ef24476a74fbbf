package fr.spsplus.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.json.SpsplusJson;
import java.io.CharConversionException;

/**
 * Jackson mappers with spsplus's JSON conventions and limits, and the translation of Jackson's
 * failures into spsplus's errors. Used by {@link SpsplusJson} and by the sibling modules (client,
 * testkit). Internal: applications use {@link SpsplusJson}.
 *
 * <p>Conventions: records as objects with their component names; enum constants by their name (the
 * stable code of each value); dates and instants as ISO-8601 text; unknown properties tolerated;
 * trailing tokens and null primitives rejected. Limits: nesting depth {@value
 * SpsplusJson#MAX_NESTING_DEPTH}, string length {@value SpsplusJson#MAX_STRING_LENGTH}.
 */
public final class JsonMappers {

  private static final MessageBundle MESSAGES = MessageBundle.of(SpsplusJson.class, "messages");

  private JsonMappers() {}

  /**
   * Returns a new mapper with spsplus's conventions and reading limits.
   *
   * @param pretty whether the output is indented for humans
   * @return a new, unshared mapper
   */
  public static ObjectMapper newMapper(boolean pretty) {
    JsonMapper.Builder builder =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SpsplusJacksonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    if (pretty) {
      builder.enable(SerializationFeature.INDENT_OUTPUT);
    }
    ObjectMapper mapper = builder.build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(SpsplusJson.MAX_NESTING_DEPTH)
                .maxStringLength(SpsplusJson.MAX_STRING_LENGTH)
                .build());
    return mapper;
  }

  /**
   * Translates a Jackson failure into the error spsplus reports for bad JSON: the JSON path, the
   * line, the column and the broken rule, in French and English.
   *
   * @param failure the failure
   * @param type the type that was being read
   * @return the exception, to throw
   */
  public static InvalidInputException translate(JsonProcessingException failure, Class<?> type) {
    return translate(failure, TypeFactory.defaultInstance().constructType(type));
  }

  /**
   * Translates a Jackson failure, for a generic type.
   *
   * @param failure the failure
   * @param type the type that was being read
   * @return the exception, to throw
   */
  public static InvalidInputException translate(JsonProcessingException failure, JavaType type) {
    String path = "$";
    if (failure instanceof JsonMappingException mapping) {
      path = JsonPaths.of(mapping.getPath());
    }
    JsonLocation location = failure.getLocation();
    long line = location == null ? -1 : location.getLineNr();
    long column = location == null ? -1 : location.getColumnNr();
    return new InvalidInputException(
        MESSAGES.message("json.invalid", path, line, column, detail(failure, type)), failure);
  }

  /**
   * The error for a document that is the JSON literal {@code null} where an object is expected.
   *
   * @param type the expected type
   * @return the exception, to throw
   */
  public static InvalidInputException nullDocument(Class<?> type) {
    return new InvalidInputException(MESSAGES.message("json.null", type.getSimpleName()));
  }

  /**
   * The error for bytes that are not valid text in the encoding Jackson detected (its own UTF-16
   * and UTF-32 decoders throw {@link CharConversionException}, an {@link java.io.IOException} that
   * is not a {@link JsonProcessingException}): bad content, not an input/output failure.
   *
   * @param failure the failure
   * @return the exception, to throw
   */
  public static InvalidInputException undecodable(CharConversionException failure) {
    return new InvalidInputException(MESSAGES.message("json.encoding"), failure);
  }

  private static LocalizedMessage detail(JsonProcessingException e, JavaType type) {
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause instanceof InvalidInputException domain) {
      return domain.localizedMessage();
    }
    if (e instanceof ValueInstantiationException && cause instanceof NullPointerException npe) {
      return MESSAGES.message("json.missing", String.valueOf(npe.getMessage()));
    }
    if (e instanceof InvalidFormatException format) {
      return MESSAGES.message("json.format", format.getTargetType().getSimpleName());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return MESSAGES.message("json.mismatch", mismatch.getTargetType().getSimpleName());
    }
    if (e instanceof JsonMappingException) {
      return MESSAGES.message("json.mapping", type.getRawClass().getSimpleName());
    }
    return MESSAGES.message("json.syntax");
  }
}
