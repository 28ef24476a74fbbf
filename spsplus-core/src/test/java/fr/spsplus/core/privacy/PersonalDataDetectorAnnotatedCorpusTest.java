package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures the detector on {@code corpus-annotated.txt}: several hundred French experience texts
 * written by hand, independently of the generated {@code corpus.tsv}, where each piece of personal
 * data is marked with its kind ({@code {{PHONE:06 39 98 45 12}}}). A match counts as a true
 * positive only with the exact kind and span; every other match is a false positive, every missed
 * mark a false negative. Targets, per kind: recall ≥ 0.99 and precision ≥ 0.95, on this corpus and
 * on both corpora together.
 *
 * <p>The corpus holds fictitious personal data: no test prints a text. A failure names line numbers
 * and counts only. The figures are printed (counts only) for the README.
 */
class PersonalDataDetectorAnnotatedCorpusTest {

  private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z]+):(.*?)}}");

  /** One text, without its marks, and the matches it should give. */
  record Line(int number, String text, List<PersonalDataMatch> expected) {}

  /** Counts of one kind. */
  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "TP=%d FP=%d FN=%d precision=%.3f recall=%.3f",
          truePositives,
          falsePositives,
          falseNegatives,
          precision(),
          recall());
    }
  }

  static List<Line> corpus() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    PersonalDataDetectorAnnotatedCorpusTest.class.getResourceAsStream(
                        "corpus-annotated.txt")),
                StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        if (raw.startsWith("#") || raw.isBlank()) {
          continue;
        }
        String marked = raw.replace("\\n", "\n");
        StringBuilder text = new StringBuilder();
        List<PersonalDataMatch> expected = new ArrayList<>();
        Matcher mark = MARK.matcher(marked);
        int from = 0;
        while (mark.find()) {
          text.append(marked, from, mark.start());
          int start = text.length();
          text.append(mark.group(2));
          expected.add(
              new PersonalDataMatch(PersonalDataKind.valueOf(mark.group(1)), start, text.length()));
          from = mark.end();
        }
        text.append(marked.substring(from));
        lines.add(new Line(number, text.toString(), List.copyOf(expected)));
      }
    }
    return lines;
  }

  static Map<PersonalDataKind, Score> score(List<Line> corpus, List<Integer> wrongLines) {
    Map<PersonalDataKind, Score> scores = new EnumMap<>(PersonalDataKind.class);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      scores.put(kind, new Score());
    }
    for (Line line : corpus) {
      Set<PersonalDataMatch> expected = new HashSet<>(line.expected());
      Set<PersonalDataMatch> found =
          new HashSet<>(PersonalDataDetector.standard().scan(line.text()));
      for (PersonalDataMatch match : found) {
        if (expected.contains(match)) {
          scores.get(match.kind()).truePositives++;
        } else {
          scores.get(match.kind()).falsePositives++;
        }
      }
      for (PersonalDataMatch match : expected) {
        if (!found.contains(match)) {
          scores.get(match.kind()).falseNegatives++;
        }
      }
      if (!expected.equals(found)) {
        wrongLines.add(line.number());
      }
    }
    return scores;
  }

  @Test
  void theCorpusHasSeveralHundredLinesAndEveryKindAndLookAlikes() throws IOException {
    List<Line> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    Map<PersonalDataKind, Integer> marks = new EnumMap<>(PersonalDataKind.class);
    corpus.forEach(l -> l.expected().forEach(m -> marks.merge(m.kind(), 1, Integer::sum)));
    assertThat(marks.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(25));
    assertThat(corpus.stream().filter(l -> l.expected().isEmpty()))
        .as("texts without personal data, look-alikes included")
        .hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void precisionAndRecallReachTheirTargetsForEveryKind() throws IOException {
    List<Integer> wrong = new ArrayList<>();
    Map<PersonalDataKind, Score> scores = score(corpus(), wrong);
    StringBuilder report = new StringBuilder("hand-written corpus; wrong lines: " + wrong);
    scores.forEach((kind, s) -> report.append(String.format("%n%s: %s", kind, s)));
    System.out.println(report);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      Score s = scores.get(kind);
      assertThat(s.recall()).as("recall of %s%n%s", kind, report).isGreaterThanOrEqualTo(0.99);
      assertThat(s.precision())
          .as("precision of %s%n%s", kind, report)
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void onBothCorporaTogetherTheTargetsHoldToo() throws IOException {
    List<Integer> wrong = new ArrayList<>();
    Map<PersonalDataKind, Score> scores = score(corpus(), wrong);
    // The generated corpus is labelled with counts per line: matched by kind and count.
    for (PersonalDataDetectorCorpusTest.Line line : PersonalDataDetectorCorpusTest.corpus()) {
      Map<PersonalDataKind, Integer> found = new EnumMap<>(PersonalDataKind.class);
      PersonalDataDetector.standard()
          .scan(line.text())
          .forEach(m -> found.merge(m.kind(), 1, Integer::sum));
      for (PersonalDataKind kind : PersonalDataKind.values()) {
        int expected = line.expected().getOrDefault(kind, 0);
        int actual = found.getOrDefault(kind, 0);
        Score s = scores.get(kind);
        s.truePositives += Math.min(expected, actual);
        s.falsePositives += Math.max(0, actual - expected);
        s.falseNegatives += Math.max(0, expected - actual);
      }
    }
    StringBuilder report = new StringBuilder("both corpora");
    scores.forEach((kind, s) -> report.append(String.format("%n%s: %s", kind, s)));
    System.out.println(report);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      Score s = scores.get(kind);
      assertThat(s.recall()).as("recall of %s%n%s", kind, report).isGreaterThanOrEqualTo(0.99);
      assertThat(s.precision())
          .as("precision of %s%n%s", kind, report)
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  /**
   * The marks are right: each NIR has a valid key, each IBAN a valid check, each card a valid Luhn
   * digit, computed here independently of the detector's {@code Checksums}.
   */
  @Test
  void everyMarkedNumberHasValidCheckDigits() throws IOException {
    List<Integer> bad = new ArrayList<>();
    for (Line line : corpus()) {
      for (PersonalDataMatch mark : line.expected()) {
        String value = line.text().substring(mark.start(), mark.end());
        String compact =
            value.replaceAll("[\\s\u00a0\u202f.\\-\u2011]", "").toUpperCase(Locale.ROOT);
        boolean ok =
            switch (mark.kind()) {
              case NIR -> nirKeyValid(compact);
              case IBAN ->
                  new BigInteger(ibanDigits(compact)).mod(BigInteger.valueOf(97)).intValue() == 1;
              case CARD -> luhnValid(compact);
              case EMAIL -> value.indexOf('@') > 0;
              case PHONE -> value.chars().filter(Character::isDigit).count() >= 9;
            };
        if (!ok) {
          bad.add(line.number());
        }
      }
    }
    assertThat(bad).as("lines with a mark whose check digits are wrong").isEmpty();
  }

  private static boolean nirKeyValid(String nir) {
    if (nir.length() != 15) {
      return false;
    }
    String body = nir.substring(0, 13).replace("2A", "19").replace("2B", "18");
    long key = Long.parseLong(nir.substring(13));
    return 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).longValue() == key;
  }

  private static String ibanDigits(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return digits.toString();
  }

  private static boolean luhnValid(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
