package fr.spsplus.core.improvement;

import fr.spsplus.core.i18n.MessageBundle;

/** The message bundle of this package. */
final class ImprovementMessages {

  static final MessageBundle BUNDLE = MessageBundle.of(ImprovementMessages.class, "messages");

  private ImprovementMessages() {}
}
