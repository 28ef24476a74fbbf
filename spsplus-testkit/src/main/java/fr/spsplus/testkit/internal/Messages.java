package fr.spsplus.testkit.internal;

import fr.spsplus.core.i18n.MessageBundle;

/** The messages of the fake platform's answers, French by default, English on request. */
public final class Messages {

  /** The bundle {@code fr/spsplus/testkit/internal/messages*.properties}. */
  public static final MessageBundle BUNDLE = MessageBundle.of(Messages.class, "messages");

  private Messages() {}
}
