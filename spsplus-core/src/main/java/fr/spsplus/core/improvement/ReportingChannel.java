package fr.spsplus.core.improvement;

/** How an irritant reached the service (spsplus's classification). */
public enum ReportingChannel {
  /** At the counter or reception desk. */
  IN_PERSON,
  /** By phone. */
  PHONE,
  /** By post. */
  MAIL,
  /** By e-mail. */
  EMAIL,
  /** Through an online form or the "Je donne mon avis" button. */
  ONLINE_FORM,
  /** An experience published on the Services Publics+ platform. */
  SP_PLUS_PLATFORM,
  /** In the answers of a survey. */
  SURVEY,
  /** In a service meeting, a stand-up meeting or a workshop. */
  SERVICE_MEETING,
  /** Through the service's tool for proposals and irritants ("Or" criterion B1). */
  SUGGESTION_TOOL,
  /** At a comité local de l'amélioration continue. */
  LOCAL_COMMITTEE,
  /** In an audit report. */
  AUDIT_REPORT,
  /** Any other channel. */
  OTHER
}
