package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel through which users reach a structure, and through which an experience happened.
 *
 * <p>The constant names are the stable codes. The platform lets a structure's agent record the
 * contact channels of an experience (FAQ of plus.transformation.gouv.fr); the experiences export
 * lists them per structure in "Canaux Typologie N", with values seen in public reuse code such as
 * {@code accueil}, {@code telephone}, {@code courrier}, {@code e-mail}, {@code demarche en ligne}.
 * The official list of channels is not public: this set is a <strong>proposed default</strong>
 * covering those values plus chat and video calls, which some services offer. {@link #find(String)}
 * reads the open-data values.
 */
public enum ContactChannel {
  /** Face-to-face reception at a desk ("accueil physique", "guichet"). */
  ACCUEIL_PHYSIQUE("Accueil physique"),
  /** Telephone. */
  TELEPHONE("Téléphone"),
  /** Postal mail. */
  COURRIER("Courrier"),
  /** E-mail ("courriel"). */
  EMAIL("Courriel"),
  /** An online form or online procedure ("démarche en ligne"). */
  FORMULAIRE_EN_LIGNE("Formulaire en ligne"),
  /** Instant messaging with an agent or a bot ("tchat"). */
  CHAT("Messagerie instantanée"),
  /** Video call ("visioconférence", "visio-guichet"). */
  VISIO("Visioconférence");

  private static final Map<String, ContactChannel> SYNONYMS =
      Map.ofEntries(
          Map.entry("accueil", ACCUEIL_PHYSIQUE),
          Map.entry("accueil physique", ACCUEIL_PHYSIQUE),
          Map.entry("guichet", ACCUEIL_PHYSIQUE),
          Map.entry("telephone", TELEPHONE),
          Map.entry("tel", TELEPHONE),
          Map.entry("courrier", COURRIER),
          Map.entry("courrier postal", COURRIER),
          Map.entry("e mail", EMAIL),
          Map.entry("email", EMAIL),
          Map.entry("courriel", EMAIL),
          Map.entry("mail", EMAIL),
          Map.entry("formulaire en ligne", FORMULAIRE_EN_LIGNE),
          Map.entry("demarche en ligne", FORMULAIRE_EN_LIGNE),
          Map.entry("chat", CHAT),
          Map.entry("tchat", CHAT),
          Map.entry("messagerie instantanee", CHAT),
          Map.entry("visio", VISIO),
          Map.entry("visioconference", VISIO),
          Map.entry("visio guichet", VISIO));

  private final String label;

  ContactChannel(String label) {
    this.label = label;
  }

  /**
   * Returns the French label, for display.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Finds the channel named by a code, a French label or an open-data value, ignoring case,
   * accents, surrounding blanks and the difference between {@code -}, {@code _} and a space: {@code
   * "TELEPHONE"}, {@code "téléphone"}, {@code "e-mail"}, {@code "Accueil physique"}, {@code
   * "demarche en ligne"}.
   *
   * <p>Values with no channel of this enum, such as {@code reseaux sociaux} or {@code compte ou
   * espace personnel}, give an empty result.
   *
   * @param text the text
   * @return the channel, or empty
   */
  public static Optional<ContactChannel> find(String text) {
    Objects.requireNonNull(text, "text");
    String key = Texts.fold(text);
    for (ContactChannel channel : values()) {
      if (Texts.fold(channel.name()).equals(key) || Texts.fold(channel.label).equals(key)) {
        return Optional.of(channel);
      }
    }
    return Optional.ofNullable(SYNONYMS.get(key));
  }

  /**
   * Parses a channel like {@link #find(String)}, failing when no channel matches.
   *
   * @param text the text
   * @return the channel
   * @throws InvalidInputException if no channel matches; the message lists the codes
   */
  public static ContactChannel parse(String text) {
    return find(text)
        .orElseThrow(
            () -> Checks.unknownCode("channel", Arrays.stream(values()).map(Enum::name).toList()));
  }
}
