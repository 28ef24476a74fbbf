package fr.spsplus.indicators.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules by which a {@link CallAccumulator} turns call attempts into the telephone indicators:
 * short abandons, service-level thresholds, the resolution of the wait histogram, and how the
 * outcomes without an official treatment count.
 *
 * <p><strong>Sources and status.</strong> The only official part is the definition of the pick-up
 * rate by an agent, "appels traités par un agent ÷ appels nécessitant une réponse par un agent",
 * with a separate global rate where a voice server (SVI) handles calls, and the Plan téléphone
 * target of 85 % by an agent (https://www.plus.transformation.gouv.fr/engagement/6). No network
 * publishes its exclusion rules, so every setting below is a <strong>proposed default</strong>; the
 * {@linkplain #defaults() defaults} reproduce exactly the formulas of the spsplus domain model
 * (DOMAIN.md §4.1), written out in {@link CallAccumulator}:
 *
 * <table>
 *   <caption>Settings, defaults and alternatives</caption>
 *   <tr><th>Setting</th><th>Proposed default</th><th>Alternative</th></tr>
 *   <tr><td>{@link #shortAbandonSeconds()}</td><td>5 s: queue abandons after less than 5 s are
 *       left out of every rate</td><td>0 disables (every queue abandon counts); any other
 *       threshold</td></tr>
 *   <tr><td>{@link #serviceLevelThresholdsSeconds()}</td><td>20 s and 60 s</td>
 *       <td>up to {@value #MAX_SERVICE_LEVEL_THRESHOLDS} thresholds, or none</td></tr>
 *   <tr><td>{@link #histogramCapSeconds()}</td><td>3,600 s</td><td>1 to 86,400 s</td></tr>
 *   <tr><td>{@link #overflow()} (busy tone, saturation after asking for an agent)</td>
 *       <td>{@link OutcomeTreatment#UNANSWERED UNANSWERED}: the caller needed an agent</td>
 *       <td>{@link OutcomeTreatment#EXCLUDED EXCLUDED} (hides saturation)</td></tr>
 *   <tr><td>{@link #callbacks()} (callback scheduled)</td><td>{@link OutcomeTreatment#EXCLUDED
 *       EXCLUDED}: the callback is a later, outbound contact</td><td>{@code ANSWERED} (a handled
 *       contact) or {@code UNANSWERED}</td></tr>
 *   <tr><td>{@link #transfers()} (routed to another network)</td><td>{@link
 *       OutcomeTreatment#EXCLUDED EXCLUDED}: counted by the receiving network</td><td>{@code
 *       ANSWERED} or {@code UNANSWERED}</td></tr>
 *   <tr><td>{@link #outOfHours()}</td><td>{@link OutcomeTreatment#EXCLUDED EXCLUDED}: outside the
 *       published opening hours</td><td>{@code UNANSWERED} (the user's view)</td></tr>
 *   <tr><td>{@link #serviceLevelAbandons()}</td><td>{@link ServiceLevelAbandons#IGNORED
 *       IGNORED}</td><td>{@code MISSED} or {@code MET}</td></tr>
 * </table>
 *
 * <p>Industry practice behind the choices: short abandons are kept apart because no agent had a
 * chance to answer, with no standard threshold
 * (https://wfmacademy.ccmath.com/mod/glossary/showentry.php?eid=62,
 * http://searchcrm.techtarget.com/answer/Calculating-abandoned-call-rates-in-the-call-center-what-to-include);
 * calls that end in the voice server were never offered to agents (same TechTarget page); queued
 * callbacks are not abandons (Amazon Connect,
 * https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html).
 *
 * <p>A policy is checked as a whole when built: an inconsistent one throws an {@link
 * InvalidInputException} whose French (default) or English message names the setting and its bound.
 * {@link #parameters()} is recorded in every measurement, so that two figures can be reconciled.
 * Immutable and thread-safe.
 *
 * @param shortAbandonSeconds a queue abandon whose wait is <em>below</em> this many seconds is a
 *     short abandon (a wait equal to it is not); 0 disables short abandons; 0 to {@code
 *     histogramCapSeconds}
 * @param serviceLevelThresholdsSeconds the thresholds {@code Y} of the service levels "answered
 *     within {@code Y} seconds" (a wait equal to {@code Y} is within), each 0 to {@code
 *     histogramCapSeconds}, at most {@value #MAX_SERVICE_LEVEL_THRESHOLDS}; given in any order,
 *     stored sorted and without repeats
 * @param histogramCapSeconds the largest wait counted second by second, 1 to {@value
 *     CallRecord#MAX_WAIT_SECONDS}; longer answered waits fall in an overflow cell, counted and
 *     flagged
 * @param overflow how {@link CallOutcome#BLOCKED_OVERFLOW} counts: {@code UNANSWERED} or {@code
 *     EXCLUDED}
 * @param callbacks how {@link CallOutcome#CALLBACK_SCHEDULED} counts: any treatment
 * @param transfers how {@link CallOutcome#TRANSFERRED_OUT} counts: any treatment
 * @param outOfHours how {@link CallOutcome#OUT_OF_HOURS} counts: {@code EXCLUDED} or {@code
 *     UNANSWERED}
 * @param serviceLevelAbandons how queue abandons within a service-level threshold count
 */
public record CallPolicy(
    int shortAbandonSeconds,
    List<Integer> serviceLevelThresholdsSeconds,
    int histogramCapSeconds,
    OutcomeTreatment overflow,
    OutcomeTreatment callbacks,
    OutcomeTreatment transfers,
    OutcomeTreatment outOfHours,
    ServiceLevelAbandons serviceLevelAbandons) {

  /** The proposed default short-abandon threshold: 5 seconds. */
  public static final int DEFAULT_SHORT_ABANDON_SECONDS = 5;

  /** The proposed default service-level thresholds: 20 and 60 seconds. */
  public static final List<Integer> DEFAULT_SERVICE_LEVEL_THRESHOLDS_SECONDS = List.of(20, 60);

  /**
   * The proposed default histogram cap: 3,600 seconds (one hour), 3,602 cells of 8 bytes, about
   * 28.8 KB per accumulator.
   */
  public static final int DEFAULT_HISTOGRAM_CAP_SECONDS = 3_600;

  /** The largest number of service-level thresholds in one policy: 16. */
  public static final int MAX_SERVICE_LEVEL_THRESHOLDS = 16;

  private static final MessageBundle MESSAGES = MessageBundle.of(CallPolicy.class, "messages");

  private static final Set<OutcomeTreatment> NEVER_ANSWERED =
      Collections.unmodifiableSet(
          EnumSet.of(OutcomeTreatment.EXCLUDED, OutcomeTreatment.UNANSWERED));

  private static final CallPolicy DEFAULTS =
      new CallPolicy(
          DEFAULT_SHORT_ABANDON_SECONDS,
          DEFAULT_SERVICE_LEVEL_THRESHOLDS_SECONDS,
          DEFAULT_HISTOGRAM_CAP_SECONDS,
          OutcomeTreatment.UNANSWERED,
          OutcomeTreatment.EXCLUDED,
          OutcomeTreatment.EXCLUDED,
          OutcomeTreatment.EXCLUDED,
          ServiceLevelAbandons.IGNORED);

  /**
   * Checks the policy as a whole and stores the thresholds sorted, without repeats.
   *
   * @throws InvalidInputException if the cap is outside 1..{@value CallRecord#MAX_WAIT_SECONDS},
   *     the short-abandon threshold or a service-level threshold outside 0..cap, there are more
   *     than {@value #MAX_SERVICE_LEVEL_THRESHOLDS} thresholds, or an outcome gets a treatment it
   *     cannot have (overflow or out-of-hours calls counted as answered)
   * @throws NullPointerException if a component or a threshold is null
   */
  public CallPolicy {
    Objects.requireNonNull(serviceLevelThresholdsSeconds, "serviceLevelThresholdsSeconds");
    Objects.requireNonNull(overflow, "overflow");
    Objects.requireNonNull(callbacks, "callbacks");
    Objects.requireNonNull(transfers, "transfers");
    Objects.requireNonNull(outOfHours, "outOfHours");
    Objects.requireNonNull(serviceLevelAbandons, "serviceLevelAbandons");
    Checks.requireBetween(
        histogramCapSeconds, 1, CallRecord.MAX_WAIT_SECONDS, "histogramCapSeconds");
    if (shortAbandonSeconds < 0 || shortAbandonSeconds > histogramCapSeconds) {
      throw new InvalidInputException(
          MESSAGES.message(
              "policy.short.abandon.range", histogramCapSeconds, (long) shortAbandonSeconds));
    }
    TreeSet<Integer> thresholds = new TreeSet<>();
    for (Integer threshold : serviceLevelThresholdsSeconds) {
      Objects.requireNonNull(threshold, "serviceLevelThresholdsSeconds element");
      if (threshold < 0 || threshold > histogramCapSeconds) {
        throw new InvalidInputException(
            MESSAGES.message("policy.threshold.range", histogramCapSeconds, (long) threshold));
      }
      thresholds.add(threshold);
    }
    if (thresholds.size() > MAX_SERVICE_LEVEL_THRESHOLDS) {
      throw new InvalidInputException(
          MESSAGES.message(
              "policy.threshold.count", MAX_SERVICE_LEVEL_THRESHOLDS, thresholds.size()));
    }
    serviceLevelThresholdsSeconds = List.copyOf(thresholds);
    requireTreatment(overflow, NEVER_ANSWERED, "overflow");
    requireTreatment(outOfHours, NEVER_ANSWERED, "outOfHours");
  }

  private static void requireTreatment(
      OutcomeTreatment treatment, Set<OutcomeTreatment> accepted, String field) {
    if (!accepted.contains(treatment)) {
      throw new InvalidInputException(
          MESSAGES.message(
              "policy.treatment",
              field,
              treatment.name(),
              accepted.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }
  }

  /**
   * Returns the proposed defaults, which reproduce the formulas of DOMAIN.md §4.1: short abandons
   * below 5 s, service levels at 20 and 60 s, a 3,600 s histogram, overflow counted as unanswered,
   * callbacks, transfers and out-of-hours calls excluded, abandons within a threshold ignored.
   *
   * @return the default policy
   */
  public static CallPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Returns a builder initialised with this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns how an outcome counts in the pick-up rates: the policy's treatment for the four
   * configurable outcomes; {@link OutcomeTreatment#ANSWERED ANSWERED} for {@link
   * CallOutcome#ANSWERED_AGENT}; {@link OutcomeTreatment#UNANSWERED UNANSWERED} for {@link
   * CallOutcome#ABANDONED_QUEUE} (short abandons aside); and, for the agent rate, {@link
   * OutcomeTreatment#EXCLUDED EXCLUDED} for the two voice-server outcomes, which never asked for an
   * agent (in the global rate, {@link CallOutcome#RESOLVED_IVR} is answered and {@link
   * CallOutcome#ABANDONED_IVR} unanswered).
   *
   * @param outcome the outcome
   * @return its treatment in the agent pick-up rate
   */
  public OutcomeTreatment agentTreatment(CallOutcome outcome) {
    return switch (Objects.requireNonNull(outcome, "outcome")) {
      case ANSWERED_AGENT -> OutcomeTreatment.ANSWERED;
      case ABANDONED_QUEUE -> OutcomeTreatment.UNANSWERED;
      case ABANDONED_IVR, RESOLVED_IVR -> OutcomeTreatment.EXCLUDED;
      case BLOCKED_OVERFLOW -> overflow;
      case OUT_OF_HOURS -> outOfHours;
      case CALLBACK_SCHEDULED -> callbacks;
      case TRANSFERRED_OUT -> transfers;
    };
  }

  /**
   * Returns the parameters recorded in every measurement, by snake_case name, sorted: {@code
   * short_abandon_seconds}, {@code service_level_thresholds_seconds} (comma-separated, empty when
   * none), {@code histogram_cap_seconds}, {@code overflow_treatment}, {@code callback_treatment},
   * {@code transfer_treatment}, {@code out_of_hours_treatment}, {@code service_level_abandons}.
   *
   * @return an unmodifiable sorted map, for example {@code short_abandon_seconds=5}
   */
  public Map<String, String> parameters() {
    StringJoiner thresholds = new StringJoiner(",");
    serviceLevelThresholdsSeconds.forEach(t -> thresholds.add(Integer.toString(t)));
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("short_abandon_seconds", Integer.toString(shortAbandonSeconds));
    parameters.put("service_level_thresholds_seconds", thresholds.toString());
    parameters.put("histogram_cap_seconds", Integer.toString(histogramCapSeconds));
    parameters.put("overflow_treatment", overflow.name());
    parameters.put("callback_treatment", callbacks.name());
    parameters.put("transfer_treatment", transfers.name());
    parameters.put("out_of_hours_treatment", outOfHours.name());
    parameters.put("service_level_abandons", serviceLevelAbandons.name());
    return Collections.unmodifiableSortedMap(parameters);
  }

  /**
   * Returns the size of the state of one {@link CallAccumulator} under this policy, in bytes of
   * counters (object headers aside): {@code 8 × (histogramCapSeconds + 2)} for the answered-wait
   * histogram, {@code 8 × (thresholds + 1)} for the abandon bins, and 88 bytes for eleven counts
   * and sums.
   *
   * @return the approximate state size; 28,928 bytes with the defaults
   */
  public long stateSizeBytes() {
    return 8L * (histogramCapSeconds + 2) + 8L * (serviceLevelThresholdsSeconds.size() + 1) + 88;
  }

  /** Builds a {@link CallPolicy}; the checks run in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int shortAbandonSeconds;
    private List<Integer> serviceLevelThresholdsSeconds;
    private int histogramCapSeconds;
    private OutcomeTreatment overflow;
    private OutcomeTreatment callbacks;
    private OutcomeTreatment transfers;
    private OutcomeTreatment outOfHours;
    private ServiceLevelAbandons serviceLevelAbandons;

    private Builder(CallPolicy from) {
      this.shortAbandonSeconds = from.shortAbandonSeconds;
      this.serviceLevelThresholdsSeconds = from.serviceLevelThresholdsSeconds;
      this.histogramCapSeconds = from.histogramCapSeconds;
      this.overflow = from.overflow;
      this.callbacks = from.callbacks;
      this.transfers = from.transfers;
      this.outOfHours = from.outOfHours;
      this.serviceLevelAbandons = from.serviceLevelAbandons;
    }

    /**
     * Sets the short-abandon threshold.
     *
     * @param seconds queue abandons below this many seconds are short; 0 disables
     * @return this builder
     */
    public Builder shortAbandonSeconds(int seconds) {
      this.shortAbandonSeconds = seconds;
      return this;
    }

    /**
     * Sets the service-level thresholds (any order; repeats are dropped).
     *
     * @param seconds the thresholds, possibly none
     * @return this builder
     */
    public Builder serviceLevelThresholdsSeconds(int... seconds) {
      List<Integer> list = new ArrayList<>(seconds.length);
      for (int s : seconds) {
        list.add(s);
      }
      this.serviceLevelThresholdsSeconds = list;
      return this;
    }

    /**
     * Sets the service-level thresholds (any order; repeats are dropped).
     *
     * @param seconds the thresholds, possibly none
     * @return this builder
     */
    public Builder serviceLevelThresholdsSeconds(Collection<Integer> seconds) {
      this.serviceLevelThresholdsSeconds =
          new ArrayList<>(Objects.requireNonNull(seconds, "seconds"));
      return this;
    }

    /**
     * Sets the histogram cap.
     *
     * @param seconds the largest wait counted second by second
     * @return this builder
     */
    public Builder histogramCapSeconds(int seconds) {
      this.histogramCapSeconds = seconds;
      return this;
    }

    /**
     * Sets the treatment of {@link CallOutcome#BLOCKED_OVERFLOW}.
     *
     * @param treatment {@code UNANSWERED} (default) or {@code EXCLUDED}
     * @return this builder
     */
    public Builder overflow(OutcomeTreatment treatment) {
      this.overflow = Objects.requireNonNull(treatment, "overflow");
      return this;
    }

    /**
     * Sets the treatment of {@link CallOutcome#CALLBACK_SCHEDULED}.
     *
     * @param treatment any treatment; {@code EXCLUDED} by default
     * @return this builder
     */
    public Builder callbacks(OutcomeTreatment treatment) {
      this.callbacks = Objects.requireNonNull(treatment, "callbacks");
      return this;
    }

    /**
     * Sets the treatment of {@link CallOutcome#TRANSFERRED_OUT}.
     *
     * @param treatment any treatment; {@code EXCLUDED} by default
     * @return this builder
     */
    public Builder transfers(OutcomeTreatment treatment) {
      this.transfers = Objects.requireNonNull(treatment, "transfers");
      return this;
    }

    /**
     * Sets the treatment of {@link CallOutcome#OUT_OF_HOURS}.
     *
     * @param treatment {@code EXCLUDED} (default) or {@code UNANSWERED}
     * @return this builder
     */
    public Builder outOfHours(OutcomeTreatment treatment) {
      this.outOfHours = Objects.requireNonNull(treatment, "outOfHours");
      return this;
    }

    /**
     * Sets how abandons within a service-level threshold count.
     *
     * @param abandons {@code IGNORED} by default
     * @return this builder
     */
    public Builder serviceLevelAbandons(ServiceLevelAbandons abandons) {
      this.serviceLevelAbandons = Objects.requireNonNull(abandons, "serviceLevelAbandons");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidInputException if the settings are inconsistent (see {@link CallPolicy})
     */
    public CallPolicy build() {
      return new CallPolicy(
          shortAbandonSeconds,
          serviceLevelThresholdsSeconds,
          histogramCapSeconds,
          overflow,
          callbacks,
          transfers,
          outOfHours,
          serviceLevelAbandons);
    }
  }
}
