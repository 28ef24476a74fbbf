package fr.spsplus.core.privacy;

import fr.spsplus.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data in free text: e-mail addresses, French phone numbers, social-security numbers
 * (NIR), IBANs and payment-card numbers.
 *
 * <p><strong>What is found</strong> (each kind also requires that the match is not glued to a
 * letter or digit on either side; the end of a previous match counts as a boundary, so that two
 * pieces of personal data written together are both found):
 *
 * <ul>
 *   <li>{@link PersonalDataKind#EMAIL}: a pragmatic subset of RFC 5322 {@code addr-spec}: a local
 *       part of 1–64 "atext" characters and dots (no leading, trailing or double dot; letters may
 *       be non-ASCII, as RFC 6531 allows; of a longer run, or one with a double dot, the address is
 *       the part after the last double dot, at most 64 characters: what precedes an address never
 *       hides it), {@code @}, a domain of at least two labels (letters, digits, inner hyphens, 1–63
 *       characters each) whose last label is alphabetic, 2 letters or more. Quoted local parts,
 *       comments and address literals ({@code [192.0.2.1]}) are not recognised; neither are
 *       obfuscations such as {@code jean [at] exemple.fr}.
 *   <li>{@link PersonalDataKind#PHONE}: French numbers: 10 digits starting with {@code 0} and a
 *       non-zero digit ({@code 01}–{@code 09}: metropolitan numbers and the overseas forms {@code
 *       0262}, {@code 0269}, {@code 0590}, {@code 0594}, {@code 0596}, {@code 0639}, {@code 0690},
 *       {@code 0694}, {@code 0696}…), written in one block or with single spaces, non-breaking
 *       spaces, dots or dashes between digits ({@code 06 12 34 56 78}, {@code 06.12.34.56.78},
 *       {@code 0612345678}); international forms with {@code +33}, {@code 0033} or {@code 00 33},
 *       and the overseas country codes {@code +262}, {@code +269}, {@code +590}, {@code +594},
 *       {@code +596}, followed by the 9-digit national number, with an optional trunk {@code 0}
 *       written {@code (0)} or bare ({@code +33 (0)6 12 34 56 78}, {@code +33612345678}). The
 *       number must end at the end of a digit group: {@code 06 12 34 56 78 9} is a phone followed
 *       by a digit, {@code 061234567890} is not a phone. Other countries' numbers are not
 *       recognised.
 *   <li>{@link PersonalDataKind#NIR}: 15 characters — sex {@code 1} or {@code 2}, year, month,
 *       département (digits, or {@code 2A}/{@code 2B} for Corsica), commune, order number, key — in
 *       one block or with single separators ({@code 1 85 05 78 006 084 36}), whose key equals
 *       {@code 97 − (N mod 97)} with {@code 2A} → 19 and {@code 2B} → 18 (sources:
 *       service-public.fr question F33078 "Que signifie le numéro de sécurité sociale ?"; INSEE).
 *       <strong>A 15-character number with a wrong key is not reported</strong>: the key is what
 *       tells a NIR from any 15-digit reference, and reporting every 15-digit number starting with
 *       1 or 2 would flag many case numbers. Sex digits 3, 4, 7 and 8 (temporary and special
 *       numbers) are not accepted: no public source describing them was found. 13-character NIRs
 *       without their key are not recognised.
 *   <li>{@link PersonalDataKind#IBAN}: a country code of the SWIFT registry (89 countries), two
 *       check digits and the country's BBAN structure and length, in one block or in groups
 *       separated by single spaces ({@code FR76 3000 6000 0112 3456 7890 189}); letters in any
 *       case; the ISO 7064 MOD 97-10 check must give 1 (ISO 13616).
 *   <li>{@link PersonalDataKind#CARD}: 13, 15, 16, 17, 18 or 19 digits, in one block or in groups
 *       of four separated by single spaces or dashes (or 4-6-5 for 15 digits), with a valid Luhn
 *       check and the prefix and length of a real card network (Visa, Mastercard, American Express,
 *       Discover, JCB, UnionPay, Diners, Maestro, Mir). 14-digit numbers are never cards here, so
 *       that SIRET numbers (Luhn-valid) are not reported.
 * </ul>
 *
 * <p><strong>What is not found</strong>, by design: dates ({@code 12/03/2024}, {@code 2024-03-12},
 * {@code 12.03.2024}), times, amounts ({@code 1 234,56 €}), postal codes, SIREN and SIRET numbers,
 * file references ({@code dossier n° 2024-123456}), and anything that is not one of the five kinds
 * (names, postal addresses, tax numbers…). A labelled corpus in the tests measures precision and
 * recall per kind.
 *
 * <p><strong>Cost</strong>: one pass over the text for e-mails (each {@code @} looks at most 64
 * characters back and 255 forward) and one for numbers (each candidate start, a letter, digit or
 * {@code +} after a non-alphanumeric character, reads at most 40 characters); no regular
 * expression, no backtracking: time is linear in the text's length, whatever the input.
 *
 * <p>Matches never overlap; e-mail addresses take precedence (a phone number inside an address is
 * part of the address). Instances are immutable and thread-safe; share {@link #standard()}.
 */
public final class PersonalDataDetector {

  private static final PersonalDataDetector STANDARD =
      new PersonalDataDetector(EnumSet.allOf(PersonalDataKind.class));

  private final Set<PersonalDataKind> kinds;
  private final boolean email;
  private final boolean phone;
  private final boolean nir;
  private final boolean iban;
  private final boolean card;

  private PersonalDataDetector(Set<PersonalDataKind> kinds) {
    this.kinds = Set.copyOf(kinds);
    this.email = kinds.contains(PersonalDataKind.EMAIL);
    this.phone = kinds.contains(PersonalDataKind.PHONE);
    this.nir = kinds.contains(PersonalDataKind.NIR);
    this.iban = kinds.contains(PersonalDataKind.IBAN);
    this.card = kinds.contains(PersonalDataKind.CARD);
  }

  /**
   * Returns the detector of every kind.
   *
   * @return the shared instance
   */
  public static PersonalDataDetector standard() {
    return STANDARD;
  }

  /**
   * Returns a detector restricted to some kinds. The others are ignored (a number that would be a
   * NIR is not reported as anything else when NIR is not among the kinds).
   *
   * @param kinds the kinds to find, at least one
   * @return the detector
   * @throws fr.spsplus.core.InvalidInputException if {@code kinds} is empty
   */
  public static PersonalDataDetector of(Collection<PersonalDataKind> kinds) {
    Checks.requireNonEmpty(kinds, "kinds");
    EnumSet<PersonalDataKind> set = EnumSet.copyOf(kinds);
    return set.size() == PersonalDataKind.values().length
        ? STANDARD
        : new PersonalDataDetector(set);
  }

  /**
   * Returns the kinds this detector finds.
   *
   * @return the kinds, unmodifiable
   */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }

  /**
   * Finds every piece of personal data in a text.
   *
   * @param text the text
   * @return the matches, ordered by offset, never overlapping; empty when none
   */
  public List<PersonalDataMatch> scan(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new TextScan(text).run();
  }

  /**
   * Tells whether a text contains personal data of one kind.
   *
   * @param text the text
   * @param kind the kind
   * @return true if {@link #scan} finds at least one match of that kind
   */
  public boolean contains(CharSequence text, PersonalDataKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (PersonalDataMatch match : scan(text)) {
      if (match.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a text contains any personal data this detector finds.
   *
   * @param text the text
   * @return true if {@link #scan} finds at least one match
   */
  public boolean containsAny(CharSequence text) {
    return !scan(text).isEmpty();
  }

  /**
   * Replaces every match by the {@linkplain PersonalDataKind#placeholder() placeholder} of its
   * kind: {@code "Appelez le 06 12 34 56 78."} becomes {@code "Appelez le [TÉLÉPHONE]."}. Scanning
   * the result finds nothing.
   *
   * <p>That last promise is kept by construction: the result is scanned again, and redacted again,
   * until nothing is found. A second round is needed only when a placeholder changes the context of
   * text glued to a match so that a new match appears there (texts built for it, such as those a
   * fuzzer writes); each round removes at least one digit or {@code @} and adds none, so the loop
   * ends, and ordinary texts take a single round.
   *
   * @param text the text
   * @return the redacted text; equal to the input when nothing is found
   */
  public String redact(CharSequence text) {
    return redact(text, scan(text));
  }

  /** Redacts the matches already found in a text, then any a redaction reveals (see above). */
  String redact(CharSequence text, List<PersonalDataMatch> matches) {
    String redacted = replace(text, matches);
    List<PersonalDataMatch> revealed = matches.isEmpty() ? List.of() : scan(redacted);
    while (!revealed.isEmpty()) {
      redacted = replace(redacted, revealed);
      revealed = scan(redacted);
    }
    return redacted;
  }

  private static String replace(CharSequence text, List<PersonalDataMatch> matches) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (PersonalDataMatch match : matches) {
      out.append(text, from, match.start()).append(match.kind().placeholder());
      from = match.end();
    }
    return out.append(text, from, text.length()).toString();
  }

  @Override
  public String toString() {
    return "PersonalDataDetector" + EnumSet.copyOf(kinds);
  }

  /** One scan of one text: the state of a call, confined to its thread. */
  private final class TextScan {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_LABEL = 63;

    /** The longest word a phone number may be glued to: 5 letters ({@code tel}, {@code au}…). */
    private static final int MAX_GLUED_WORD = 5;

    /** The most characters a number candidate reads: 20 digits and their separators. */
    private static final int MAX_RUN_READ = 40;

    /** Marks a start without a match in {@link #midRunMatches}. */
    private static final PersonalDataMatch NONE =
        new PersonalDataMatch(PersonalDataKind.PHONE, 0, 1);

    private final CharSequence s;
    private final int n;

    /** Characters of the current run, without separators (upper case). */
    private final StringBuilder chars = new StringBuilder(40);

    /** For each character of the run: the offset just after it. */
    private final int[] ends = new int[40];

    /** For each character of the run: whether a separator precedes it. */
    private final boolean[] breaks = new boolean[40];

    TextScan(CharSequence s) {
      this.s = s;
      this.n = s.length();
    }

    List<PersonalDataMatch> run() {
      List<PersonalDataMatch> emails = email ? emails() : List.of();
      if (!(phone || nir || iban || card)) {
        return emails;
      }
      List<PersonalDataMatch> result = new ArrayList<>();
      int next = 0; // index of the next e-mail
      int lastEnd = -1; // end of the last number found
      int boundary = 0; // end of the last match of any kind: a match may start there
      int i = 0;
      while (i < n) {
        if (next < emails.size() && i >= emails.get(next).start()) {
          result.add(emails.get(next));
          i = emails.get(next).end();
          boundary = i;
          next++;
          continue;
        }
        int limit = next < emails.size() ? emails.get(next).start() : n;
        if (i == boundary || !Character.isLetterOrDigit(s.charAt(i - 1))) {
          boolean midRun =
              i >= 2
                  && i - 1 != lastEnd
                  && isSeparator(s.charAt(i - 1), true)
                  && isAsciiDigit(s.charAt(i - 2));
          PersonalDataMatch match = midRun ? midRunMatch(i, limit) : numberAt(i, limit, false);
          if (match != null) {
            result.add(match);
            i = match.end();
            lastEnd = i;
            boundary = i;
            continue;
          }
        } else if (phone && afterShortWord(i)) {
          // Glued to a word: only a phone number, as strictly grouped as in the middle of a run.
          PersonalDataMatch match =
              s.charAt(i) == '+' ? internationalPhone(i, limit) : nationalPhone(i, limit, true);
          if (match != null) {
            result.add(match);
            i = match.end();
            lastEnd = i;
            boundary = i;
            continue;
          }
        }
        i++;
      }
      while (next < emails.size()) {
        result.add(emails.get(next++));
      }
      return List.copyOf(result);
    }

    // ---------------------------------------------------------------- e-mail

    private List<PersonalDataMatch> emails() {
      List<PersonalDataMatch> found = new ArrayList<>();
      int searchFrom = 0;
      for (int at = 0; at < n; at++) {
        if (s.charAt(at) != '@' || at < searchFrom) {
          continue;
        }
        int start = localPartStart(at, searchFrom);
        if (start < 0) {
          continue;
        }
        int end = domainEnd(at + 1);
        if (end < 0) {
          continue;
        }
        found.add(new PersonalDataMatch(PersonalDataKind.EMAIL, start, end));
        searchFrom = end;
        at = end - 1;
      }
      return found;
    }

    /**
     * Returns the start of the local part ending before {@code at}, or -1 if there is none: the run
     * of "atext" characters and dots before the {@code @}, at most {@value #MAX_LOCAL} characters,
     * starting no earlier than {@code floor} (the end of the previous address), after the last
     * double dot, without leading dots; it must not end with a dot. What precedes the local part (a
     * number, another address, anything later redacted) thus never hides an address: {@code
     * 7893..jean@exemple.fr} holds {@code jean@exemple.fr}, as its redacted form {@code [CARTE
     * BANCAIRE]..jean@exemple.fr} does.
     */
    private int localPartStart(int at, int floor) {
      int start = at;
      while (start > floor && at - start < MAX_LOCAL && isAtext(s.charAt(start - 1))) {
        start--;
      }
      for (int k = at - 1; k > start; k--) {
        if (s.charAt(k) == '.' && s.charAt(k - 1) == '.') {
          start = k + 1;
          break;
        }
      }
      while (start < at && s.charAt(start) == '.') {
        start++; // "...jean@" or a sentence's dot glued to the address
      }
      if (start == at || s.charAt(at - 1) == '.') {
        return -1;
      }
      return start;
    }

    /** Returns the end of a valid domain starting at {@code from}, or -1. */
    private int domainEnd(int from) {
      int p = from;
      int labels = 0;
      int lastLabelStart = from;
      int end = -1;
      boolean lastAlpha = false;
      int previousLabelStart = -1;
      int previousEnd = -1;
      while (p < n && p - from <= MAX_DOMAIN) {
        int labelStart = p;
        boolean alpha = true;
        while (p < n && isLabelChar(s.charAt(p)) && p - labelStart <= MAX_LABEL) {
          if (!Character.isLetter(s.charAt(p))) {
            alpha = false;
          }
          p++;
        }
        int length = p - labelStart;
        if (length == 0
            || length > MAX_LABEL
            || s.charAt(labelStart) == '-'
            || s.charAt(p - 1) == '-') {
          break;
        }
        labels++;
        previousLabelStart = lastLabelStart;
        previousEnd = end;
        lastLabelStart = labelStart;
        lastAlpha = alpha;
        end = p;
        if (p + 1 < n && s.charAt(p) == '.' && isLabelChar(s.charAt(p + 1))) {
          p++;
          continue;
        }
        break;
      }
      if (labels >= 3
          && isCapitalised(lastLabelStart, end)
          && isLowerCaseWord(previousLabelStart, previousEnd)) {
        // "jean@example.com.Merci": a sentence starts after the address, a space is missing.
        end = previousEnd;
        lastLabelStart = previousLabelStart;
        labels--;
      }
      if (labels < 2 || !lastAlpha || end - lastLabelStart < 2 || end - from > MAX_DOMAIN) {
        return -1;
      }
      if (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '@')) {
        return -1;
      }
      return end;
    }

    /** An upper-case letter then lower-case letters only, two letters or more. */
    private boolean isCapitalised(int from, int to) {
      if (to - from < 2 || !Character.isUpperCase(s.charAt(from))) {
        return false;
      }
      for (int k = from + 1; k < to; k++) {
        if (!Character.isLowerCase(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** Lower-case letters only, two letters or more. */
    private boolean isLowerCaseWord(int from, int to) {
      if (to - from < 2) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if (!Character.isLowerCase(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isAtext(char c) {
      return Character.isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".indexOf(c) >= 0;
    }

    private static boolean isLabelChar(char c) {
      return Character.isLetterOrDigit(c) || c == '-';
    }

    // ---------------------------------------------------------------- numbers

    /** The matches found at starts in the middle of a run, by start ({@link #NONE} for none). */
    private final Map<Integer, PersonalDataMatch> midRunMatches = new HashMap<>();

    /** For each start of {@link #midRunMatches}: the first start at or after it with a match. */
    private final Map<Integer, Integer> nextMidRunMatch = new HashMap<>();

    /** The limit under which {@link #midRunMatches} were computed. */
    private int midRunLimit = -1;

    /**
     * Returns the match at a start {@code q} in the middle of a run of digit groups (after a
     * separator that follows a digit). Such a match must end the run ({@link #numberAt}); but a run
     * that goes on into another piece of personal data ends where that one begins, as it does once
     * that one is redacted: in {@code 78 0612345678 0712345678} both phones are found, and so the
     * redacted text {@code 78 [TÉLÉPHONE] [TÉLÉPHONE]} holds nothing. The later starts of the run
     * are settled first, from right to left and once each (no recursion, linear time).
     */
    private PersonalDataMatch midRunMatch(int q, int limit) {
      if (limit != midRunLimit) {
        midRunMatches.clear();
        nextMidRunMatch.clear();
        midRunLimit = limit;
      }
      if (!midRunMatches.containsKey(q)) {
        // The group starts of the run from q on, up to the first one already settled.
        List<Integer> starts = new ArrayList<>();
        int nearest = -1; // the first start with a match after the one being settled
        int p = q;
        while (true) {
          starts.add(p);
          int next = nextGroupStart(p, limit);
          if (next < 0) {
            break;
          }
          if (midRunMatches.containsKey(next)) {
            nearest = nextMidRunMatch.get(next);
            break;
          }
          p = next;
        }
        for (int k = starts.size() - 1; k >= 0; k--) {
          int start = starts.get(k);
          PersonalDataMatch match = numberAt(start, limit, true);
          if (match == null && nearest >= 0 && nearest - start <= MAX_RUN_READ) {
            match = numberAt(start, nearest - 1, true);
          }
          midRunMatches.put(start, match == null ? NONE : match);
          if (match != null) {
            nearest = start;
          }
          nextMidRunMatch.put(start, nearest);
        }
      }
      PersonalDataMatch match = midRunMatches.get(q);
      return match == NONE ? null : match;
    }

    /**
     * Returns where the next group of the run containing {@code p} starts: the first digit after a
     * single separator that follows a digit, reading digits and letters from {@code p}; or -1 when
     * the run ends first.
     */
    private int nextGroupStart(int p, int limit) {
      int k = p;
      while (k < limit && Character.isLetterOrDigit(s.charAt(k))) {
        k++;
      }
      if (k > p
          && k + 1 < limit
          && isAsciiDigit(s.charAt(k - 1))
          && isSeparator(s.charAt(k), true)
          && isAsciiDigit(s.charAt(k + 1))) {
        return k + 1;
      }
      return -1;
    }

    /**
     * Tries every kind at {@code i}. A start in the middle of a run of digit groups (after a
     * separator that follows a digit, as in {@code 2 69 05 93 038 295 26}) must end the run, and a
     * phone number found there must be written in one block, in pairs or as 4-2-2-2 ({@code
     * 12/03/2024 06 12 34 56 78}): suffixes of longer numbers are not reported.
     */
    private PersonalDataMatch numberAt(int i, int limit, boolean midRun) {
      char c = s.charAt(i);
      if (c == '+') {
        return phone ? internationalPhone(i, limit) : null;
      }
      if (c >= '0' && c <= '9') {
        PersonalDataMatch match = null;
        if (nir && (c == '1' || c == '2')) {
          match = nirAt(i, limit, midRun);
        }
        if (match == null && card && c != '0') {
          match = cardAt(i, limit, midRun);
        }
        if (match == null && phone && c == '0') {
          match = nationalPhone(i, limit, midRun);
        }
        return match;
      }
      if (iban && isAsciiLetter(c)) {
        return ibanAt(i, limit);
      }
      return null;
    }

    /**
     * Reads a run of characters from {@code i}: digits (and, for a NIR, {@code A}/{@code B} after a
     * {@code 2} at index 5), with at most one separator between two of them. Stops after {@code
     * max} characters.
     *
     * @return the number of characters read (in {@link #chars}, {@link #ends}, {@link #breaks})
     */
    private int readRun(int i, int limit, int max, boolean dots, boolean nirLetters) {
      chars.setLength(0);
      int count = 0;
      int p = i;
      boolean separated = false;
      while (p < limit && count < max) {
        char c = s.charAt(p);
        boolean digit = c >= '0' && c <= '9';
        boolean corsica =
            nirLetters
                && count == 6
                && chars.charAt(5) == '2'
                && !separated
                && (c == 'A' || c == 'B' || c == 'a' || c == 'b');
        if (digit || corsica) {
          chars.append(Character.toUpperCase(c));
          ends[count] = p + 1;
          breaks[count] = separated;
          count++;
          separated = false;
          p++;
          continue;
        }
        if (count > 0
            && !separated
            && isSeparator(c, dots)
            && p + 1 < limit
            && isAsciiDigit(s.charAt(p + 1))) {
          separated = true;
          p++;
          continue;
        }
        break;
      }
      return count;
    }

    /**
     * Tells whether a match of the first {@code k} characters of the run (of {@code count}) ends at
     * the end of a group: the run stops there, or a separator follows; and no letter or digit is
     * glued after it.
     */
    private boolean endsAtGroup(int k, int count, int limit) {
      if (k > count) {
        return false;
      }
      if (k < count) {
        return breaks[k];
      }
      int end = ends[k - 1];
      return end >= limit || !Character.isLetterOrDigit(s.charAt(end));
    }

    private PersonalDataMatch nationalPhone(int i, int limit, boolean midRun) {
      int count = readRun(i, limit, 16, true, false);
      if (count >= 2 && chars.charAt(1) == '0') {
        return prefixedPhone(i, count, limit, midRun);
      }
      if (count < 10 || chars.charAt(1) == '0' || !endsAtGroup(10, count, limit)) {
        return null;
      }
      if (midRun && (count != 10 || !canonicalPhoneGroups())) {
        return null;
      }
      return new PersonalDataMatch(PersonalDataKind.PHONE, i, ends[9]);
    }

    /** Whether the 10 digits read are in one block, in pairs, or grouped 4-2-2-2. */
    private boolean canonicalPhoneGroups() {
      boolean block = true;
      boolean pairs = true;
      boolean fourFirst = true;
      for (int k = 1; k < 10; k++) {
        block &= !breaks[k];
        pairs &= breaks[k] == (k % 2 == 0);
        fourFirst &= breaks[k] == (k == 4 || k == 6 || k == 8);
      }
      return block || pairs || fourFirst;
    }

    /** {@code 00} + country code + national number. */
    private PersonalDataMatch prefixedPhone(int i, int count, int limit, boolean midRun) {
      int national = countryCodeLength(chars, 2);
      if (national < 0) {
        return null;
      }
      national += 2;
      if (national < count && chars.charAt(national) == '0') {
        national++; // trunk prefix kept by mistake: 0033 06…
      }
      int k = national + 9;
      if (k <= count
          && chars.charAt(national) != '0'
          && endsAtGroup(k, count, limit)
          && (!midRun || k == count)) {
        return new PersonalDataMatch(PersonalDataKind.PHONE, i, ends[k - 1]);
      }
      return null;
    }

    /** {@code +} + country code + optional {@code (0)} + national number. */
    private PersonalDataMatch internationalPhone(int i, int limit) {
      int p = i + 1;
      StringBuilder code = new StringBuilder(3);
      while (p < limit && code.length() < 3 && isAsciiDigit(s.charAt(p))) {
        code.append(s.charAt(p));
        p++;
      }
      int length = countryCodeLength(code, 0);
      if (length < 0) {
        return null;
      }
      p = i + 1 + length;
      // "(+33) 6 12 34 56 78": the parentheses belong to the number.
      boolean parenthesised = i > 0 && s.charAt(i - 1) == '(' && p < limit && s.charAt(p) == ')';
      if (parenthesised) {
        p++;
      }
      if (p < limit && isSeparator(s.charAt(p), true)) {
        p++;
      }
      boolean trunk = false;
      if (p + 2 < limit && s.charAt(p) == '(' && s.charAt(p + 1) == '0' && s.charAt(p + 2) == ')') {
        trunk = true;
        p += 3;
        if (p < limit && isSeparator(s.charAt(p), true)) {
          p++;
        }
      }
      if (p >= limit || !isAsciiDigit(s.charAt(p))) {
        return null;
      }
      int count = readRun(p, limit, 11, true, false);
      int first = 0;
      if (!trunk && count > 0 && chars.charAt(0) == '0') {
        first = 1; // +33 06…: the trunk 0 written by mistake
      }
      int k = first + 9;
      if (k <= count && chars.charAt(first) != '0' && endsAtGroup(k, count, limit)) {
        return new PersonalDataMatch(
            PersonalDataKind.PHONE, parenthesised ? i - 1 : i, ends[k - 1]);
      }
      return null;
    }

    /**
     * Tells whether a phone number may start at {@code i} although a letter precedes it: {@code i}
     * holds {@code 0} or {@code +} right after a short word of 1 to {@value #MAX_GLUED_WORD}
     * letters that stands alone before it ({@code le0612345678}, {@code tel06 12 34 56 78}, {@code
     * Tél+33612345678}: a missing space). Codes such as {@code DOSSIER0612345678} or {@code
     * AB12C0612345678} do not qualify.
     */
    private boolean afterShortWord(int i) {
      char c = s.charAt(i);
      if (c != '0' && c != '+') {
        return false;
      }
      int k = i;
      while (k > 0 && i - k <= MAX_GLUED_WORD && Character.isLetter(s.charAt(k - 1))) {
        k--;
      }
      int letters = i - k;
      return letters >= 1
          && letters <= MAX_GLUED_WORD
          && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)));
    }

    /**
     * Returns the length of the French country code at {@code from} ({@code 33}, or {@code 262},
     * {@code 269}, {@code 590}, {@code 594}, {@code 596}), or -1.
     */
    private static int countryCodeLength(CharSequence digits, int from) {
      if (digits.length() >= from + 2
          && digits.charAt(from) == '3'
          && digits.charAt(from + 1) == '3') {
        return 2;
      }
      if (digits.length() >= from + 3) {
        String code = digits.subSequence(from, from + 3).toString();
        switch (code) {
          case "262", "269", "590", "594", "596" -> {
            return 3;
          }
          default -> {
            return -1;
          }
        }
      }
      return -1;
    }

    private PersonalDataMatch nirAt(int i, int limit, boolean midRun) {
      int count = readRun(i, limit, 16, true, true);
      if (count < 15 || !endsAtGroup(15, count, limit) || (midRun && count != 15)) {
        return null;
      }
      for (int k = 0; k < 15; k++) {
        if (k != 6 && !isAsciiDigit(chars.charAt(k))) {
          return null;
        }
      }
      if (!Checksums.nirKeyMatches(chars)) {
        return null;
      }
      return new PersonalDataMatch(PersonalDataKind.NIR, i, ends[14]);
    }

    private PersonalDataMatch cardAt(int i, int limit, boolean midRun) {
      int count = readRun(i, limit, 20, false, false);
      for (int length = 19; length >= 13; length--) {
        if (length == 14 || length > count || (midRun && length != count)) {
          continue;
        }
        if (endsAtGroup(length, count, limit)
            && cardGroups(length)
            && CardIssuers.plausible(chars, length)
            && Checksums.luhn(chars, length)) {
          return new PersonalDataMatch(PersonalDataKind.CARD, i, ends[length - 1]);
        }
      }
      return null;
    }

    /** One block, groups of four (the last 1–4), or 4-6-5 for 15 digits. */
    private boolean cardGroups(int length) {
      int groups = 0;
      int size = 0;
      int[] sizes = new int[length];
      for (int k = 0; k < length; k++) {
        if (k > 0 && breaks[k]) {
          sizes[groups++] = size;
          size = 0;
        }
        size++;
      }
      sizes[groups++] = size;
      if (groups == 1) {
        return true;
      }
      if (length == 15 && groups == 3 && sizes[0] == 4 && sizes[1] == 6 && sizes[2] == 5) {
        return true;
      }
      for (int g = 0; g < groups - 1; g++) {
        if (sizes[g] != 4) {
          return false;
        }
      }
      return sizes[groups - 1] <= 4;
    }

    private PersonalDataMatch ibanAt(int i, int limit) {
      if (i + 4 > limit
          || !isAsciiLetter(s.charAt(i + 1))
          || !isAsciiDigit(s.charAt(i + 2))
          || !isAsciiDigit(s.charAt(i + 3))) {
        return null;
      }
      String country =
          new String(
              new char[] {
                Character.toUpperCase(s.charAt(i)), Character.toUpperCase(s.charAt(i + 1))
              });
      String bban = IbanFormats.bban(country);
      if (bban == null) {
        return null;
      }
      chars.setLength(0);
      chars.append(country).append(s.charAt(i + 2)).append(s.charAt(i + 3));
      int p = i + 4;
      for (int k = 0; k < bban.length(); k++) {
        if (p < limit && isWhitespaceSeparator(s.charAt(p)) && p + 1 < limit) {
          p++;
        }
        if (p >= limit) {
          return null;
        }
        char c = s.charAt(p);
        boolean ok =
            switch (bban.charAt(k)) {
              case 'n' -> isAsciiDigit(c);
              case 'a' -> isAsciiLetter(c);
              default -> isAsciiDigit(c) || isAsciiLetter(c);
            };
        if (!ok) {
          return null;
        }
        chars.append(Character.toUpperCase(c));
        p++;
      }
      if (p < n && Character.isLetterOrDigit(s.charAt(p))) {
        return null;
      }
      if (Checksums.ibanRemainder(chars) != 1) {
        return null;
      }
      return new PersonalDataMatch(PersonalDataKind.IBAN, i, p);
    }

    private static boolean isSeparator(char c, boolean dots) {
      return isWhitespaceSeparator(c) || c == '-' || c == '\u2011' || (dots && c == '.');
    }

    private static boolean isWhitespaceSeparator(char c) {
      return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
  }
}
