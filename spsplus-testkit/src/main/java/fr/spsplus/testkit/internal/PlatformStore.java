package fr.spsplus.testkit.internal;

import fr.spsplus.client.platform.DocumentReportReceipt;
import fr.spsplus.client.platform.ExperienceModeration;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.core.experience.AnswerStatus;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.experience.UsefulnessVotes;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.Moderator;
import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The platform's data and rules: the directory of structures, experiences and their moderation, the
 * structures' answers, complex-document reports and indicator results. Every method is synchronized
 * on the store; events (published, rejected, answered) go to the outbox as they happen.
 */
public final class PlatformStore {

  /** Newest first: submission instant, then id, both descending. */
  public static final Comparator<Experience> NEWEST_FIRST =
      Comparator.comparing(Experience::submittedAt).thenComparingLong(Experience::id).reversed();

  /**
   * The key of a result: structure × indicator × period.
   *
   * @param structure the structure's code
   * @param indicator the indicator's id
   * @param period the period's code
   */
  public record ResultKey(String structure, String indicator, String period) {

    /**
     * Returns the key of a result.
     *
     * @param result the result
     * @return its key
     */
    public static ResultKey of(IndicatorResult result) {
      return new ResultKey(
          result.structure().value(), result.indicator().value(), result.period().code());
    }
  }

  /**
   * A stored complex-document report.
   *
   * @param receipt the receipt given
   * @param report the report
   */
  public record StoredReport(DocumentReportReceipt receipt, ComplexDocumentReport report) {}

  /**
   * The outcome of an upsert.
   *
   * @param <T> the stored value
   * @param value the stored value
   * @param created whether nothing was stored under its key before
   */
  public record Upsert<T>(T value, boolean created) {}

  private final FakeTime time;
  private final @Nullable Duration moderationDelay;
  private final Moderator moderator;
  private final Consumer<PlatformEvent> events;
  private final NavigableMap<StructureCode, Structure> structures = new TreeMap<>();
  private final NavigableMap<Long, Experience> experiences = new TreeMap<>();
  private final Map<Long, Instant> due = new HashMap<>();
  private final Map<String, Instant> firstAnswerPublication = new HashMap<>();
  private final Map<ResultKey, IndicatorResult> results = new LinkedHashMap<>();
  private final List<StoredReport> reports = new ArrayList<>();
  private long nextExperienceId;
  private long nextEvent = 1;

  /**
   * Returns an empty platform.
   *
   * @param time the fake's time
   * @param moderationDelay the delay between submission and decision, or null for manual moderation
   * @param moderator decides each experience
   * @param firstExperienceId the id of the first experience
   * @param structures the directory
   * @param events where events go
   */
  public PlatformStore(
      FakeTime time,
      @Nullable Duration moderationDelay,
      Moderator moderator,
      long firstExperienceId,
      Collection<Structure> structures,
      Consumer<PlatformEvent> events) {
    this.time = Objects.requireNonNull(time, "time");
    this.moderationDelay = moderationDelay;
    this.moderator = Objects.requireNonNull(moderator, "moderator");
    this.nextExperienceId = firstExperienceId;
    this.events = Objects.requireNonNull(events, "events");
    for (Structure structure : structures) {
      this.structures.put(structure.code(), structure);
    }
  }

  // ------------------------------------------------------------------ structures

  /**
   * Adds or replaces a structure of the directory.
   *
   * @param structure the structure
   */
  public synchronized void putStructure(Structure structure) {
    structures.put(structure.code(), structure);
  }

  /**
   * Returns a structure.
   *
   * @param code its code
   * @return the structure, if the directory has it
   */
  public synchronized Optional<Structure> structure(StructureCode code) {
    return Optional.ofNullable(structures.get(code));
  }

  /**
   * Returns the directory, in code order.
   *
   * @return a copy
   */
  public synchronized List<Structure> structures() {
    return List.copyOf(structures.values());
  }

