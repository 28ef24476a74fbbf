package fr.spsplus.indicators.survey;

import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.indicators.Measurement;
import java.util.Objects;

/**
 * The post-call satisfaction ({@link IndicatorCode#SATISFACTION_TELEPHONE}, dashboard indicator 7)
 * and the response rate of its survey.
 *
 * <p>The measurement's parameters repeat the response rate: {@code responses}, {@code
 * answered_calls} and, when calls were answered, {@code response_rate} (a proportion).
 *
 * @param satisfaction the top-box rate of the post-call question
 * @param responseRate the responses and the calls answered by an agent
 */
public record TelephoneSatisfaction(Measurement satisfaction, ResponseRate responseRate) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public TelephoneSatisfaction {
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(responseRate, "responseRate");
  }
}
