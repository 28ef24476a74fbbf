package fr.spsplus.client.platform;

import fr.spsplus.core.i18n.MessageBundle;

/** The message bundle of this package: {@code fr/spsplus/client/platform/messages*.properties}. */
final class PlatformMessages {

  static final MessageBundle BUNDLE = MessageBundle.of(PlatformMessages.class, "messages");

  private PlatformMessages() {}
}
