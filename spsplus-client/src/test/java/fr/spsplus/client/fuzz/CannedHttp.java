package fr.spsplus.client.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.LoggerFactory;

/**
 * Serves canned answers to a client without a network: an OkHttp interceptor answers every request
 * in-process, so that a fuzz target can put any status, headers and body in front of the client's
 * whole decoding path (attempt loop, error bodies, {@code Retry-After}, rate-limit headers, JSON
 * decoding, paging, JSON-lines exports) at thousands of inputs per second.
 *
 * <p>A canned answer is written as text: a first line {@code <status>}, header lines {@code Name:
 * value}, an empty line, then the body (any bytes). Header lines OkHttp refuses are left out.
 */
final class CannedHttp {

  /** One answer: status, headers, body. */
  record Answer(int status, Headers headers, byte[] body) {

    /**
     * Reads an answer from its text form; a missing or bad status line gives 200.
     *
     * @param bytes the text form
     * @return the answer
     */
    static Answer parse(byte[] bytes) {
      int headerEnd = indexOf(bytes, new byte[] {'\n', '\n'});
      String head =
          new String(bytes, 0, headerEnd < 0 ? 0 : headerEnd, StandardCharsets.ISO_8859_1);
      byte[] body =
          headerEnd < 0 ? bytes : java.util.Arrays.copyOfRange(bytes, headerEnd + 2, bytes.length);
      String[] lines = head.split("\n");
      int status = 200;
      try {
        status = Integer.parseInt(lines[0].strip());
      } catch (NumberFormatException e) {
        // keep 200
      }
      if (status < 100 || status > 599) {
        status = 200;
      }
      Headers.Builder headers = new Headers.Builder();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon <= 0) {
          continue;
        }
        try {
          headers.add(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        } catch (IllegalArgumentException refused) {
          // a header name or value OkHttp does not accept on the wire
        }
      }
      return new Answer(status, headers.build(), body);
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= bytes.length; i++) {
        for (int k = 0; k < needle.length; k++) {
          if (bytes[i + k] != needle[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  private CannedHttp() {}

  /**
   * Returns an OkHttp client that answers each request with the answer chosen for it.
   *
   * @param answers chooses the answer of a request
   * @return the client, for {@code ClientOptions.Builder#okHttpClient}
   */
  static OkHttpClient client(Function<Request, Answer> answers) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              Request request = chain.request();
              Answer answer = answers.apply(request);
              String type = answer.headers().get("Content-Type");
              MediaType mediaType = type == null ? null : MediaType.parse(type);
              return new Response.Builder()
                  .request(request)
                  .protocol(Protocol.HTTP_1_1)
                  .code(answer.status())
                  .message("canned")
                  .headers(answer.headers())
                  .body(ResponseBody.create(answer.body(), mediaType))
                  .build();
            })
        .build();
  }

  /**
   * Sends the client's log events (at DEBUG, so that every log line is formatted) to an appender
   * that keeps nothing, instead of the console: fuzzing logs millions of lines.
   *
   * @return what restores the logger
   */
  static AutoCloseable quietDebugLogs() {
    Logger logger = (Logger) LoggerFactory.getLogger("fr.spsplus.client");
    Level previous = logger.getLevel();
    boolean additive = logger.isAdditive();
    AppenderBase<ILoggingEvent> sink =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            event.getFormattedMessage().toLowerCase(Locale.ROOT);
          }
        };
    sink.start();
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    logger.addAppender(sink);
    return () -> {
      logger.detachAppender(sink);
      logger.setAdditive(additive);
      logger.setLevel(previous);
      sink.stop();
    };
  }

  /**
   * Splits a fuzz input into its first line (a selector) and the rest.
   *
   * @param data the input
   * @return the selector line and the rest
   */
  static List<Object> selectorAndRest(byte[] data) {
    int newline = 0;
    while (newline < data.length && data[newline] != '\n') {
      newline++;
    }
    String selector = new String(data, 0, newline, StandardCharsets.ISO_8859_1).strip();
    byte[] rest =
        newline >= data.length
            ? new byte[0]
            : java.util.Arrays.copyOfRange(data, newline + 1, data.length);
    List<Object> parts = new ArrayList<>();
    parts.add(selector);
    parts.add(rest);
    return parts;
  }
}
