package fr.spsplus.core.audit;

/**
 * Why an audit takes place in the life of a label.
 *
 * <p>The initial audit and the 3-year cycle are sourced (label Services Publics+, valid 3 years);
 * the follow-up audit mirrors the Marianne/Qual-e-pref practice (18 months after the award), not
 * confirmed for Services Publics+ (see {@code fr.spsplus.core.label.LabelRules}).
 */
public enum AuditType {
  /** The first audit of an application. */
  INITIAL,
  /** The audit during the validity that checks the label is still deserved. */
  FOLLOW_UP,
  /** The audit of a new application when the label comes to term. */
  RENEWAL
}
