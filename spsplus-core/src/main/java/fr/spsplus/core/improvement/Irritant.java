package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An irritant: a recurring difficulty met by users (or agents), followed from its report to its
 * closing answer. Irritants come from users, agents, elected officials and audits; they are
 * prioritised (Pareto), analysed (5 pourquoi, QQOQCCP, 5M) and every one gets a reasoned answer
 * (DITP page "Amélioration continue", {@code seeds/000_…}; "Or" criteria B1, B2, C1, {@code
 * seeds/001_…}).
 *
 * <p>An irritant is an immutable value: each step returns a new one and records the transition in
 * {@link #history()}, which only ever holds transitions allowed by {@link IrritantStatus}'s table.
 *
 * <pre>{@code
 * Irritant irritant =
 *     Irritant.report("IRR-42", "Attente au guichet le lundi matin", IrritantSource.USAGER,
 *             ReportingChannel.SURVEY, LocalDate.of(2025, 1, 6))
 *         .prioritise(LocalDate.of(2025, 1, 20), 1)
 *         .analyse(LocalDate.of(2025, 2, 3), RootCauseAnalysis.of(fiveWhys))
 *         .close(LocalDate.of(2025, 4, 1),
 *             new IrritantAnswer(IrritantOutcome.RESOLVED, "Ouverture d'un second guichet le lundi."));
 * }</pre>
 *
 * @param id the irritant's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param title a short description; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX}
 *     characters; never printed in error messages
 * @param source who raised it
 * @param channel how it reached the service
 * @param occurrences how many times it was reported, at least 1
 * @param priorityRank its rank among the service's irritants (1 = first to treat), or null before
 *     prioritisation
 * @param analysis its root-cause analysis, or null before analysis; required in states {@link
 *     IrritantStatus#ANALYSED} and {@link IrritantStatus#ACTION_PLANNED}
 * @param history the transitions, oldest first (copied): the first goes from nothing to {@link
 *     IrritantStatus#REPORTED}; each next one leaves the state the previous one reached, is allowed
 *     by the table and is not dated before it
 */
public record Irritant(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @NotNull IrritantSource source,
    @NotNull ReportingChannel channel,
    @Positive long occurrences,
    @Nullable @Positive Integer priorityRank,
    @Nullable @Valid RootCauseAnalysis analysis,
    @NotEmpty List<@Valid @NotNull IrritantTransition> history) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if a component breaks its rule, the history does not start with
   *     the report, holds a forbidden transition or a step dated before the previous one, or the
   *     analysis is missing in a state that requires it
   */
  public Irritant {
    Texts.requireId(id, "id");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(channel, "channel");
    Checks.requirePositive(occurrences, "occurrences");
    if (priorityRank != null) {
      Checks.requirePositive(priorityRank, "priorityRank");
    }
    history = List.copyOf(Checks.requireNonEmpty(history, "history"));
    IrritantTransition first = history.get(0);
    if (first.from() != null || first.to() != IrritantStatus.REPORTED) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("irritant.start"));
    }
    for (int i = 1; i < history.size(); i++) {
      IrritantTransition previous = history.get(i - 1);
      IrritantTransition step = history.get(i);
      if (step.from() != previous.to()) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message(
                "irritant.chain", i, String.valueOf(step.from()), previous.to().name()));
      }
      requireAllowed(previous.to(), step.to());
      requireNotBefore(previous.on(), step.on());
    }
    IrritantStatus state = history.get(history.size() - 1).to();
    if (analysis == null
        && (state == IrritantStatus.ANALYSED || state == IrritantStatus.ACTION_PLANNED)) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("irritant.analysis.required", state.name()));
    }
  }

  /**
   * Records a new irritant, reported once.
   *
   * @param id the identifier
   * @param title a short description
   * @param source who raised it
   * @param channel how it reached the service
   * @param on the day it was reported
   * @return the irritant, in state {@link IrritantStatus#REPORTED}
   * @throws InvalidInputException if the identifier or title breaks its rule
   */
  public static Irritant report(
      String id, String title, IrritantSource source, ReportingChannel channel, LocalDate on) {
    return new Irritant(
        id,
        title,
        source,
        channel,
        1,
        null,
        null,
        List.of(new IrritantTransition(null, IrritantStatus.REPORTED, on, null, null)));
  }

  /**
   * Returns the current state.
   *
   * @return the state reached by the last transition
   */
  public IrritantStatus state() {
    return last().to();
  }

  /**
   * Returns the day the current state was reached.
   *
   * @return the day of the last transition
   */
  public LocalDate since() {
    return last().on();
  }

  /**
   * Returns the answer that closed the irritant, when it is closed.
   *
   * @return the answer, or empty if the irritant is not closed
   */
  public Optional<IrritantAnswer> answer() {
    return Optional.ofNullable(last().answer());
  }

  /**
   * Returns this irritant reported {@code count} more times.
   *
   * @param count the number of new reports, at least 1
   * @return the new irritant
   * @throws InvalidInputException if the count is below 1
   */
  public Irritant withMoreOccurrences(long count) {
    Checks.requireBetween(count, 1, Long.MAX_VALUE - occurrences, "count");
    return new Irritant(
        id, title, source, channel, occurrences + count, priorityRank, analysis, history);
  }

  /**
   * Gives the irritant a priority rank and moves it to {@link IrritantStatus#PRIORITISED}.
   *
   * @param on the day
   * @param rank the rank, 1 = first to treat
   * @return the new irritant
   * @throws InvalidInputException if the transition is forbidden, the day before the current
   *     state's or the rank below 1
   */
  public Irritant prioritise(LocalDate on, int rank) {
    Checks.requirePositive(rank, "rank");
    return with(IrritantStatus.PRIORITISED, on, null, null, rank, analysis);
  }

  /**
   * Records the root-cause analysis and moves the irritant to {@link IrritantStatus#ANALYSED}.
   *
   * @param on the day
   * @param analysis the analysis
   * @return the new irritant
   * @throws InvalidInputException if the transition is forbidden or the day before the current
   *     state's
   */
  public Irritant analyse(LocalDate on, RootCauseAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return with(IrritantStatus.ANALYSED, on, null, null, priorityRank, analysis);
  }

  /**
   * Moves the irritant to {@link IrritantStatus#ACTION_PLANNED}.
   *
   * @param on the day
   * @param actionId the identifier of the {@link Action} that addresses it, kept as the step's note
   * @return the new irritant
   * @throws InvalidInputException if the transition is forbidden, the day before the current
   *     state's or the identifier malformed
   */
  public Irritant planAction(LocalDate on, String actionId) {
    Texts.requireId(actionId, "actionId");
    return with(IrritantStatus.ACTION_PLANNED, on, actionId, null, priorityRank, analysis);
  }

  /**
   * Closes the irritant with a reasoned answer.
   *
   * @param on the day
   * @param answer the answer
   * @return the new irritant
   * @throws InvalidInputException if the irritant is already closed or the day before the current
   *     state's
   */
  public Irritant close(LocalDate on, IrritantAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    return with(IrritantStatus.CLOSED, on, null, answer, priorityRank, analysis);
  }

  /**
   * Reopens a closed irritant that recurs, back to {@link IrritantStatus#REPORTED}; its priority
   * and analysis are kept, its history too.
   *
   * @param on the day
   * @param reason why it is reopened (kept as the step's note)
   * @return the new irritant
   * @throws InvalidInputException if the irritant is not closed, the day before the current state's
   *     or the reason blank or too long
   */
  public Irritant reopen(LocalDate on, String reason) {
    Texts.requireText(reason, TextRules.TEXT_MAX, "reason");
    return with(IrritantStatus.REPORTED, on, reason, null, priorityRank, analysis);
  }

  /**
   * Moves the irritant to any state other than {@link IrritantStatus#CLOSED} (use {@link
   * #close(LocalDate, IrritantAnswer)}), keeping its rank and analysis.
   *
   * @param next the requested state
   * @param on the day
   * @param note a note on the step, or null
   * @return the new irritant
   * @throws InvalidInputException if the transition is forbidden (the message names the current
   *     state, the requested one and the allowed ones), {@code next} is {@link
   *     IrritantStatus#CLOSED} (an answer is required), the day is before the current state's, or
   *     the state requires an analysis the irritant lacks
   */
  public Irritant moveTo(IrritantStatus next, LocalDate on, @Nullable String note) {
    Objects.requireNonNull(next, "next");
    return with(next, on, note, null, priorityRank, analysis);
  }

  private Irritant with(
      IrritantStatus next,
      LocalDate on,
      @Nullable String note,
      @Nullable IrritantAnswer answer,
      @Nullable Integer rank,
      @Nullable RootCauseAnalysis newAnalysis) {
    requireAllowed(state(), next);
    requireNotBefore(since(), on);
    List<IrritantTransition> steps = new ArrayList<>(history);
    steps.add(new IrritantTransition(state(), next, on, note, answer));
    return new Irritant(id, title, source, channel, occurrences, rank, newAnalysis, steps);
  }

  private IrritantTransition last() {
    return history.get(history.size() - 1);
  }

  private static void requireAllowed(IrritantStatus current, IrritantStatus next) {
    if (!current.canMoveTo(next)) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message(
              "irritant.forbidden",
              current.name(),
              next.name(),
              current.allowedNext().stream().map(Enum::name).collect(Collectors.joining(", "))));
    }
  }

  private static void requireNotBefore(LocalDate previous, LocalDate on) {
    Objects.requireNonNull(on, "on");
    if (on.isBefore(previous)) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("irritant.date", on, previous));
    }
  }
}
