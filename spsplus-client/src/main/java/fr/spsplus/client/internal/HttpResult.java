package fr.spsplus.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.spsplus.client.ResponseMetadata;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusClientException.Kind;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer read into memory (within {@link
 * fr.spsplus.client.ClientOptions#maxResponseBytes()}).
 *
 * @param method the method of the call, for messages
 * @param path the path of the call, for messages
 * @param body the bytes of the body
 * @param contentType the media type the service declared, if any
 * @param metadata the facts of the answer
 */
public record HttpResult(
    String method,
    String path,
    byte[] body,
    @Nullable String contentType,
    ResponseMetadata metadata) {

  /**
   * Reads the body as a JSON tree, decimals as {@code BigDecimal}.
   *
   * @return the tree
   * @throws SpsplusClientException of kind {@link Kind#DECODE} if the body is not JSON or breaks
   *     the nesting and length limits
   */
  public JsonNode tree() {
    try {
      JsonNode node = Json.TREES.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw decodeFailure(null);
      }
      return node;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SpsplusClientException failure) {
        throw failure;
      }
      throw decodeFailure(e);
    }
  }

  /**
   * Reads the body as JSON of a type, with spsplus's conventions.
   *
   * @param <T> the type
   * @param type the type
   * @return the value
   * @throws SpsplusClientException of kind {@link Kind#DECODE} if the body does not fit the type
   */
  public <T> T json(JavaType type) {
    return json(Json.MAPPER.readerFor(type));
  }

  /**
   * Decodes the body with a reader made in advance (see {@link Json#reader(Class)}).
   *
   * @param <T> the type
   * @param reader the reader of the expected type
   * @return the value
   * @throws SpsplusClientException of kind {@code DECODE} if the body is not valid JSON of that
   *     type or is JSON {@code null}
   */
  public <T> T json(ObjectReader reader) {
    try {
      T value = reader.readValue(body);
      if (value == null) {
        throw decodeFailure(null);
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SpsplusClientException failure) {
        throw failure;
      }
      throw decodeFailure(e);
    }
  }

  /**
   * Returns the exception for a body that could not be decoded.
   *
   * @param cause the decoding failure, if any
   * @return the exception, to throw
   */
  public SpsplusClientException decodeFailure(@Nullable Throwable cause) {
    return CallFailures.of(Kind.DECODE, method, path, metadata.attempts(), cause);
  }
}
