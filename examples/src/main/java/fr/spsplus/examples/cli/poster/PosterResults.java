package fr.spsplus.examples.cli.poster;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code spsplus poster}: the results of one structure over one period, as the
 * structure displays them under engagement 6 ("Vous avez accès à nos résultats de qualité de
 * service", https://www.plus.transformation.gouv.fr/engagement/6).
 *
 * <p>JSON form ({@code RESULTS.json}), read with {@link fr.spsplus.core.json.SpsplusJson}:
 *
 * <pre>{@code
 * {
 *   "structure": "3Tn8gzTdcz",
 *   "structureName": "DDSP de la Mayenne",
 *   "period": "2026-Q1",
 *   "publishedOn": "2026-04-07",
 *   "results": [
 *     {"structure": "3Tn8gzTdcz", "indicator": "TAUX_DECROCHE_AGENT", "period": "2026-Q1",
 *      "value": 87.2, "n": 4120, "status": "PUBLISHABLE",
 *      "interval": {"method": "WILSON", "confidence": 0.95, "low": 86.2, "high": 88.2}}
 *   ]
 * }
 * }</pre>
 *
 * <p>Each element of {@code results} is an {@link IndicatorResult} as {@code SpsplusJson} writes
 * it: values in the unit of the indicator's definition (rates in percent, 0–100), {@code value} and
 * {@code interval} absent or null when withheld, optional {@code target} (the structure's own
 * target, in the same unit).
 *
 * @param structure the structure's SP+ code
 * @param structureName the structure's name as users know it, 1 to {@value #MAX_NAME_LENGTH}
 *     characters, shown on the poster
 * @param period the period of every result
 * @param results the results, 1 to {@value #MAX_RESULTS}, all of {@code structure} over {@code
 *     period}, one per indicator; shown in this order
 * @param publishedOn the day the poster is published, or null (then the latest {@code updatedOn} of
 *     the results, if any, is shown)
 */
public record PosterResults(
    StructureCode structure,
    String structureName,
    ReportingPeriod period,
    List<IndicatorResult> results,
    @Nullable LocalDate publishedOn) {

  /** The most results one poster shows (two columns of eight). */
  public static final int MAX_RESULTS = 16;

  /** The longest structure name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final MessageBundle MESSAGES = MessageBundle.of(PosterResults.class, "messages");

  /**
   * Checks the components and copies the list.
   *
   * @throws InvalidInputException if the name is blank or too long, if there are no results or too
   *     many, or if a result is about another structure or period or repeats an indicator (the
   *     message names the result by its index)
   */
  public PosterResults {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(structureName, "structureName");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(results, "results");
    if (structureName.isBlank() || structureName.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(MESSAGES.message("poster.name", MAX_NAME_LENGTH));
    }
    if (results.isEmpty() || results.size() > MAX_RESULTS) {
      throw new InvalidInputException(
          MESSAGES.message("poster.results.count", MAX_RESULTS, results.size()));
    }
    Set<IndicatorId> seen = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      IndicatorResult result = Objects.requireNonNull(results.get(i), "results[" + i + "]");
      if (!result.structure().equals(structure)) {
        throw new InvalidInputException(MESSAGES.message("poster.result.structure", i));
      }
      if (!result.period().equals(period)) {
        throw new InvalidInputException(MESSAGES.message("poster.result.period", i));
      }
      if (!seen.add(result.indicator())) {
        throw new InvalidInputException(
            MESSAGES.message("poster.result.duplicate", i, result.indicator().value()));
      }
    }
    results = List.copyOf(results);
  }

  /**
   * Returns the day shown as the update date: {@link #publishedOn()}, or the latest {@code
   * updatedOn} of the results.
   *
   * @return the day, or null when none is known
   */
  public @Nullable LocalDate shownDate() {
    if (publishedOn != null) {
      return publishedOn;
    }
    return results.stream()
        .map(IndicatorResult::updatedOn)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElse(null);
  }
}
