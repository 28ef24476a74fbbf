package fr.spsplus.indicators.rollup;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.level.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The share of structures whose value reaches a target, for example "share of the sites of a
 * network whose pick-up rate by an agent is at least 85 %" (the Plan téléphone target,
 * https://www.plus.transformation.gouv.fr/engagement/6).
 *
 * <p>A structure whose value is withheld (too small a sample) or undefined (zero denominator) is
 * not assessed: it is listed in {@link #withoutValue()} and left out of the share's denominator.
 * The judgement uses the point value only ({@link Target#isReachedBy(double)}); the interval view
 * is {@link Target#assess}.
 *
 * @param indicator the indicator judged
 * @param scope the structure whose subtree was judged, or {@code null} for every structure given
 * @param period the period
 * @param target the target
 * @param reached the structures whose value reaches the target, sorted by code
 * @param missed the structures whose value misses it, sorted by code
 * @param withoutValue the structures without a value, sorted by code
 */
public record TargetShare(
    IndicatorCode indicator,
    @Nullable StructureCode scope,
    ReportingPeriod period,
    Target target,
    List<StructureCode> reached,
    List<StructureCode> missed,
    List<StructureCode> withoutValue) {

  private static final MessageBundle MESSAGES = MessageBundle.of(TargetShare.class, "messages");

  /**
   * Checks the components, sorts and copies the lists.
   *
   * @throws InvalidInputException if a structure appears twice
   */
  public TargetShare {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    reached = sorted(reached, "reached");
    missed = sorted(missed, "missed");
    withoutValue = sorted(withoutValue, "withoutValue");
    Set<StructureCode> seen = new HashSet<>();
    for (List<StructureCode> list : List.of(reached, missed, withoutValue)) {
      for (StructureCode code : list) {
        if (!seen.add(code)) {
          throw new InvalidInputException(MESSAGES.message("share.duplicate", code.value()));
        }
      }
    }
  }

  private static List<StructureCode> sorted(List<StructureCode> codes, String field) {
    List<StructureCode> copy = new ArrayList<>(Objects.requireNonNull(codes, field));
    copy.forEach(code -> Objects.requireNonNull(code, field));
    copy.sort(null);
    return List.copyOf(copy);
  }

  /**
   * Judges the members' values against a target.
   *
   * @param indicator the indicator
   * @param scope the structure whose subtree the members make up, or {@code null}
   * @param period the period
   * @param target the target
   * @param members one measurement per structure, of that indicator and period
   * @return the share
   * @throws InvalidInputException if a member is of another indicator or period, has no structure,
   *     or two members share a structure
   */
  public static TargetShare of(
      IndicatorCode indicator,
      @Nullable StructureCode scope,
      ReportingPeriod period,
      Target target,
      Collection<Measurement> members) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    List<StructureCode> reached = new ArrayList<>();
    List<StructureCode> missed = new ArrayList<>();
    List<StructureCode> withoutValue = new ArrayList<>();
    for (Measurement member : Objects.requireNonNull(members, "members")) {
      StructureCode structure = member.structure();
      if (structure == null) {
        throw new InvalidInputException(MESSAGES.message("share.no.structure"));
      }
      if (member.indicator() != indicator) {
        throw new InvalidInputException(
            MESSAGES.message(
                "member.indicator",
                structure.value(),
                indicator.name(),
                member.indicator().name()));
      }
      if (!member.period().equals(period)) {
        throw new InvalidInputException(
            MESSAGES.message(
                "member.period", structure.value(), period.code(), member.period().code()));
      }
      Double value = member.value();
      if (value == null) {
        withoutValue.add(structure);
      } else if (target.isReachedBy(value)) {
        reached.add(structure);
      } else {
        missed.add(structure);
      }
    }
    return new TargetShare(indicator, scope, period, target, reached, missed, withoutValue);
  }

  /**
   * Returns the number of structures judged: those with a value.
   *
   * @return {@code reached().size() + missed().size()}
   */
  public int assessed() {
    return reached.size() + missed.size();
  }

  /**
   * Returns the share of judged structures that reach the target.
   *
   * @return {@code reached ÷ assessed}, in [0, 1]; empty when no structure has a value
   */
  public OptionalDouble share() {
    int assessed = assessed();
    return assessed == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) reached.size() / assessed);
  }
}
