package fr.spsplus.core.arbitraries;

import fr.spsplus.core.privacy.PersonalDataKind;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for {@code fr.spsplus.core.privacy}: valid personal-data values of each kind, in the
 * usual written forms, and French filler text that contains none. The check digits are computed
 * here, independently of the detector, so that properties compare two implementations. All values
 * are synthetic.
 */
public final class PrivacyArbitraries {

  private PrivacyArbitraries() {}

  /** A generated value with its kind. */
  public record Sample(PersonalDataKind kind, String value) {
    /** Returns the kind only: samples are personal-data look-alikes, never printed. */
    @Override
    public String toString() {
      return "Sample[" + kind + ", " + value.length() + " chars]";
    }
  }

  private static final String[] SEPARATORS = {" ", "\u00a0", ".", "-"};

  /**
   * Valid samples of every kind.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Sample> samples() {
    return Arbitraries.oneOf(
        emails().map(v -> new Sample(PersonalDataKind.EMAIL, v)),
        phones().map(v -> new Sample(PersonalDataKind.PHONE, v)),
        nirs().map(v -> new Sample(PersonalDataKind.NIR, v)),
        ibans().map(v -> new Sample(PersonalDataKind.IBAN, v)),
        cards().map(v -> new Sample(PersonalDataKind.CARD, v)));
  }

  /**
   * E-mail addresses on reserved example domains.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> emails() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> local =
        Combinators.combine(word, Arbitraries.of(".", "_", "-", "+", ""), word)
            .as((a, sep, b) -> a + sep + b);
    return Combinators.combine(
            local, Arbitraries.of("example.com", "example.org", "exemple.test", "mail.example.fr"))
        .as((l, d) -> l + "@" + d);
  }

  /**
   * French phone numbers, national (metropolitan and overseas) and international, in the usual
   * groupings.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> phones() {
    Arbitrary<String> national =
        Combinators.combine(
                Arbitraries.of(
                    "01", "02", "03", "04", "05", "06", "07", "09", "0262", "0269", "0590", "0594",
                    "0596", "0639", "0690", "0694", "0696"),
                Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.of(SEPARATORS).injectNull(0.3))
            .as(
                (prefix, rest, sep) -> {
                  String digits = (prefix + rest).substring(0, 10);
                  return sep == null ? digits : pairs(digits, sep);
                });
    Arbitrary<String> international =
        Combinators.combine(
                Arbitraries.of("+33 ", "+33", "0033 ", "00 33 ", "+33 (0)"),
                Arbitraries.integers().between(1, 9),
                Arbitraries.strings().numeric().ofLength(8))
            .as((prefix, first, rest) -> prefix + first + " " + pairs(rest, " "));
    Arbitrary<String> overseas =
        Combinators.combine(
                Arbitraries.of(
                    "+262 692",
                    "+262 262",
                    "+590 690",
                    "+594 694",
                    "+596 696",
                    "+269 639",
                    "00262 692"),
                Arbitraries.strings().numeric().ofLength(6))
            .as((prefix, rest) -> prefix + " " + pairs(rest, " "));
    return Arbitraries.oneOf(national, international, overseas);
  }

  /**
   * NIRs with a valid key, Corsican départements included, compact or grouped.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> nirs() {
    Arbitrary<String> department =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 95).map(d -> String.format("%02d", d)),
            Arbitraries.of("2A", "2B", "99"));
    return Combinators.combine(
            Arbitraries.of("1", "2"),
            Arbitraries.strings().numeric().ofLength(2),
            Arbitraries.integers().between(1, 12).map(m -> String.format("%02d", m)),
            department,
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.of(" ", "", "\u00a0", "."))
        .as(
            (sex, year, month, dept, rest, sep) -> {
              String body = sex + year + month + dept + rest;
              String key = String.format("%02d", nirKey(body));
              return String.join(
                  sep,
                  List.of(sex, year, month, dept, rest.substring(0, 3), rest.substring(3), key));
            });
  }

  /**
   * Valid IBANs of a few countries, compact or in groups of four.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> ibans() {
    Arbitrary<String[]> bban =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofLength(23).map(b -> new String[] {"FR", b}),
            Arbitraries.strings().numeric().ofLength(18).map(b -> new String[] {"DE", b}),
            Arbitraries.strings().numeric().ofLength(12).map(b -> new String[] {"BE", b}),
            Arbitraries.strings().numeric().ofLength(20).map(b -> new String[] {"ES", b}),
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(4)
                .flatMap(
                    bank ->
                        Arbitraries.strings()
                            .numeric()
                            .ofLength(14)
                            .map(n -> new String[] {"GB", bank + n})));
    return Combinators.combine(bban, Arbitraries.of(true, false))
        .as(
            (parts, grouped) -> {
              String iban = parts[0] + ibanCheck(parts[0], parts[1]) + parts[1];
              return grouped ? groups(iban, 4, " ") : iban;
            });
  }

  /**
   * Luhn-valid card numbers with real network prefixes, compact or in groups.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> cards() {
    return Combinators.combine(
            Arbitraries.of(
                "4|16", "4970|16", "51|16", "55|16", "2221|16", "2720|16", "34|15", "37|15",
                "6011|16", "3530|16", "4|13", "62|19"),
            Arbitraries.strings().numeric().ofLength(18),
            Arbitraries.of(" ", "-", ""))
        .as(
            (spec, digits, sep) -> {
              String prefix = spec.substring(0, spec.indexOf('|'));
              int length = Integer.parseInt(spec.substring(spec.indexOf('|') + 1));
              String body = (prefix + digits).substring(0, length - 1);
              String number = body + luhnDigit(body);
              if (sep.isEmpty()) {
                return number;
              }
              if (length == 15) {
                return number.substring(0, 4)
                    + sep
                    + number.substring(4, 10)
                    + sep
                    + number.substring(10);
              }
              return groups(number, 4, sep);
            });
  }

  /**
   * French filler text without personal data: words, punctuation, small numbers, dates, amounts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> fillers() {
    return Arbitraries.of(
            "Bonjour,",
            "j’ai",
            "attendu",
            "deux heures",
            "au guichet",
            "de la CAF.",
            "Merci",
            "pour",
            "votre accueil",
            "le 12/03/2024",
            "à 14h30",
            "soit 1 234,56 €",
            "(dossier",
            "n° 2024-123456)",
            "à Paris 75015.",
            "Très",
            "déçu",
            "!",
            "\n",
            "l'agent",
            "était",
            "aimable",
            "SIRET 732 829 320 00074",
            "; puis",
            "— hélas —",
            "«",
            "»",
            "2024-03-12",
            "12.03.2024",
            "Cordialement.")
        .list()
        .ofMaxSize(12)
        .map(words -> String.join(" ", words));
  }

  /** Computes a NIR key: 97 − (N mod 97), with 2A → 19 and 2B → 18. */
  static int nirKey(String body13) {
    String numeric = body13.replace("2A", "19").replace("2B", "18");
    return 97 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
  }

  /** Computes the two IBAN check digits: 98 − (BBAN + country + "00" as digits mod 97). */
  static String ibanCheck(String country, String bban) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return String.format("%02d", check);
  }

  /** Computes the Luhn check digit of a number without it. */
  static int luhnDigit(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int d = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  private static String pairs(String digits, String sep) {
    return groups(digits, 2, sep);
  }

  private static String groups(String text, int size, String sep) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i += size) {
      if (i > 0) {
        out.append(sep);
      }
      out.append(text, i, Math.min(text.length(), i + size));
    }
    return out.toString();
  }
}
