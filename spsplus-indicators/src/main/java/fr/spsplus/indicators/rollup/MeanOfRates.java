package fr.spsplus.indicators.rollup;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCatalogue;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorUnit;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The <strong>mean of rates</strong> aggregation: the unweighted mean of the members' rates, each
 * member counting once whatever its volume. Use it only for a network whose official method says
 * so; every other aggregate must merge the members' states ({@link RollUp}), which weights each
 * call, answer or request once.
 *
 * <p>Why it exists: the former departmental transparency rate of Services Publics+ was officially
 * an unweighted mean of the networks' rates (etalab repository, see the reference notes of the
 * project, metrics-perf §3.2). A mean of rates can differ widely from the merged rate: a site with
 * 10 calls at 50 % and one with 1,000 calls at 90 % give a mean of rates of 70 % but a merged rate
 * of 89.6 %.
 *
 * <p>The result is a {@link Measurement} labelled by its parameters ({@code
 * aggregation=MEAN_OF_RATES}, plus the members' common parameters): value = Σ rates ÷ k over the
 * {@code k} members whose value is shown, numerator = Σ rates, denominator = n = k; members whose
 * value is withheld or undefined are left out and counted under the exclusion reason {@value
 * #MEMBER_WITHOUT_VALUE}. The status is the weakest among the members used ({@link
 * PublicationStatus#INDICATIVE} if any is indicative), {@link
 * PublicationStatus#INSUFFICIENT_SAMPLE} with no value when none has a value. There is no
 * confidence interval: the members' sampling errors do not combine into one for an unweighted mean.
 * Rates are summed in the order of the members' structure codes, so the value does not depend on
 * the order in which members are given.
 */
public final class MeanOfRates {

  /** The value of the {@code aggregation} parameter of a mean of rates. */
  public static final String AGGREGATION = "MEAN_OF_RATES";

  /** The exclusion reason of members whose value is withheld or undefined. */
  public static final String MEMBER_WITHOUT_VALUE = "MEMBER_WITHOUT_VALUE";

  private static final MessageBundle MESSAGES = MessageBundle.of(MeanOfRates.class, "messages");

  private static final Comparator<Measurement> BY_STRUCTURE =
      Comparator.comparing(
          Measurement::structure, Comparator.nullsFirst(Comparator.<StructureCode>naturalOrder()));

  private MeanOfRates() {}

  /**
   * Computes the unweighted mean of the members' rates.
   *
   * @param indicator the indicator, a rate (catalogue unit {@link IndicatorUnit#PERCENT})
   * @param structure the structure the mean describes, or {@code null} for a national figure
   * @param period the period
   * @param members the members' measurements, of that indicator and period, with equal parameters
   * @return the labelled mean
   * @throws InvalidInputException if the indicator is not a rate, or a member is of another
   *     indicator or period, or members' parameters differ (the message names the member)
   */
  public static Measurement of(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Collection<Measurement> members) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(members, "members");
    if (IndicatorCatalogue.bundled().definition(indicator).unit() != IndicatorUnit.PERCENT) {
      throw new InvalidInputException(MESSAGES.message("mean.not.rate", indicator.name()));
    }
    List<Measurement> sorted = new ArrayList<>(members.size());
    Map<String, String> common = null;
    for (Measurement member : members) {
      Objects.requireNonNull(member, "member");
      String name = String.valueOf(member.structure());
      if (member.indicator() != indicator) {
        throw new InvalidInputException(
            MESSAGES.message(
                "member.indicator", name, indicator.name(), member.indicator().name()));
      }
      if (!member.period().equals(period)) {
        throw new InvalidInputException(
            MESSAGES.message("member.period", name, period.code(), member.period().code()));
      }
      if (common == null) {
        common = member.parameters();
      } else if (!common.equals(member.parameters())) {
        throw new InvalidInputException(MESSAGES.message("mean.parameters", name));
      }
      sorted.add(member);
    }
    sorted.sort(BY_STRUCTURE);
    double sum = 0;
    long used = 0;
    long withoutValue = 0;
    boolean indicative = false;
    for (Measurement member : sorted) {
      Double value = member.value();
      if (value == null) {
        withoutValue++;
      } else {
        sum += value;
        used++;
        indicative |= member.status() == PublicationStatus.INDICATIVE;
      }
    }
    TreeMap<String, String> parameters = new TreeMap<>(common == null ? Map.of() : common);
    parameters.put("aggregation", AGGREGATION);
    PublicationStatus status =
        used == 0
            ? PublicationStatus.INSUFFICIENT_SAMPLE
            : indicative ? PublicationStatus.INDICATIVE : PublicationStatus.PUBLISHABLE;
    return new Measurement(
        indicator,
        structure,
        period,
        used == 0 ? null : sum / used,
        sum,
        used,
        used,
        status,
        null,
        Map.of(MEMBER_WITHOUT_VALUE, withoutValue),
        parameters);
  }
}
