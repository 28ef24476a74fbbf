package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.client.LoopbackPlatform;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.json.SpsplusJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client: {@code PlatformClient.submitExperience} (validation, personal-data guard, JSON,
 * idempotency key, retries armed, answer decoded into an {@link Experience}) against raw OkHttp
 * posting the same bytes with the same headers to the same loopback server, keep-alive, one request
 * at a time. {@link Mode#SampleTime} gives the latency distribution (p99) and its mean, whose
 * inverse is the requests per second of one caller.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx512m"})
public class ClientBenchmark {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** The server and both clients. */
  @State(Scope.Benchmark)
  public static class Clients {
    /** The loopback platform. */
    public LoopbackPlatform platform;

    /** The spsplus client. */
    public PlatformClient spsplus;

    /** The raw OkHttp client, with OkHttp's defaults. */
    public OkHttpClient raw;

    /**
     * Raw OkHttp configured as the spsplus transport configures its own: the timeouts of {@link
     * ClientOptions#defaults()} (connect, read, write, and a call timeout, which OkHttp enforces
     * with a watchdog thread) and no silent retry. The difference between this and {@link #raw} is
     * the cost of that configuration; between this and spsplus, the cost of spsplus's own work.
     */
    public OkHttpClient configured;

    /** The URL of the operation. */
    public String url;

    /** The bytes the spsplus client sends: the JSON of the submission. */
    public byte[] body;

    /**
     * Starts the server and the clients.
     *
     * @throws IOException if the server cannot start
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      platform = LoopbackPlatform.start(2);
      spsplus =
          PlatformClient.builder()
              .baseUrl(platform.baseUrl())
              .options(ClientOptions.defaults())
              .build();
      raw = new OkHttpClient();
      ClientOptions options = ClientOptions.defaults();
      configured =
          new OkHttpClient.Builder()
              .connectTimeout(options.connectTimeout())
              .readTimeout(options.readTimeout())
              .writeTimeout(options.writeTimeout())
              .callTimeout(options.callTimeout())
              .retryOnConnectionFailure(false)
              .followSslRedirects(false)
              .build();
      url = platform.baseUrl() + LoopbackPlatform.PATH;
      body =
          SpsplusJson.compact().write(LoopbackPlatform.SUBMISSION).getBytes(StandardCharsets.UTF_8);
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
      spsplus.close();
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
      configured.dispatcher().executorService().shutdown();
      configured.connectionPool().evictAll();
      platform.close();
    }
  }

  /**
   * spsplus: one submission.
   *
   * @param clients the clients
   * @return the experience decoded from the answer
   */
  @Benchmark
  public Experience spsplusClient(Clients clients) {
    return clients.spsplus.submitExperience(LoopbackPlatform.SUBMISSION);
  }

  /**
   * Raw OkHttp: the same bytes and headers (content type, accept, idempotency key), the answer's
   * bytes read.
   *
   * @param clients the clients
   * @return the answer's bytes
   * @throws IOException if the call fails
   */
  @Benchmark
  public byte[] rawOkHttp(Clients clients) throws IOException {
    return post(clients.raw, clients);
  }

  /**
   * Raw OkHttp with the spsplus transport's configuration (timeouts, call timeout, no silent
   * retry): the same bytes and headers.
   *
   * @param clients the clients
   * @return the answer's bytes
   * @throws IOException if the call fails
   */
  @Benchmark
  public byte[] rawOkHttpConfigured(Clients clients) throws IOException {
    return post(clients.configured, clients);
  }

  private static byte[] post(OkHttpClient http, Clients clients) throws IOException {
    Request request =
        new Request.Builder()
            .url(clients.url)
            .header("Accept", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(RequestBody.create(clients.body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 201) {
        throw new IOException("unexpected status " + response.code());
      }
      return response.body().bytes();
    }
  }
}
