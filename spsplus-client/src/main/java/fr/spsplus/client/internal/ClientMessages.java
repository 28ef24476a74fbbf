package fr.spsplus.client.internal;

import fr.spsplus.client.SpsplusException;
import fr.spsplus.core.i18n.MessageBundle;

/** The message bundle of the package {@code fr.spsplus.client}, shared with its implementation. */
public final class ClientMessages {

  /** {@code fr/spsplus/client/messages.properties} and its English twin. */
  public static final MessageBundle BUNDLE = MessageBundle.of(SpsplusException.class, "messages");

  private ClientMessages() {}
}
