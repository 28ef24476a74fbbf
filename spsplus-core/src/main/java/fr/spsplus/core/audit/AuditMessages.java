package fr.spsplus.core.audit;

import fr.spsplus.core.i18n.MessageBundle;

/** The message bundle of this package. */
final class AuditMessages {

  static final MessageBundle BUNDLE = MessageBundle.of(AuditMessages.class, "messages");

  private AuditMessages() {}
}
