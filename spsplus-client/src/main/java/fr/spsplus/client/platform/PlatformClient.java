package fr.spsplus.client.platform;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.ConflictException;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.client.internal.CallFailures;
import fr.spsplus.client.internal.CursorPager;
import fr.spsplus.client.internal.HttpCall;
import fr.spsplus.client.internal.HttpResult;
import fr.spsplus.client.internal.HttpTransport;
import fr.spsplus.client.internal.Json;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.privacy.GuardedText;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.privacy.PersonalDataGuard;
import fr.spsplus.core.privacy.PersonalDataPolicy;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.validation.SpsplusValidation;
import fr.spsplus.core.validation.ValidationFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the Services Publics+ platform's write API, as described by spsplus's integration
 * contract ({@link #openApiDocument()}; the contract is <strong>spsplus's proposal, not the
 * DITP's</strong>, which documents no public write API).
 *
 * <table>
 *   <caption>Operations (paths below the base URL and the {@linkplain Builder#pathPrefix path
 *   prefix})</caption>
 *   <tr><th>Method</th><th>HTTP</th><th>Safe to retry</th></tr>
 *   <tr><td>{@link #submitExperience}</td><td>{@code POST /experiences}</td>
 *       <td>yes, with its {@code Idempotency-Key}</td></tr>
 *   <tr><td>{@link #experience}</td><td>{@code GET /experiences/{id}}</td><td>yes</td></tr>
 *   <tr><td>{@link #moderation}</td><td>{@code GET /experiences/{id}/moderation}</td>
 *       <td>yes</td></tr>
 *   <tr><td>{@link #experiences}</td><td>{@code GET /structures/{code}/experiences}</td>
 *       <td>yes (cursor pages)</td></tr>
 *   <tr><td>{@link #publishAnswer}</td>
 *       <td>{@code PUT /experiences/{id}/answers/{code}}</td><td>yes (upsert)</td></tr>
 *   <tr><td>{@link #reportComplexDocument}</td><td>{@code POST /complex-documents}</td>
 *       <td>yes, with its {@code Idempotency-Key}</td></tr>
 *   <tr><td>{@link #publishResult}</td>
 *       <td>{@code PUT /structures/{code}/results/{indicator}?period=…}</td>
 *       <td>yes (upsert)</td></tr>
 *   <tr><td>{@link #publishResults}</td><td>{@code POST /results/batches}</td>
 *       <td>yes, with its {@code Idempotency-Key}</td></tr>
 *   <tr><td>{@link #structure}</td><td>{@code GET /structures/{code}}</td><td>yes</td></tr>
 *   <tr><td>{@link #structures}</td><td>{@code GET /structures}</td>
 *       <td>yes (cursor pages)</td></tr>
 * </table>
 *
 * <p><b>Before the network</b>, every request body is validated with Jakarta Validation ({@link
 * SpsplusValidation}), and every free text passes the {@link PersonalDataGuard}: the users' texts
 * (experiences, complex-document reports) under {@link Builder#personalDataPolicy} and the
 * structures' answers under {@link Builder#answerPersonalDataPolicy}, both {@link
 * PersonalDataPolicy#BLOCK} by default because the platform's moderation forbids personal data (<a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>).
 * A refused call sends nothing: it throws a {@link SpsplusClientException} of kind {@link
 * SpsplusClientException.Kind#PRE_FLIGHT} whose message names the field and the rule, or the kind
 * of personal data and its line and column, never the value; its cause is the {@link
 * InvalidInputException} (a {@link ValidationFailedException} lists every violation). {@link
 * PersonalDataPolicy#REDACT} sends the text with each match replaced by a placeholder; {@link
 * PersonalDataPolicy#WARN} sends it unchanged and logs the kinds and positions (never the values)
 * at WARN on the logger {@value #LOGGER}.
 *
 * <p><b>Idempotency.</b> Each {@code POST} carries an {@code Idempotency-Key}, generated once per
 * call and reused on each retry, or the caller's ({@link RequestOptions.Builder#idempotencyKey}):
 * give your own, derived from your record's id, to stay safe across restarts of your program. The
 * platform answers a reused key with another body by {@code 409}, thrown as {@link
 * ConflictException} (error code {@code IDEMPOTENCY_KEY_REUSED}).
 *
 * <p><b>Asynchronous calls.</b> The write operations have {@code …Async} variants returning a
 * {@link CompletableFuture}. They check the request in the calling thread (a refused request gives
 * an already failed future and sends nothing), then run the call on the {@linkplain
 * Builder#executor executor}; the future completes with the result or fails with the same exception
 * as the blocking variant.
 *
 * <p>Build one client and share it: it is immutable and thread-safe. {@link #close()} releases its
 * connections and its own threads.
 *
 * <pre>{@code
 * try (PlatformClient platform = PlatformClient.builder()
 *     .baseUrl("https://api.services-publics-plus.example")
 *     .credentials(ApiKey.authorization("Bearer", apiKey))
 *     .build()) {
 *   Experience experience = platform.submitExperience(
 *       new ExperienceSubmission(title, text, Feeling.POSITIF, List.of(structure), List.of()),
 *       RequestOptions.builder().idempotencyKey("avis-" + formId).build());
 * }
 * }</pre>
 */
public final class PlatformClient implements AutoCloseable {

  /** The default path prefix, the contract's version: {@value}. */
  public static final String DEFAULT_PATH_PREFIX = "v1";

  /** The default number of items per page of a listing: {@value}, the contract's default. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The largest page the contract allows: {@value}. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The most results in one {@link #publishResults} batch: {@value}, the contract's limit. */
  public static final int MAX_BATCH_SIZE = 500;

  /**
   * The number of threads the client starts for asynchronous calls when no executor is given: 8
   * (proposed default). Each call holds a thread while it waits for the platform; give an executor
   * of your own for more parallel calls.
   */
  public static final int DEFAULT_ASYNC_THREADS = 8;

  /** The class-path resource of the contract, in this jar. */
  public static final String OPENAPI_RESOURCE = "/fr/spsplus/client/platform/openapi.yaml";

  /** The logger of personal-data findings ({@link PersonalDataPolicy#WARN}, REDACT). */
  static final String LOGGER = "fr.spsplus.client.platform";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String baseUrl;
  private final String pathPrefix;
  private final List<String> prefixSegments;
  private final Credentials credentials;
  private final ClientOptions options;
  private final int pageSize;
  private final PersonalDataPolicy policy;
  private final PersonalDataPolicy answerPolicy;
  private final PersonalDataDetector detector;
  private final PersonalDataGuard userTextGuard;
  private final PersonalDataGuard answerGuard;
  private final @Nullable Executor givenExecutor;
  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;
  private final HttpTransport transport;

  private PlatformClient(Builder builder) {
    if (builder.baseUrl == null) {
      throw new InvalidInputException(PlatformMessages.BUNDLE.message("client.baseUrl.missing"));
    }
    this.baseUrl = builder.baseUrl;
    this.pathPrefix = builder.pathPrefix;
    this.prefixSegments = segments(builder.pathPrefix);
    this.credentials = builder.credentials;
    this.options = builder.options;
    this.pageSize = builder.pageSize;
    this.policy = builder.policy;
    this.answerPolicy = builder.answerPolicy;
    this.detector = builder.detector;
    this.userTextGuard = PersonalDataGuard.of(policy, detector);
    this.answerGuard = PersonalDataGuard.of(answerPolicy, detector);
    this.givenExecutor = builder.executor;
    this.transport = HttpTransport.create(baseUrl, "baseUrl", credentials, options);
    if (givenExecutor != null) {
      this.executor = givenExecutor;
      this.ownedExecutor = null;
    } else {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              DEFAULT_ASYNC_THREADS,
              DEFAULT_ASYNC_THREADS,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              runnable -> {
                Thread thread =
                    new Thread(runnable, "spsplus-platform-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      pool.allowCoreThreadTimeOut(true);
      this.executor = pool;
      this.ownedExecutor = pool;
    }
  }

  /**
   * Returns a builder; {@link Builder#baseUrl(String)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this client's settings, to build a variant (a new client with its own
   * connections and threads, unless they were injected).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.pathPrefix = pathPrefix;
    builder.credentials = credentials;
    builder.options = options;
    builder.pageSize = pageSize;
    builder.policy = policy;
    builder.answerPolicy = answerPolicy;
    builder.detector = detector;
    builder.executor = givenExecutor;
    return builder;
  }

  /**
   * Returns the contract this client speaks: the OpenAPI 3.1 document (YAML, UTF-8) shipped in this
   * jar as {@value #OPENAPI_RESOURCE}, identical to {@code docs/openapi.yaml} in the repository. It
   * is spsplus's proposal, not the DITP's.
   *
   * @return the document
   * @throws UncheckedIOException if the resource cannot be read (a broken jar)
   */
  public static String openApiDocument() {
    try (InputStream in = PlatformClient.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(OPENAPI_RESOURCE + " not found"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- experiences

  /**
   * Submits a user's experience, as a ministry website's "je donne mon avis" form does: {@code POST
   * /experiences} with an {@code Idempotency-Key}. The platform moderates it before any
   * publication.
   *
   * @param submission what the user wrote
   * @return the experience, usually {@link ModerationStatus#SUBMITTED}, with its id
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT}, before sending anything, if the
   *     submission breaks a validation rule or holds personal data under {@link
   *     PersonalDataPolicy#BLOCK}; or if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error ({@link
   *     ConflictException} for a reused key)
   */
  public Experience submitExperience(ExperienceSubmission submission) {
    return submitExperience(submission, RequestOptions.none());
  }

  /**
   * Submits a user's experience with per-call options, for example your own idempotency key.
   *
   * @param submission what the user wrote
   * @param options the options of this call
   * @return the experience, with its id
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the submission is refused before
   *     sending, or if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public Experience submitExperience(ExperienceSubmission submission, RequestOptions options) {
    return run(prepareSubmission(submission, options));
  }

  /**
   * Submits a user's experience asynchronously; see {@link
   * #submitExperience(ExperienceSubmission)}.
   *
   * @param submission what the user wrote
   * @return the future experience; failed, without sending, if the submission is refused
   */
  public CompletableFuture<Experience> submitExperienceAsync(ExperienceSubmission submission) {
    return submitExperienceAsync(submission, RequestOptions.none());
  }

  /**
   * Submits a user's experience asynchronously, with per-call options.
   *
   * @param submission what the user wrote
   * @param options the options of this call
   * @return the future experience; failed, without sending, if the submission is refused
   */
  public CompletableFuture<Experience> submitExperienceAsync(
      ExperienceSubmission submission, RequestOptions options) {
    return async(() -> prepareSubmission(submission, options));
  }

  private Prepared<Experience> prepareSubmission(
      ExperienceSubmission submission, RequestOptions options) {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(options, "options");
    HttpCall.Builder call = HttpCall.post(path("experiences")).options(options);
    return prepare(
        call,
        () -> {
          GuardedText title = guard(userTextGuard, "title", submission.title());
          GuardedText text = guard(userTextGuard, "text", submission.text());
          ExperienceSubmission checked =
              title.text().equals(submission.title()) && text.text().equals(submission.text())
                  ? submission
                  : new ExperienceSubmission(
                      title.text(),
                      text.text(),
                      submission.feeling(),
                      submission.structures(),
                      submission.channels());
          return validated(checked);
        },
        Experience.class);
  }

  /**
   * Reads an experience with its moderation state and answers: {@code GET /experiences/{id}}.
   *
   * @param experienceId the experience's id, positive
   * @return the experience
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the id is not positive, or if no
   *     usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error ({@link
   *     fr.spsplus.client.NotFoundException} for an unknown id)
   */
  public Experience experience(long experienceId) {
    return experience(experienceId, RequestOptions.none());
  }

  /**
   * Reads an experience, with per-call options.
   *
   * @param experienceId the experience's id, positive
   * @param options the options of this call
   * @return the experience
   * @throws SpsplusClientException if the id is not positive or no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public Experience experience(long experienceId, RequestOptions options) {
    HttpCall.Builder call =
        HttpCall.get(path("experiences", Long.toString(experienceId))).options(options);
    return run(
        prepareGet(
            call, () -> Checks.requirePositive(experienceId, "experienceId"), Experience.class));
  }

  /**
   * Reads where an experience stands in moderation, without its texts: {@code GET
   * /experiences/{id}/moderation}. This is what a submitting website polls.
   *
   * @param experienceId the experience's id, positive
   * @return the moderation state
   * @throws SpsplusClientException if the id is not positive or no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public ExperienceModeration moderation(long experienceId) {
    return moderation(experienceId, RequestOptions.none());
  }

  /**
   * Reads where an experience stands in moderation, with per-call options.
   *
   * @param experienceId the experience's id, positive
   * @param options the options of this call
   * @return the moderation state
   * @throws SpsplusClientException if the id is not positive or no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public ExperienceModeration moderation(long experienceId, RequestOptions options) {
    HttpCall.Builder call =
        HttpCall.get(path("experiences", Long.toString(experienceId), "moderation"))
            .options(options);
    return run(
        prepareGet(
            call,
            () -> Checks.requirePositive(experienceId, "experienceId"),
            ExperienceModeration.class));
  }

  /**
   * Lists the experiences that involve a structure, newest first: {@code GET
   * /structures/{code}/experiences}, read lazily page by page (one page in memory at a time).
   *
   * @param structure the structure
   * @return the experiences; each iteration reads them anew
   */
  public CloseableIterable<Experience> experiences(StructureCode structure) {
    return listExperiences(structure, null, RequestOptions.none());
  }

  /**
   * Lists the experiences in a moderation status that involve a structure, newest first.
   *
   * @param structure the structure
   * @param status the moderation status to keep, for example {@link ModerationStatus#PUBLISHED}
   * @return the experiences; each iteration reads them anew
   */
  public CloseableIterable<Experience> experiences(
      StructureCode structure, ModerationStatus status) {
    return listExperiences(
        structure, Objects.requireNonNull(status, "status"), RequestOptions.none());
  }

  /**
   * Lists the experiences in a moderation status that involve a structure, with per-call options
   * applied to each page's call.
   *
   * @param structure the structure
   * @param status the moderation status to keep
   * @param options the options of each page's call
   * @return the experiences; each iteration reads them anew
   */
  public CloseableIterable<Experience> experiences(
      StructureCode structure, ModerationStatus status, RequestOptions options) {
    return listExperiences(structure, Objects.requireNonNull(status, "status"), options);
  }

  private CloseableIterable<Experience> listExperiences(
      StructureCode structure, @Nullable ModerationStatus status, RequestOptions options) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(options, "options");
    return pages(
        cursor ->
            HttpCall.get(path("structures", structure.value(), "experiences"))
                .query("status", status)
                .query("limit", pageSize)
                .query("cursor", cursor)
                .options(options)
                .build(),
        Experience.class);
  }

  /**
   * Creates or replaces a structure's public answer to an experience: {@code PUT
   * /experiences/{id}/answers/{structure}}, an upsert safe to retry.
   *
   * <p>The answer's structure, politeness formula, body, signature and status are sent; its {@code
   * publishedAt} and votes are the platform's and are not sent. Build a draft with {@link
   * StructureAnswer#draft}, and publish it with {@link StructureAnswer#publish} (status {@code
   * PUBLISHED}); the platform returns the answer as stored, with its own publication instant.
   *
   * @param experienceId the experience's id, positive; it must be published
   * @param answer the answer
   * @return the answer as stored by the platform
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the answer breaks a validation
   *     rule or holds personal data under {@link PersonalDataPolicy#BLOCK}; or if no usable answer
   *     arrived
   * @throws SpsplusServiceException if the platform answered with an error ({@link
   *     ConflictException} if the experience is not published, {@link
   *     fr.spsplus.client.PermissionDeniedException} if the structure is not involved)
   */
  public StructureAnswer publishAnswer(long experienceId, StructureAnswer answer) {
    return publishAnswer(experienceId, answer, RequestOptions.none());
  }

  /**
   * Creates or replaces a structure's public answer, with per-call options.
   *
   * @param experienceId the experience's id, positive
   * @param answer the answer
   * @param options the options of this call
   * @return the answer as stored by the platform
   * @throws SpsplusClientException if the answer is refused before sending or no usable answer
   *     arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public StructureAnswer publishAnswer(
      long experienceId, StructureAnswer answer, RequestOptions options) {
    return run(prepareAnswer(experienceId, answer, options));
  }

  /**
   * Creates or replaces a structure's public answer asynchronously; see {@link #publishAnswer(long,
   * StructureAnswer)}.
   *
   * @param experienceId the experience's id, positive
   * @param answer the answer
   * @return the future answer; failed, without sending, if the answer is refused
   */
  public CompletableFuture<StructureAnswer> publishAnswerAsync(
      long experienceId, StructureAnswer answer) {
    return publishAnswerAsync(experienceId, answer, RequestOptions.none());
  }

  /**
   * Creates or replaces a structure's public answer asynchronously, with per-call options.
   *
   * @param experienceId the experience's id, positive
   * @param answer the answer
   * @param options the options of this call
   * @return the future answer; failed, without sending, if the answer is refused
   */
  public CompletableFuture<StructureAnswer> publishAnswerAsync(
      long experienceId, StructureAnswer answer, RequestOptions options) {
    return async(() -> prepareAnswer(experienceId, answer, options));
  }

  private Prepared<StructureAnswer> prepareAnswer(
      long experienceId, StructureAnswer answer, RequestOptions options) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(options, "options");
    HttpCall.Builder call =
        HttpCall.put(
                path(
                    "experiences",
                    Long.toString(experienceId),
                    "answers",
                    answer.structure().value()))
            .options(options);
    return prepare(
        call,
        () -> {
          Checks.requirePositive(experienceId, "experienceId");
          String formula =
              guardNullable(answerGuard, "politenessFormula", answer.politenessFormula());
          String body = guard(answerGuard, "body", answer.body()).text();
          String signature = guardNullable(answerGuard, "signature", answer.signature());
          validated(
              new StructureAnswer(
                  answer.structure(),
                  formula,
                  body,
                  signature,
                  answer.status(),
                  answer.publishedAt(),
                  answer.votes()));
          Map<String, @Nullable Object> upsert = new LinkedHashMap<>();
          upsert.put("politenessFormula", formula);
          upsert.put("body", body);
          upsert.put("signature", signature);
          upsert.put("status", answer.status());
          return upsert;
        },
        StructureAnswer.class);
  }

  // ---------------------------------------------------------------- complex documents

  /**
   * Reports a document that a user found hard to understand: {@code POST /complex-documents} with
   * an {@code Idempotency-Key}.
   *
   * @param report the report
   * @return the platform's receipt
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the report breaks a validation
   *     rule or its texts hold personal data under {@link PersonalDataPolicy#BLOCK}; or if no
   *     usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public DocumentReportReceipt reportComplexDocument(ComplexDocumentReport report) {
    return reportComplexDocument(report, RequestOptions.none());
  }

  /**
   * Reports a complex document, with per-call options.
   *
   * @param report the report
   * @param options the options of this call
   * @return the platform's receipt
   * @throws SpsplusClientException if the report is refused before sending or no usable answer
   *     arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public DocumentReportReceipt reportComplexDocument(
      ComplexDocumentReport report, RequestOptions options) {
    return run(prepareReport(report, options));
  }

  /**
   * Reports a complex document asynchronously; see {@link
   * #reportComplexDocument(ComplexDocumentReport)}.
   *
   * @param report the report
   * @return the future receipt; failed, without sending, if the report is refused
   */
  public CompletableFuture<DocumentReportReceipt> reportComplexDocumentAsync(
      ComplexDocumentReport report) {
    return reportComplexDocumentAsync(report, RequestOptions.none());
  }

  /**
   * Reports a complex document asynchronously, with per-call options.
   *
   * @param report the report
   * @param options the options of this call
   * @return the future receipt; failed, without sending, if the report is refused
   */
  public CompletableFuture<DocumentReportReceipt> reportComplexDocumentAsync(
      ComplexDocumentReport report, RequestOptions options) {
    return async(() -> prepareReport(report, options));
  }

  private Prepared<DocumentReportReceipt> prepareReport(
      ComplexDocumentReport report, RequestOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    HttpCall.Builder call = HttpCall.post(path("complex-documents")).options(options);
    return prepare(
        call,
        () -> {
          String description = guard(userTextGuard, "whatIsComplex", report.whatIsComplex()).text();
          String reference = guardNullable(userTextGuard, "reference", report.reference());
          return validated(
              new ComplexDocumentReport(
                  report.kind(), report.structure(), description, reference, report.reportedAt()));
        },
        DocumentReportReceipt.class);
  }

  // ---------------------------------------------------------------- results

  /**
   * Publishes the result of one indicator for one structure over one period (engagement 6, "measure
   * and publish"): {@code PUT /structures/{code}/results/{indicator}?period={code}}, an upsert safe
   * to retry. A withheld value ({@code INSUFFICIENT_SAMPLE}) is published as such.
   *
   * @param result the result
   * @return the result as stored by the platform
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the result breaks a validation
   *     rule, or if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public IndicatorResult publishResult(IndicatorResult result) {
    return publishResult(result, RequestOptions.none());
  }

  /**
   * Publishes one result, with per-call options.
   *
   * @param result the result
   * @param options the options of this call
   * @return the result as stored by the platform
   * @throws SpsplusClientException if the result is refused before sending or no usable answer
   *     arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public IndicatorResult publishResult(IndicatorResult result, RequestOptions options) {
    return run(prepareResult(result, options));
  }

  /**
   * Publishes one result asynchronously; see {@link #publishResult(IndicatorResult)}.
   *
   * @param result the result
   * @return the future stored result; failed, without sending, if the result is refused
   */
  public CompletableFuture<IndicatorResult> publishResultAsync(IndicatorResult result) {
    return publishResultAsync(result, RequestOptions.none());
  }

  /**
   * Publishes one result asynchronously, with per-call options.
   *
   * @param result the result
   * @param options the options of this call
   * @return the future stored result; failed, without sending, if the result is refused
   */
  public CompletableFuture<IndicatorResult> publishResultAsync(
      IndicatorResult result, RequestOptions options) {
    return async(() -> prepareResult(result, options));
  }

  private Prepared<IndicatorResult> prepareResult(IndicatorResult result, RequestOptions options) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(options, "options");
    HttpCall.Builder call =
        HttpCall.put(
                path(
                    "structures",
                    result.structure().value(),
                    "results",
                    result.indicator().value()))
            .query("period", result.period().code())
            .options(options);
    return prepare(call, () -> validated(result), IndicatorResult.class);
  }

  /**
   * Publishes many results at once, all or none: {@code POST /results/batches} with an {@code
   * Idempotency-Key}. Each result is stored as by {@link #publishResult(IndicatorResult)}.
   *
   * @param results 1 to {@value #MAX_BATCH_SIZE} results, at most one per structure × indicator ×
   *     period
   * @return the results as stored by the platform, in order
   * @throws SpsplusClientException of kind {@code PRE_FLIGHT} if the list is empty, too long, has
   *     two results for the same structure × indicator × period, or one breaks a validation rule
   *     (the message gives its index); or if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public List<IndicatorResult> publishResults(List<IndicatorResult> results) {
    return publishResults(results, RequestOptions.none());
  }

  /**
   * Publishes many results at once, with per-call options.
   *
   * @param results 1 to {@value #MAX_BATCH_SIZE} results
   * @param options the options of this call
   * @return the results as stored by the platform, in order
   * @throws SpsplusClientException if the batch is refused before sending or no usable answer
   *     arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public List<IndicatorResult> publishResults(
      List<IndicatorResult> results, RequestOptions options) {
    return run(prepareBatch(results, options));
  }

  /**
   * Publishes many results asynchronously; see {@link #publishResults(List)}.
   *
   * @param results 1 to {@value #MAX_BATCH_SIZE} results
   * @return the future stored results; failed, without sending, if the batch is refused
   */
  public CompletableFuture<List<IndicatorResult>> publishResultsAsync(
      List<IndicatorResult> results) {
    return publishResultsAsync(results, RequestOptions.none());
  }

  /**
   * Publishes many results asynchronously, with per-call options.
   *
   * @param results 1 to {@value #MAX_BATCH_SIZE} results
   * @param options the options of this call
   * @return the future stored results; failed, without sending, if the batch is refused
   */
  public CompletableFuture<List<IndicatorResult>> publishResultsAsync(
      List<IndicatorResult> results, RequestOptions options) {
    return async(() -> prepareBatch(results, options));
  }

  private Prepared<List<IndicatorResult>> prepareBatch(
      List<IndicatorResult> results, RequestOptions options) {
    List<IndicatorResult> copy = List.copyOf(Objects.requireNonNull(results, "results"));
    Objects.requireNonNull(options, "options");
    HttpCall.Builder call = HttpCall.post(path("results", "batches")).options(options);
    return prepare(
        call,
        () -> {
          Checks.requireBetween(copy.size(), 1, MAX_BATCH_SIZE, "results.size");
          Set<List<String>> seen = new HashSet<>();
          for (int i = 0; i < copy.size(); i++) {
            IndicatorResult result = copy.get(i);
            List<String> key =
                List.of(
                    result.structure().value(), result.indicator().value(), result.period().code());
            if (!seen.add(key)) {
              throw new InvalidInputException(
                  PlatformMessages.BUNDLE.message(
                      "batch.duplicate", i, key.get(0), key.get(1), key.get(2)));
            }
            try {
              validated(result);
            } catch (InvalidInputException e) {
              throw new InvalidInputException(
                  PlatformMessages.BUNDLE.message("batch.item", i, e.localizedMessage()), e);
            }
          }
          return Map.of("results", copy);
        },
        PlatformClient::batchAnswer);
  }

  // ---------------------------------------------------------------- structures

  /**
   * Reads one structure: {@code GET /structures/{code}}.
   *
   * @param code the structure's code
   * @return the structure
   * @throws SpsplusClientException if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error ({@link
   *     fr.spsplus.client.NotFoundException} for an unknown code)
   */
  public Structure structure(StructureCode code) {
    return structure(code, RequestOptions.none());
  }

  /**
   * Reads one structure, with per-call options.
   *
   * @param code the structure's code
   * @param options the options of this call
   * @return the structure
   * @throws SpsplusClientException if no usable answer arrived
   * @throws SpsplusServiceException if the platform answered with an error
   */
  public Structure structure(StructureCode code, RequestOptions options) {
    Objects.requireNonNull(code, "code");
    HttpCall.Builder call = HttpCall.get(path("structures", code.value())).options(options);
    return run(prepareGet(call, () -> {}, Structure.class));
  }

  /**
   * Lists every structure, in code order: {@code GET /structures}, read lazily page by page.
   *
   * @return the structures; each iteration reads them anew
   */
  public CloseableIterable<Structure> structures() {
    return structures(StructureQuery.all(), RequestOptions.none());
  }

  /**
   * Lists the structures that match a query, in code order.
   *
   * @param query the filters
   * @return the structures; each iteration reads them anew
   */
  public CloseableIterable<Structure> structures(StructureQuery query) {
    return structures(query, RequestOptions.none());
  }

  /**
   * Lists the structures that match a query, with per-call options applied to each page's call.
   *
   * @param query the filters
   * @param options the options of each page's call
   * @return the structures; each iteration reads them anew
   */
  public CloseableIterable<Structure> structures(StructureQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return pages(
        cursor ->
            HttpCall.get(path("structures"))
                .query("network", query.network() == null ? null : query.network().name())
                .query("parent", query.parent())
                .query("active", query.active())
                .query("limit", pageSize)
                .query("cursor", cursor)
                .options(options)
                .build(),
        Structure.class);
  }

  // ---------------------------------------------------------------- plumbing

  /** A call checked and ready to send, and how to read its answer. */
  private record Prepared<T>(HttpCall call, Function<HttpResult, T> decoder) {}

  /** Builds a request body, checking it; throws {@link InvalidInputException} if refused. */
  @FunctionalInterface
  private interface BodyCheck {
    Object body();
  }

  private <T> Prepared<T> prepare(HttpCall.Builder call, BodyCheck check, Class<T> answer) {
    return prepare(call, check, decoder(answer));
  }

  private <T> Prepared<T> prepare(
      HttpCall.Builder call, BodyCheck check, Function<HttpResult, T> decoder) {
    Object body;
    try {
      body = check.body();
    } catch (InvalidInputException rule) {
      HttpCall refused = call.build();
      throw CallFailures.preFlight(refused.method(), transport.pathOf(refused), rule);
    }
    return new Prepared<>(call.jsonBody(body).build(), decoder);
  }

  private <T> Prepared<T> prepareGet(HttpCall.Builder call, Runnable check, Class<T> answer) {
    HttpCall built = call.build();
    try {
      check.run();
    } catch (InvalidInputException rule) {
      throw CallFailures.preFlight(built.method(), transport.pathOf(built), rule);
    }
    return new Prepared<>(built, decoder(answer));
  }

  private static <T> Function<HttpResult, T> decoder(Class<T> answer) {
    ObjectReader reader = Json.reader(answer);
    return result -> result.json(reader);
  }

  private static final JavaType BATCH =
      Json.MAPPER
          .getTypeFactory()
          .constructMapType(
              LinkedHashMap.class,
              Json.MAPPER.getTypeFactory().constructType(String.class),
              Json.MAPPER
                  .getTypeFactory()
                  .constructCollectionType(List.class, IndicatorResult.class));

  private static List<IndicatorResult> batchAnswer(HttpResult result) {
    Map<String, List<IndicatorResult>> answer = result.json(BATCH);
    List<IndicatorResult> stored = answer.get("results");
    if (stored == null || stored.contains(null)) {
      throw result.decodeFailure(null);
    }
    return List.copyOf(stored);
  }

  private <T> T run(Prepared<T> prepared) {
    return prepared.decoder().apply(transport.execute(prepared.call()));
  }

  private <T> CompletableFuture<T> async(java.util.function.Supplier<Prepared<T>> preparation) {
    Prepared<T> prepared;
    try {
      prepared = preparation.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (transport.isClosed()) {
      return CompletableFuture.failedFuture(new IllegalStateException("client closed"));
    }
    return CompletableFuture.supplyAsync(() -> run(prepared), executor);
  }

  private <T> CloseableIterable<T> pages(
      Function<@Nullable String, HttpCall> pageCall, Class<T> itemType) {
    return CursorPager.of(
        cursor -> {
          HttpResult result = transport.execute(pageCall.apply(cursor));
          JsonNode root = result.tree();
          JsonNode items = root.get("items");
          JsonNode next = root.get("nextCursor");
          if (!root.isObject() || items == null || !items.isArray()) {
            throw result.decodeFailure(null);
          }
          List<T> decoded = new ArrayList<>(items.size());
          try {
            for (JsonNode item : items) {
              T value = Json.MAPPER.treeToValue(item, itemType);
              if (value == null) {
                throw result.decodeFailure(null);
              }
              decoded.add(value);
            }
          } catch (IOException | IllegalArgumentException e) {
            throw result.decodeFailure(e);
          }
          String cursorText = next == null || next.isNull() ? null : next.textValue();
          if (next != null && !next.isNull() && (cursorText == null || cursorText.isEmpty())) {
            throw result.decodeFailure(null);
          }
          return new CursorPager.Page<>(decoded, cursorText);
        });
  }

  private String[] path(String... segments) {
    String[] all = new String[prefixSegments.size() + segments.length];
    for (int i = 0; i < prefixSegments.size(); i++) {
      all[i] = prefixSegments.get(i);
    }
    System.arraycopy(segments, 0, all, prefixSegments.size(), segments.length);
    return all;
  }

  private static GuardedText guard(PersonalDataGuard guard, String field, String text) {
    GuardedText guarded = guard.apply(field, text);
    if (!guarded.clean() && LOG.isWarnEnabled()) {
      // Kinds and offsets only: the matched values never reach a log.
      LOG.warn(
          "personal data in field {} under policy {}: {}",
          field,
          guarded.policy(),
          guarded.matches());
    }
    return guarded;
  }

  private static @Nullable String guardNullable(
      PersonalDataGuard guard, String field, @Nullable String text) {
    return text == null ? null : guard(guard, field, text).text();
  }

  private static <T> T validated(T value) {
    try {
      return SpsplusValidation.french().requireValid(value);
    } catch (ValidationFailedException e) {
      // Paths and constraint names only: Jakarta messages name rules, never values.
      String summary =
          e.violations().stream()
              .map(v -> (v.path().isEmpty() ? "-" : v.path()) + " (" + v.constraint() + ")")
              .collect(Collectors.joining(", "));
      throw new InvalidInputException(
          PlatformMessages.BUNDLE.message(
              "request.invalid", value.getClass().getSimpleName(), e.violations().size(), summary),
          e);
    }
  }

  private static List<String> segments(String prefix) {
    Objects.requireNonNull(prefix, "pathPrefix");
    String trimmed = prefix.strip();
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      return List.of();
    }
    List<String> segments = Arrays.asList(trimmed.split("/", -1));
    for (String segment : segments) {
      boolean valid = !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
      for (int i = 0; i < segment.length() && valid; i++) {
        char c = segment.charAt(i);
        valid =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
      }
      if (!valid) {
        throw new InvalidInputException(
            PlatformMessages.BUNDLE.message("client.pathPrefix", "pathPrefix"));
      }
    }
    return List.copyOf(segments);
  }

  /**
   * Releases the connections and the client's own threads, unless they were injected. Idempotent.
   * Calls still running fail; close the client after their futures complete.
   */
  @Override
  public void close() {
    transport.close();
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
  }

  @Override
  public String toString() {
    return "PlatformClient["
        + transport.baseUrl().redact()
        + ", pathPrefix="
        + String.join("/", prefixSegments)
        + ", "
        + credentials
        + ", personalData="
        + policy
        + "/"
        + answerPolicy
        + "]";
  }

  /** Builds a {@link PlatformClient}; not thread-safe. */
  public static final class Builder {

    private @Nullable String baseUrl;
    private String pathPrefix = DEFAULT_PATH_PREFIX;
    private Credentials credentials = Credentials.none();
    private ClientOptions options = ClientOptions.defaults();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private PersonalDataPolicy policy = PersonalDataPolicy.BLOCK;
    private PersonalDataPolicy answerPolicy = PersonalDataPolicy.BLOCK;
    private PersonalDataDetector detector = PersonalDataDetector.standard();
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * Sets the base URL of the platform, without the path prefix (required; no official URL
     * exists).
     *
     * @param url https, or http for a loopback host (tests); no query string
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the path prefix put before every operation's path (default {@value
     * PlatformClient#DEFAULT_PATH_PREFIX}): {@code v1} gives {@code /v1/experiences}; {@code
     * spsplus/api/v2} gives {@code /spsplus/api/v2/experiences}; an empty prefix none. Change it
     * when the platform publishes its API under another version or path.
     *
     * @param prefix segments of letters, digits, {@code - _ . ~}, separated by {@code /}
     * @return this builder
     * @throws InvalidInputException if a segment is empty, {@code .}, {@code ..} or has other
     *     characters
     */
    public Builder pathPrefix(String prefix) {
      segments(prefix);
      this.pathPrefix = prefix;
      return this;
    }

    /**
     * Sets the credentials (default none): usually an API key sent as a bearer ({@link
     * fr.spsplus.client.ApiKey#authorization(String, String) ApiKey.authorization("Bearer", key)})
     * or OAuth 2.0 client credentials.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
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
     * Sets the number of items asked per page of a listing (default {@value
     * PlatformClient#DEFAULT_PAGE_SIZE}). Larger pages mean fewer calls and more memory per page.
     *
     * @param size 1 to {@value PlatformClient#MAX_PAGE_SIZE}
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder pageSize(int size) {
      this.pageSize = (int) Checks.requireBetween(size, 1, MAX_PAGE_SIZE, "pageSize");
      return this;
    }

    /**
     * Sets what happens to personal data found in users' texts (experience title and text,
     * complex-document description and reference) before sending: {@link PersonalDataPolicy#BLOCK}
     * (the default: the call is refused and nothing is sent), {@link PersonalDataPolicy#REDACT}
     * (each match replaced by a placeholder such as {@code [TÉLÉPHONE]}) or {@link
     * PersonalDataPolicy#WARN} (sent unchanged, kinds and positions logged).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder personalDataPolicy(PersonalDataPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets what happens to personal data found in structures' answers (politeness formula, body,
     * signature) before sending; default {@link PersonalDataPolicy#BLOCK}. An answer that quotes an
     * institutional phone number or mailbox is refused under BLOCK: choose {@link
     * PersonalDataPolicy#WARN} if your agents quote such contacts.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder answerPersonalDataPolicy(PersonalDataPolicy policy) {
      this.answerPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the personal-data detector (default {@link PersonalDataDetector#standard()}), for
     * example one restricted to some kinds.
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder personalDataDetector(PersonalDataDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /**
     * Sets the executor of asynchronous calls (default: {@value
     * PlatformClient#DEFAULT_ASYNC_THREADS} daemon threads of the client's own, stopped by {@link
     * PlatformClient#close()}). A given executor is never shut down by spsplus.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client; close it when done
     * @throws InvalidInputException if no base URL was set, or it is not https (or http for a
     *     loopback host) or carries user information or a query
     */
    public PlatformClient build() {
      return new PlatformClient(this);
    }
  }
}
