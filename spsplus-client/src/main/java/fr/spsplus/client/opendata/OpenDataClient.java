package fr.spsplus.client.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.client.internal.CallFailures;
import fr.spsplus.client.internal.HttpCall;
import fr.spsplus.client.internal.HttpResult;
import fr.spsplus.client.internal.HttpTransport;
import fr.spsplus.client.internal.StreamedResponse;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the Services Publics+ open data from the DITP's Opendatasoft portal through the Explore API
 * v2.1 (<a href="https://help.opendatasoft.com/apis/ods-explore-v2/">documentation</a>).
 *
 * <pre>{@code
 * try (OpenDataClient openData = OpenDataClient.create()) {
 *   RecordQuery satisfaction = openData.query(Dataset.RESULTS)
 *       .where("code_sp_de_l_indicateur = \"IND-27\"")
 *       .orderBy("date_de_mise_a_jour desc");
 *   try (Stream<OpenDataRecord> results = openData.stream(satisfaction)) {
 *     results.forEach(r -> System.out.println(
 *         r.text("intitule_de_la_structure").orElse("?") + " : " + r.number("valeur").orElse(null)));
 *   }
 * }
 * }</pre>
 *
 * <p><b>Reading everything.</b> The {@code /records} endpoint returns at most {@value
 * #MAX_PAGE_SIZE} records per call and refuses {@code offset + limit} above {@value
 * #MAX_PAGING_WINDOW}. {@link #records(RecordQuery)} and {@link #stream(RecordQuery)} hide both
 * limits: they page while the matching records fit the window, and read the {@code /exports/jsonl}
 * endpoint (JSON lines, one record per line, read line by line) when more match, as told by the
 * first page's {@code total_count}. Memory stays constant either way. Pages are read as the
 * iteration needs them; an export keeps one connection open until the end, a failure, or {@code
 * close()}.
 *
 * <p><b>Errors.</b> A malformed clause is an {@link fr.spsplus.client.InvalidRequestException}
 * (codes {@code ODSQLError}, {@code InvalidRESTParameterError}); a wrong dataset id a {@link
 * fr.spsplus.client.NotFoundException}; an exhausted quota a {@link
 * fr.spsplus.client.RateLimitedException} whose {@code resetTime()} tells when to come back.
 *
 * <p>The Services Publics+ datasets are open: no credentials are needed ({@link
 * Credentials#none()}, the default); an Opendatasoft key raises quotas ({@link
 * fr.spsplus.client.ApiKey#opendatasoft(String)}). Build one client and share it: it is immutable
 * and thread-safe (each iteration is not), and {@link #close()} releases its connections.
 */
public final class OpenDataClient implements AutoCloseable {

  /** The Explore API v2.1 of the Services Publics+ portal. */
  public static final String DEFAULT_BASE_URL =
      "https://opendata.plus.transformation.gouv.fr/api/explore/v2.1";

  /** The most records one {@code /records} call returns (without {@code group_by}). */
  public static final int MAX_PAGE_SIZE = 100;

  /** The largest {@code offset + limit} the {@code /records} endpoint accepts. */
  public static final int MAX_PAGING_WINDOW = 10_000;

  private static final MessageBundle MESSAGES = MessageBundle.of(OpenDataClient.class, "messages");

  private final String baseUrl;
  private final Credentials credentials;
  private final DatasetIds datasetIds;
  private final ClientOptions options;
  private final HttpTransport transport;

  private OpenDataClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.credentials = builder.credentials;
    this.datasetIds = builder.datasetIds;
    this.options = builder.options;
    this.transport = HttpTransport.create(baseUrl, "baseUrl", credentials, options);
  }

  /**
   * Returns a client of the Services Publics+ portal with the default settings.
   *
   * @return a new client; close it when done
   */
  public static OpenDataClient create() {
    return builder().build();
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this client's settings, to build a variant (a new client, with its own
   * connections unless an {@code OkHttpClient} was injected).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.credentials = credentials;
    builder.datasetIds = datasetIds;
    builder.options = options;
    return builder;
  }

  /**
   * Returns the ids this client uses for the well-known datasets.
   *
   * @return the ids
   */
  public DatasetIds datasetIds() {
    return datasetIds;
  }

  /**
   * Starts a query on a well-known dataset, under the id configured for it.
   *
   * @param dataset the dataset
   * @return a query for all its records
   */
  public RecordQuery query(Dataset dataset) {
    return RecordQuery.of(datasetIds.id(dataset));
  }

  /**
   * Reads one page of records: one call to {@code /records}.
   *
   * @param query the query (its overall {@code limit} is ignored here)
   * @param offset the index of the first record, from 0
   * @param limit the number of records, 0 to {@value #MAX_PAGE_SIZE}; 0 reads only the count
   * @return the page
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT}, before any request, if the offset is
   *     negative, the limit out of bounds, or {@code offset + limit} above {@value
   *     #MAX_PAGING_WINDOW}; or if no usable answer arrived
   * @throws SpsplusServiceException if the portal answered with an error
   */
  public RecordPage<OpenDataRecord> page(RecordQuery query, int offset, int limit) {
    Objects.requireNonNull(query, "query");
    HttpCall call =
        common(HttpCall.get("catalog", "datasets", query.datasetId(), "records"), query)
            .query("limit", limit)
            .query("offset", offset == 0 ? null : offset)
            .build();
    try {
      Checks.requireNonNegative(offset, "offset");
      Checks.requireBetween(limit, 0, MAX_PAGE_SIZE, "limit");
      if ((long) offset + limit > MAX_PAGING_WINDOW) {
        throw new InvalidInputException(
            MESSAGES.message("page.window", MAX_PAGING_WINDOW, (long) offset + limit));
      }
    } catch (InvalidInputException rule) {
      throw CallFailures.preFlight(call.method(), transport.pathOf(call), rule);
    }
    HttpResult result = transport.execute(call);
    JsonNode root = result.tree();
    JsonNode results = root.get("results");
    if (!root.isObject() || results == null || !results.isArray()) {
      throw result.decodeFailure(null);
    }
    List<OpenDataRecord> records = new ArrayList<>(results.size());
    for (JsonNode element : results) {
      OpenDataRecord record = RecordJson.record(element);
      if (record == null) {
        throw result.decodeFailure(null);
      }
      records.add(record);
    }
    JsonNode total = root.get("total_count");
    Long totalCount =
        total != null && total.isIntegralNumber() && total.canConvertToLong()
            ? total.longValue()
            : null;
    return new RecordPage<>(records, totalCount, result.metadata());
  }

  /**
   * Counts the records matching a query ({@code total_count} of a page of size 0).
   *
   * @param query the query
   * @return the number of matching records
   * @throws SpsplusClientException if no usable answer arrived or it had no count
   * @throws SpsplusServiceException if the portal answered with an error
   */
  public long count(RecordQuery query) {
    RecordPage<OpenDataRecord> page = page(query, 0, 0);
    if (page.totalCount() == null) {
      throw CallFailures.of(
          SpsplusClientException.Kind.DECODE,
          "GET",
          transport.pathOf(
              HttpCall.get("catalog", "datasets", query.datasetId(), "records").build()),
          page.metadata().attempts(),
          null);
    }
    return page.totalCount();
  }

  /**
   * Returns every record matching a query (up to its {@code limit}), read lazily with constant
   * memory; see the class description for how paging and export share the work.
   *
   * @param query the query
   * @return the records; close it if you stop before the end
   */
  public CloseableIterable<OpenDataRecord> records(RecordQuery query) {
    return records(query, Function.identity());
  }

  /**
   * Returns every record matching a query, each mapped, for example to a domain type.
   *
   * @param <T> the type of the items
   * @param query the query
   * @param mapper the mapping from a record; must not return null
   * @return the items; close it if you stop before the end
   */
  public <T> CloseableIterable<T> records(
      RecordQuery query, Function<? super OpenDataRecord, ? extends T> mapper) {
    return new RecordIterable<>(
        this, Objects.requireNonNull(query, "query"), Objects.requireNonNull(mapper, "mapper"));
  }

  /**
   * Returns every record matching a query as a lazy sequential stream; use it in a
   * try-with-resources so that an early stop releases the connection.
   *
   * @param query the query
   * @return the stream
   */
  public Stream<OpenDataRecord> stream(RecordQuery query) {
    return records(query).stream();
  }

  /**
   * Returns every record matching a query, each mapped, as a lazy sequential stream.
   *
   * @param <T> the type of the items
   * @param query the query
   * @param mapper the mapping from a record; must not return null
   * @return the stream
   */
  public <T> Stream<T> stream(
      RecordQuery query, Function<? super OpenDataRecord, ? extends T> mapper) {
    return this.<T>records(query, mapper).stream();
  }

  /**
   * Returns the structures of a query on {@link Dataset#STRUCTURES}, read lazily with constant
   * memory and mapped by {@link StructureRecords#toStructure(OpenDataRecord)}.
   *
   * @param query a query on the structures dataset ({@code query(Dataset.STRUCTURES)…})
   * @return the structures; a record that cannot be read ends the iteration with an {@link
   *     InvalidInputException} naming the field
   */
  public CloseableIterable<Structure> structures(RecordQuery query) {
    return records(query, StructureRecords::toStructure);
  }

  /**
   * Returns every structure of the directory ({@code export-structures}, about 15,000), read lazily
   * with constant memory (through the export endpoint, since they exceed the paging window).
   *
   * @return the structures
   */
  public CloseableIterable<Structure> structures() {
    return structures(query(Dataset.STRUCTURES));
  }

  /**
   * Returns the indicator results of a query on {@link Dataset#RESULTS}, read lazily with constant
   * memory and mapped by {@link OpenDataResult#fromRecord(java.util.Map)} (the result and the
   * descriptive fields only the platform publishes).
   *
   * @param query a query on the results dataset ({@code query(Dataset.RESULTS)…})
   * @return the results; a record that cannot be read ends the iteration with an {@link
   *     InvalidInputException} naming the field
   */
  public CloseableIterable<OpenDataResult> results(RecordQuery query) {
    return records(query, record -> OpenDataResult.fromRecord(record.fields()));
  }

  /**
   * Returns every published indicator result ({@code export-resultats}), read lazily with constant
   * memory.
   *
   * @return the results
   */
  public CloseableIterable<OpenDataResult> results() {
    return results(query(Dataset.RESULTS));
  }

  /**
   * Returns the published experiences of a query on {@link Dataset#EXPERIENCES}, read lazily with
   * constant memory and mapped by {@link PublishedExperience#fromRecord(OpenDataRecord)}.
   *
   * @param query a query on the experiences dataset ({@code query(Dataset.EXPERIENCES)…})
   * @return the experiences; a record that cannot be read ends the iteration with an {@link
   *     InvalidInputException} naming the field
   */
  public CloseableIterable<PublishedExperience> experiences(RecordQuery query) {
    return records(query, PublishedExperience::fromRecord);
  }

  /**
   * Returns every published experience, read lazily with constant memory.
   *
   * @return the experiences
   */
  public CloseableIterable<PublishedExperience> experiences() {
    return experiences(query(Dataset.EXPERIENCES));
  }

  /** Opens the JSON-lines export of a query; the caller reads it line by line and closes it. */
  StreamedResponse openExport(RecordQuery query) {
    HttpCall call =
        common(HttpCall.get("catalog", "datasets", query.datasetId(), "exports", "jsonl"), query)
            .query("limit", query.limit())
            .accept("application/jsonl, application/x-ndjson, application/json;q=0.9, */*;q=0.5")
            .streamed()
            .build();
    return transport.open(call);
  }

  private static HttpCall.Builder common(HttpCall.Builder call, RecordQuery query) {
    call.query("select", query.select())
        .query("where", query.where())
        .query("order_by", query.orderBy());
    for (FacetValue refine : query.refines()) {
      call.query("refine", refine.parameter());
    }
    for (FacetValue exclude : query.excludes()) {
      call.query("exclude", exclude.parameter());
    }
    return call.query("lang", query.lang())
        .query("timezone", query.timezone() == null ? null : query.timezone().getId());
  }

  /**
   * Releases the connections and threads, unless they belong to an injected {@code OkHttpClient}.
   * Idempotent; iterations still open fail afterwards.
   */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OpenDataClient[" + baseUrl + ", " + credentials + ", " + datasetIds + "]";
  }

  /** Builds an {@link OpenDataClient}; not thread-safe. */
  public static final class Builder {

    private String baseUrl = DEFAULT_BASE_URL;
    private Credentials credentials = Credentials.none();
    private DatasetIds datasetIds = DatasetIds.defaults();
    private ClientOptions options = ClientOptions.defaults();

    private Builder() {}

    /**
     * Sets the Explore API v2.1 base URL (default {@value OpenDataClient#DEFAULT_BASE_URL}), for
     * another portal or a test server.
     *
     * @param url https, or http for a loopback host; no query string
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the credentials (default none; the Services Publics+ data is open).
     *
     * @param credentials usually {@link fr.spsplus.client.ApiKey#opendatasoft(String)}
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets the ids of the well-known datasets (default {@link DatasetIds#defaults()}).
     *
     * @param datasetIds the ids
     * @return this builder
     */
    public Builder datasetIds(DatasetIds datasetIds) {
      this.datasetIds = Objects.requireNonNull(datasetIds, "datasetIds");
      return this;
    }

    /**
     * Sets the transport settings: timeouts, retries, size limit, application info (default {@link
     * ClientOptions#defaults()}).
     *
     * @param options the settings
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client; close it when done
     * @throws InvalidInputException if the base URL is not https (or http for a loopback host) or
     *     carries user information or a query
     */
    public OpenDataClient build() {
      return new OpenDataClient(this);
    }
  }
}