  /**
   * Requires a structure to exist.
   *
   * @param code the code
   * @return the structure
   * @throws ApiException {@code 404 NOT_FOUND}
   */
  public synchronized Structure requireStructure(StructureCode code) {
    Structure structure = structures.get(code);
    if (structure == null) {
      throw new ApiException(
          404, "NOT_FOUND", Messages.BUNDLE.message("notFound.structure", code.value()));
    }
    return structure;
  }

  // ------------------------------------------------------------------ experiences

  /**
   * Runs what the passing of time triggers: the moderation decisions that are due.
   *
   * @return the experiences decided
   */
  public synchronized List<Experience> tick() {
    Instant now = time.instant();
    List<Map.Entry<Long, Instant>> ready =
        due.entrySet().stream()
            .filter(e -> !e.getValue().isAfter(now))
            .sorted(
                Map.Entry.<Long, Instant>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    List<Experience> decided = new ArrayList<>();
    for (Map.Entry<Long, Instant> entry : ready) {
      decided.add(decide(entry.getKey(), entry.getValue()));
    }
    return decided;
  }

  /**
   * Stores a submitted experience.
   *
   * @param submission what the user wrote (already checked)
   * @return the experience, {@code SUBMITTED}
   * @throws ApiException {@code 400 INVALID_REQUEST} if a structure is not in the directory
   */
  public synchronized Experience submit(ExperienceSubmission submission) {
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < submission.structures().size(); i++) {
      if (!structures.containsKey(submission.structures().get(i))) {
        unknown.add(new Violation("structures[" + i + "]", "knownStructure"));
      }
    }
    if (!unknown.isEmpty()) {
      throw invalid(unknown);
    }
    Instant now = time.instant();
    Experience experience = Experience.submitted(nextExperienceId++, submission, now);
    experiences.put(experience.id(), experience);
    if (moderationDelay != null) {
      due.put(experience.id(), now.plus(moderationDelay));
    }
    return experience;
  }

  /**
   * Returns an experience.
   *
   * @param id its id
   * @return the experience, if stored
   */
  public synchronized Optional<Experience> experience(long id) {
    return Optional.ofNullable(experiences.get(id));
  }

  /**
   * Requires an experience to exist.
   *
   * @param id the id
   * @return the experience
   * @throws ApiException {@code 404 NOT_FOUND}
   */
  public synchronized Experience requireExperience(long id) {
    Experience experience = experiences.get(id);
    if (experience == null) {
      throw new ApiException(404, "NOT_FOUND", Messages.BUNDLE.message("notFound.experience", id));
    }
    return experience;
  }

  /**
   * Returns every experience, in id order.
   *
   * @return a copy
   */
  public synchronized List<Experience> experiences() {
    return List.copyOf(experiences.values());
  }

  /**
   * Returns the experiences that involve a structure, newest first.
   *
   * @param structure the structure
   * @param status the status to keep, or null for all
   * @return the experiences
   */
  public synchronized List<Experience> experiencesOf(
      StructureCode structure, @Nullable ModerationStatus status) {
    return experiences.values().stream()
        .filter(e -> e.structures().contains(structure))
        .filter(e -> status == null || e.status() == status)
        .sorted(NEWEST_FIRST)
        .toList();
  }

  /**
   * Returns the moderation state of an experience.
   *
   * @param experience the experience
   * @return its state, without texts
   */
  public static ExperienceModeration moderationOf(Experience experience) {
    return new ExperienceModeration(
        experience.id(),
        experience.status(),
        experience.submittedAt(),
        experience.publishedAt(),
        experience.rejectionReason());
  }

  /**
   * Moves an experience from {@code SUBMITTED} to {@code IN_MODERATION}; its decision stays due at
   * the same time.
   *
   * @param id the experience's id
   * @return the experience
   * @throws fr.spsplus.core.InvalidInputException if it is not {@code SUBMITTED}
   */
  public synchronized Experience startModeration(long id) {
    Experience experience = requireExperience(id).startModeration();
    experiences.put(id, experience);
    return experience;
  }

  /**
   * Publishes an experience now, whatever the moderator would say.
   *
   * @param id the experience's id
   * @return the experience
   * @throws fr.spsplus.core.InvalidInputException if it is already published or rejected
   */
  public synchronized Experience publish(long id) {
    Experience experience = inModeration(id).publish(time.instant());
    return settle(experience);
  }

