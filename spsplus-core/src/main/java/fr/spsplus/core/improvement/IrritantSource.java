package fr.spsplus.core.improvement;

/**
 * Who raised an irritant or a proposal. Irritants come from users, agents, elected officials and
 * audits (DITP page "Amélioration continue", {@code seeds/000_…}); the other codes complete the
 * list.
 */
public enum IrritantSource {
  /** A user of the service (usager). */
  USAGER,
  /** An agent of the service. */
  AGENT,
  /** A local elected official (élu). */
  ELU,
  /** A partner of the service (association, other administration, France services…). */
  PARTENAIRE,
  /** An audit (label audit, internal audit, mystery visit). */
  AUDIT,
  /** A satisfaction survey (enquête). */
  ENQUETE,
  /** Any other source. */
  AUTRE
}
