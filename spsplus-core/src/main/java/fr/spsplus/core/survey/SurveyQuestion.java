package fr.spsplus.core.survey;

import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.internal.Checks;

/**
 * The questions of the user surveys behind the perception indicators. The constant names are the
 * stable codes of the CLI and of the JSON documents.
 *
 * <p>Each question feeds one {@link IndicatorCode} and has a default scale, the 4-point
 * satisfaction scale with NSP. Only the start of the global satisfaction question is public
 * ("Globalement, êtes-vous satisfait de la qualité de s…",
 * https://www.plus.transformation.gouv.fr/engagement/6); the wordings quoted below and the default
 * scales are <strong>proposed defaults</strong>.
 */
public enum SurveyQuestion {
  /** Overall satisfaction ("Globalement, êtes-vous satisfait de la qualité de service ?"). */
  SATISFACTION_GLOBALE(IndicatorCode.SATISFACTION_GLOBALE, SurveyScale.FOUR_POINT),
  /** Satisfaction with the processing time ("le délai de traitement de ma demande"). */
  DELAIS(IndicatorCode.SATISFACTION_DELAIS, SurveyScale.FOUR_POINT),
  /** Ease of reaching the service ("il a été facile de joindre le service"). */
  ACCESSIBILITE(IndicatorCode.ACCESSIBILITE, SurveyScale.FOUR_POINT),
  /**
   * Simplicity of the procedure ("ma démarche a été simple"); a higher satisfied share means less
   * effort. The CES 2.0 scale ({@link SurveyScale#CES_1_7}) is the documented alternative.
   */
  EFFORT(IndicatorCode.EFFORT, SurveyScale.FOUR_POINT),
  /** Quality of the relationship ("j'ai été accueilli avec bienveillance et respect"). */
  RELATION(IndicatorCode.QUALITE_RELATION, SurveyScale.FOUR_POINT),
  /** Satisfaction after a phone call with an agent (post-call survey, voice server or SMS). */
  TELEPHONE(IndicatorCode.SATISFACTION_TELEPHONE, SurveyScale.FOUR_POINT);

  private final IndicatorCode indicator;
  private final SurveyScale defaultScale;

  SurveyQuestion(IndicatorCode indicator, SurveyScale defaultScale) {
    this.indicator = indicator;
    this.defaultScale = defaultScale;
  }

  /**
   * Returns the indicator that the answers to this question feed.
   *
   * @return the indicator
   */
  public IndicatorCode indicator() {
    return indicator;
  }

  /**
   * Returns the scale used when a survey does not say otherwise.
   *
   * @return the default scale
   */
  public SurveyScale defaultScale() {
    return defaultScale;
  }

  /**
   * Reads a question code (its exact constant name; surrounding blanks are ignored).
   *
   * @param code the code, for example {@code DELAIS}
   * @return the question
   * @throws fr.spsplus.core.InvalidInputException if the code is unknown (the message lists the
   *     accepted codes)
   */
  public static SurveyQuestion parse(String code) {
    return Checks.parseCode(SurveyQuestion.class, code, "question");
  }
}