  /**
   * Rejects an experience now.
   *
   * @param id the experience's id
   * @param reason why
   * @return the experience
   * @throws fr.spsplus.core.InvalidInputException if it is already published or rejected
   */
  public synchronized Experience reject(long id, RejectionReason reason) {
    Experience experience = inModeration(id).reject(reason);
    return settle(experience);
  }

  /**
   * Decides now, with the moderator, every experience not yet decided, in id order.
   *
   * @return the experiences decided
   */
  public synchronized List<Experience> moderateAll() {
    Instant now = time.instant();
    List<Experience> decided = new ArrayList<>();
    for (Experience experience : List.copyOf(experiences.values())) {
      if (!experience.status().isFinal()) {
        decided.add(decide(experience.id(), now));
      }
    }
    return decided;
  }

  private Experience decide(long id, Instant at) {
    Experience experience = inModeration(id);
    Optional<RejectionReason> reason = moderator.review(experience);
    return settle(reason.isPresent() ? experience.reject(reason.get()) : experience.publish(at));
  }

  private Experience inModeration(long id) {
    Experience experience = requireExperience(id);
    return experience.status() == ModerationStatus.SUBMITTED
        ? experience.startModeration()
        : experience;
  }

  private Experience settle(Experience experience) {
    experiences.put(experience.id(), experience);
    due.remove(experience.id());
    Instant at = experience.publishedAt() != null ? experience.publishedAt() : time.instant();
    if (experience.status() == ModerationStatus.PUBLISHED) {
      events.accept(new PlatformEvent.ExperiencePublished(nextEventId(), at, experience));
    } else if (experience.status() == ModerationStatus.REJECTED) {
      events.accept(
          new PlatformEvent.ExperienceRejected(nextEventId(), at, moderationOf(experience)));
    }
    return experience;
  }

  private String nextEventId() {
    return String.format(Locale.ROOT, "evt-%06d", nextEvent++);
  }

  // ------------------------------------------------------------------ answers

  /**
   * Creates or replaces a structure's answer to an experience.
   *
   * @param id the experience's id
   * @param structure the answering structure
   * @param politenessFormula the formula, or null
   * @param body the body
   * @param signature the signature, or null
   * @param status draft or published
   * @return the stored answer, and whether it was created
   * @throws ApiException {@code 404} (no such experience), {@code 403 STRUCTURE_NOT_INVOLVED},
   *     {@code 409 EXPERIENCE_NOT_PUBLISHED}
   */
  public synchronized Upsert<StructureAnswer> putAnswer(
      long id,
      StructureCode structure,
      @Nullable String politenessFormula,
      String body,
      @Nullable String signature,
      AnswerStatus status) {
    Experience experience = requireExperience(id);
    if (!experience.structures().contains(structure)) {
      throw new ApiException(
          403,
          "STRUCTURE_NOT_INVOLVED",
          Messages.BUNDLE.message("structureNotInvolved", structure.value(), id));
    }
    if (experience.status() != ModerationStatus.PUBLISHED) {
      throw new ApiException(
          409,
          "EXPERIENCE_NOT_PUBLISHED",
          Messages.BUNDLE.message("experienceNotPublished", id, experience.status().name()));
    }
    StructureAnswer previous =
        experience.answers().stream()
            .filter(a -> a.structure().equals(structure))
            .findFirst()
            .orElse(null);
    StructureAnswer answer;
    if (status == AnswerStatus.PUBLISHED) {
      String key = id + "/" + structure.value();
      Instant publishedAt = firstAnswerPublication.computeIfAbsent(key, k -> time.instant());
      UsefulnessVotes votes =
          previous != null && previous.status() == AnswerStatus.PUBLISHED
              ? previous.votes()
              : UsefulnessVotes.NONE;
      answer =
          new StructureAnswer(
              structure, politenessFormula, body, signature, status, publishedAt, votes);
    } else {
      answer = StructureAnswer.draft(structure, politenessFormula, body, signature);
    }
    experiences.put(id, experience.withAnswer(answer));
    if (status == AnswerStatus.PUBLISHED) {
      events.accept(
          new PlatformEvent.ExperienceAnswered(nextEventId(), time.instant(), id, answer));
    }
    return new Upsert<>(answer, previous == null);
  }

