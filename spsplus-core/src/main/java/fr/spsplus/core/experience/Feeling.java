package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Texts;
import java.util.Objects;

/**
 * The user's feeling about an experience ("ressenti usager").
 *
 * <p>The open data publishes it as the labels {@code Négatif}, {@code Neutre} and {@code Positif}
 * (field {@code ressenti_usager}, seen in public reuse code of the experiences export); the
 * constant names are the stable codes.
 */
public enum Feeling {
  /** "Négatif". */
  NEGATIF("Négatif"),
  /** "Neutre". */
  NEUTRE("Neutre"),
  /** "Positif". */
  POSITIF("Positif");

  private static final MessageBundle MESSAGES = MessageBundle.of(Feeling.class, "messages");

  private final String label;

  Feeling(String label) {
    this.label = label;
  }

  /**
   * Returns the open-data label: {@code Négatif}, {@code Neutre} or {@code Positif}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Parses a code or an open-data label, ignoring case, accents and surrounding blanks: {@code
   * NEGATIF}, {@code Négatif}, {@code négatif}, {@code NÉGATIF}, {@code negatif } all give {@link
   * #NEGATIF}.
   *
   * @param text the text
   * @return the feeling
   * @throws InvalidInputException if the text names no feeling
   */
  public static Feeling parse(String text) {
    Objects.requireNonNull(text, "text");
    String folded = Texts.fold(text);
    for (Feeling feeling : values()) {
      if (Texts.fold(feeling.label).equals(folded)) {
        return feeling;
      }
    }
    throw new InvalidInputException(MESSAGES.message("feeling.unknown"));
  }
}
