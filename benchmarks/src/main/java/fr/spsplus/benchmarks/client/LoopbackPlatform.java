package fr.spsplus.benchmarks.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal, fast platform on the loopback interface for the client benchmark: the JDK's HTTP
 * server (HTTP/1.1, keep-alive, {@code TCP_NODELAY}) answering every {@code POST /v1/experiences}
 * with the contract's {@code 201} and a fixed {@link Experience} body, after reading the whole
 * request body. Other paths get 404. It does the same work whoever the client is, so the spsplus
 * client and raw OkHttp are compared on equal terms.
 */
public final class LoopbackPlatform implements AutoCloseable {

  /** The path of the operation. */
  public static final String PATH = "/v1/experiences";

  /** The submission every benchmark posts: a clean, realistic experience. */
  public static final ExperienceSubmission SUBMISSION =
      new ExperienceSubmission(
          "Très bon accueil",
          "L’agent a été très aimable et m’a expliqué chaque étape de ma démarche.\n\n"
              + "Merci : dossier réglé en 48 h, sans avoir à me déplacer une seconde fois.",
          Feeling.POSITIF,
          List.of(new StructureCode("3Tn8gzTdcz"), new StructureCode("XOnFQMfMX2")),
          List.of(ContactChannel.ACCUEIL_PHYSIQUE, ContactChannel.TELEPHONE));

  static {
    // The JDK server writes the headers and the body of an answer separately; with Nagle's
    // algorithm on, the second write waits for the client's delayed ACK (about 40 ms on Linux) and
    // both clients would measure that timer instead of themselves. Read once, when the server's
    // configuration class loads, so set here, before the first server.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] answer;
  private final AtomicLong requests = new AtomicLong();

  private LoopbackPlatform(HttpServer server, ExecutorService executor, byte[] answer) {
    this.server = server;
    this.executor = executor;
    this.answer = answer;
  }

  /**
   * Starts a server on 127.0.0.1 and an ephemeral port.
   *
   * @param threads the server's handler threads
   * @return the running server; close it
   * @throws IOException if the port cannot be bound
   */
  public static LoopbackPlatform start(int threads) throws IOException {
    byte[] answer =
        SpsplusJson.compact()
            .write(Experience.submitted(4211, SUBMISSION, Instant.parse("2026-03-02T09:15:00Z")))
            .getBytes(StandardCharsets.UTF_8);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    LoopbackPlatform platform = new LoopbackPlatform(server, executor, answer);
    server.createContext("/", platform::handle);
    server.setExecutor(executor);
    server.start();
    return platform;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream body = exchange.getRequestBody()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
      if (!"POST".equals(exchange.getRequestMethod())
          || !PATH.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      requests.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Location", PATH + "/4211");
      exchange.sendResponseHeaders(201, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  /**
   * Returns the base URL, without the path prefix: {@code http://127.0.0.1:port}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /**
   * Returns the body of every 201 answer.
   *
   * @return a copy of the body
   */
  public byte[] answer() {
    return answer.clone();
  }

  /**
   * Returns the number of submissions answered with 201.
   *
   * @return the count
   */
  public long requests() {
    return requests.get();
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
