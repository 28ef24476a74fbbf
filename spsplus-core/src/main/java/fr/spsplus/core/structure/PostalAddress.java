package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The postal address of a structure, as the open-data directory publishes it.
 *
 * <p><strong>The postal code is text, never a number.</strong> In the {@code export-structures}
 * dataset the column "Code postal de la structure" often lost its leading zero ({@code 4000} for
 * Digne-les-Bains, 04000), and foreign addresses carry codes of 1 to 6 characters ({@code 186} for
 * Rome). This record keeps the published text untouched; {@link #frenchPostalCode()} restores the
 * 5-digit French form only where that is safe. Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>
 * (profile of the May 2023 export: 985 four-character codes out of 14,763).
 *
 * @param lines the lines of the street address (column "Adresse", which may hold several lines),
 *     stripped, without blank lines; empty when unknown
 * @param complement the complement (column "Compléments Adresse"), or {@code null}
 * @param postalCode the postal code exactly as published, or {@code null} when absent
 * @param city the city (column "Ville"), or {@code null}
 * @param country the country (column "PAYS", for example {@code France}, {@code Italie}), or {@code
 *     null}
 */
public record PostalAddress(
    @NotNull List<@NotNull @Size(max = PostalAddress.MAX_TEXT_LENGTH) String> lines,
    @Nullable @Size(max = PostalAddress.MAX_TEXT_LENGTH) String complement,
    @Nullable @Size(max = 16) String postalCode,
    @Nullable @Size(max = PostalAddress.MAX_TEXT_LENGTH) String city,
    @Nullable @Size(max = PostalAddress.MAX_TEXT_LENGTH) String country) {

  /** Maximum length of one address text (proposed default). */
  public static final int MAX_TEXT_LENGTH = 500;

  /** The address with every component absent. */
  public static final PostalAddress EMPTY = new PostalAddress(List.of(), null, null, null, null);

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if a line is blank
   */
  public PostalAddress {
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    for (String line : lines) {
      Checks.requireNonBlank(line, "address.lines");
    }
  }

  /**
   * Builds an address from the raw texts of the open-data columns: the street text is split into
   * lines (on {@code \n}, {@code \r\n} or {@code \r}), each line stripped, blank lines dropped;
   * blank texts become {@code null}.
   *
   * @param street the text of "Adresse", possibly multi-line, or {@code null}
   * @param complement the text of "Compléments Adresse", or {@code null}
   * @param postalCode the text of "Code postal de la structure", or {@code null}
   * @param city the text of "Ville", or {@code null}
   * @param country the text of "PAYS", or {@code null}
   * @return the address
   */
  public static PostalAddress fromOpenData(
      @Nullable String street,
      @Nullable String complement,
      @Nullable String postalCode,
      @Nullable String city,
      @Nullable String country) {
    List<String> lines = new ArrayList<>();
    if (street != null) {
      for (String line : street.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return new PostalAddress(
        lines,
        blankToNull(complement),
        blankToNull(postalCode),
        blankToNull(city),
        blankToNull(country));
  }

  /**
   * Returns the French 5-digit postal code, restored when that is safe.
   *
   * <p>Rules, applied only when {@link #country()} is France (compared ignoring case and
   * surrounding blanks; an absent country is not France):
   *
   * <ul>
   *   <li>5 ASCII digits: returned as is;
   *   <li>4 ASCII digits: the leading zero lost by a spreadsheet is restored ({@code 4000} → {@code
   *       04000}); French codes below 10000 all belong to départements 01 to 09, so the restoration
   *       cannot produce a code of another département;
   *   <li>anything else (1–3 or 6+ characters, letters, spaces): empty, because no safe French
   *       reading exists.
   * </ul>
   *
   * @return the 5-digit code, or empty when it cannot be restored safely
   */
  public Optional<String> frenchPostalCode() {
    if (postalCode == null || country == null || !isFrance(country)) {
      return Optional.empty();
    }
    String code = postalCode.strip();
    if (!isAsciiDigits(code)) {
      return Optional.empty();
    }
    if (code.length() == 5) {
      return Optional.of(code);
    }
    if (code.length() == 4) {
      return Optional.of("0" + code);
    }
    return Optional.empty();
  }

  private static boolean isFrance(String country) {
    return country.strip().toLowerCase(Locale.ROOT).equals("france");
  }

  private static boolean isAsciiDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