  /**
   * Records a visitor's vote on a published answer, as the platform's public site does.
   *
   * @param id the experience's id
   * @param structure the answering structure
   * @param useful whether the visitor found it useful
   * @return the answer with the vote
   * @throws fr.spsplus.core.InvalidInputException if there is no such published answer
   */
  public synchronized StructureAnswer vote(long id, StructureCode structure, boolean useful) {
    Experience experience = requireExperience(id);
    StructureAnswer answer =
        experience.answers().stream()
            .filter(a -> a.structure().equals(structure))
            .findFirst()
            .orElseThrow(
                () ->
                    new fr.spsplus.core.InvalidInputException(
                        Messages.BUNDLE.message("vote.noAnswer", structure.value(), id)))
            .withVote(useful);
    experiences.put(id, experience.withAnswer(answer));
    return answer;
  }

  // ------------------------------------------------------------------ complex documents

  /**
   * Stores a complex-document report.
   *
   * @param report the report (already checked)
   * @return the receipt
   * @throws ApiException {@code 400 INVALID_REQUEST} if the structure is not in the directory
   */
  public synchronized DocumentReportReceipt report(ComplexDocumentReport report) {
    if (!structures.containsKey(report.structure())) {
      throw invalid(List.of(new Violation("structure", "knownStructure")));
    }
    DocumentReportReceipt receipt =
        new DocumentReportReceipt(
            String.format(Locale.ROOT, "DOC-%06d", reports.size() + 1),
            report.structure(),
            time.instant());
    reports.add(new StoredReport(receipt, report));
    return receipt;
  }

  /**
   * Returns the reports, in the order received.
   *
   * @return a copy
   */
  public synchronized List<StoredReport> reports() {
    return List.copyOf(reports);
  }

  // ------------------------------------------------------------------ results

  /**
   * Creates or replaces a result.
   *
   * @param result the result (already checked)
   * @return the stored result, and whether it was created
   * @throws ApiException {@code 404 NOT_FOUND} if the structure is not in the directory
   */
  public synchronized Upsert<IndicatorResult> putResult(IndicatorResult result) {
    requireStructure(result.structure());
    IndicatorResult previous = results.put(ResultKey.of(result), result);
    return new Upsert<>(result, previous == null);
  }

  /**
   * Stores a batch of results, all or none.
   *
   * @param batch the results (already checked one by one)
   * @return the stored results, in order
   * @throws ApiException {@code 400 INVALID_REQUEST} naming the index of an unknown structure or of
   *     a second result for the same structure × indicator × period; nothing is stored
   */
  public synchronized List<IndicatorResult> putResults(List<IndicatorResult> batch) {
    List<Violation> violations = new ArrayList<>();
    Set<ResultKey> seen = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      IndicatorResult result = batch.get(i);
      if (!structures.containsKey(result.structure())) {
        violations.add(new Violation("results[" + i + "].structure", "knownStructure"));
      }
      if (!seen.add(ResultKey.of(result))) {
        violations.add(new Violation("results[" + i + "]", "uniqueResult"));
      }
    }
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    for (IndicatorResult result : batch) {
      results.put(ResultKey.of(result), result);
    }
    return List.copyOf(batch);
  }

  /**
   * Returns the results, in the order first stored.
   *
   * @return a copy
   */
  public synchronized List<IndicatorResult> results() {
    return List.copyOf(results.values());
  }

  static ApiException invalid(List<Violation> violations) {
    return new ApiException(
        400,
        "INVALID_REQUEST",
        Messages.BUNDLE.message("invalidRequest", violations.size(), summary(violations)),
        violations);
  }

  static String summary(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation violation : violations) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(violation.field()).append(" (").append(violation.rule()).append(')');
    }
    return text.toString();
  }
}
