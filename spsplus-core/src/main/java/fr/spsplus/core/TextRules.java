package fr.spsplus.core;

/**
 * The formats and lengths shared by the identifiers and free texts of spsplus's domain records
 * (audits, criteria, actions, irritants, proposals…), usable in Jakarta Validation annotations.
 *
 * <p>The bounds are spsplus's choices, generous for real data and small enough to keep records,
 * messages and files reasonable.
 */
public final class TextRules {

  /**
   * The format of a domain identifier: 1 to 64 characters, ASCII letters, digits, {@code .}, {@code
   * _}, {@code :} or {@code -}, starting with a letter or a digit (for example {@code E4.2}, {@code
   * IRR-2025-042}).
   */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  /** The maximum length of a title, a name or a short label, in characters. */
  public static final int TITLE_MAX = 300;

  /** The maximum length of a free text (description, reason, comment), in characters. */
  public static final int TEXT_MAX = 4000;

  private TextRules() {}
}
