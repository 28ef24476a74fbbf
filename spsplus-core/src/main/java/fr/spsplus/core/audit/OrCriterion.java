package fr.spsplus.core.audit;

import fr.spsplus.core.i18n.MessageBundle;
import java.util.Locale;

/**
 * The additional criteria of the "Or" tier of the label Services Publics+, dedicated to managing
 * continuous improvement.
 *
 * <p>Source: DITP document "Critères supplémentaires du label « Or » — dispositions détaillées"
 * ({@code seeds/001_…}, text partly lost in the source). Descriptions are French paraphrases (with
 * English translations), not quotations; a few words missing from the source are left out.
 * Obtaining the "Or" tier requires, cumulatively, minimum scores on the user survey, the agent
 * survey, the audit of each engagement, and these criteria; the minimum scores are not public.
 */
public enum OrCriterion {
  /** Dedicated time slots on quality of service, with front-line agents. */
  A1(OrCriterionGroup.A),
  /** Stand-up meetings around a visual board: objectives, results, successes, action plans. */
  A2(OrCriterionGroup.A),
  /** Visual management of the processing of users' requests. */
  A3(OrCriterionGroup.A),
  /** Positive user verbatims communicated regularly. */
  A4(OrCriterionGroup.A),
  /** Quality results and verbatims presented regularly. */
  A5(OrCriterionGroup.A),
  /** One ad-hoc indicator per improvement action, compared with expected or prior results. */
  A6(OrCriterionGroup.A),
  /**
   * A known, open procedure or tool to identify, prioritise and process proposals and irritants.
   */
  B1(OrCriterionGroup.B),
  /** Its rules communicated, answers against defined criteria, every proposal answered. */
  B2(OrCriterionGroup.B),
  /** Agents trained in problem analysis: Pareto, 5 pourquoi, QQOQCCP, 5M. */
  C1(OrCriterionGroup.C),
  /** Collaborative workshops: problem solving, design thinking, world café, speed boat… */
  C2(OrCriterionGroup.C),
  /** Front-line agents take part in user-experience work and help identify irritants. */
  C3(OrCriterionGroup.C),
  /** Cross-testing: agents of one service test a procedure of another. */
  C4(OrCriterionGroup.C),
  /** Managers meet front-line agents to spot irritants and back quick wins. */
  C5(OrCriterionGroup.C);

  private static final MessageBundle TEXTS = MessageBundle.of(OrCriterion.class, "or-criteria");

  private final OrCriterionGroup group;

  OrCriterion(OrCriterionGroup group) {
    this.group = group;
  }

  /**
   * Returns the criterion's group.
   *
   * @return A, B or C
   */
  public OrCriterionGroup group() {
    return group;
  }

  /**
   * Returns the criterion's French description (a paraphrase of the DITP document).
   *
   * @return the description
   */
  public String description() {
    return description(Locale.FRENCH);
  }

  /**
   * Returns the criterion's description in the reader's language (English for {@code en}).
   *
   * @param locale the reader's locale
   * @return the description
   */
  public String description(Locale locale) {
    return TEXTS.pattern(locale, name());
  }
}
