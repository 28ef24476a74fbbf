package fr.spsplus.core.improvement;

/**
 * The roles of the participants of a comité local de l'amélioration continue: users, elected
 * officials and partners prioritise the actions; agents take part (DITP pages "Amélioration
 * continue", {@code seeds/000_…}, and
 * https://www.plus.transformation.gouv.fr/lamelioration-continue-des-services-publics).
 */
public enum ParticipantRole {
  /** A user of the service. */
  USAGER,
  /** A local elected official. */
  ELU,
  /** A partner (association, other public service…). */
  PARTENAIRE,
  /** An agent or manager of the service. */
  AGENT
}
