package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Measures the detector on a labelled corpus of synthetic French experience texts ({@code
 * corpus.tsv}, made by {@code generate_corpus.py} beside it): per kind, precision = TP / (TP + FP)
 * and recall = TP / (TP + FN), counting on each line min(expected, found) true positives of each
 * kind. Targets: recall ≥ 0.99 and precision ≥ 0.95 for every kind.
 *
 * <p>The corpus holds synthetic personal data: this test never prints a line. A failure reports
 * line numbers and counts only.
 */
class PersonalDataDetectorCorpusTest {

  record Line(int number, Map<PersonalDataKind, Integer> expected, String text) {}

  record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }
  }

  static List<Line> corpus() throws IOException {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    PersonalDataDetectorCorpusTest.class.getResourceAsStream("corpus.tsv")),
                StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = reader.readLine()) != null) {
        number++;
        if (raw.startsWith("#") || raw.isBlank()) {
          continue;
        }
        int tab = raw.indexOf('\t');
        Map<PersonalDataKind, Integer> expected = new EnumMap<>(PersonalDataKind.class);
        String labels = raw.substring(0, tab);
        if (!labels.equals("-")) {
          for (String label : labels.split(",")) {
            expected.merge(PersonalDataKind.valueOf(label), 1, Integer::sum);
          }
        }
        lines.add(new Line(number, expected, raw.substring(tab + 1).replace("\\n", "\n")));
      }
    }
    return lines;
  }

  @Test
  void precisionAndRecallReachTheirTargetsForEveryKind() throws IOException {
    List<Line> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
    Map<PersonalDataKind, int[]> counts = new EnumMap<>(PersonalDataKind.class);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      counts.put(kind, new int[3]);
    }
    List<Integer> wrongLines = new ArrayList<>();
    for (Line line : corpus) {
      Map<PersonalDataKind, Integer> found = new EnumMap<>(PersonalDataKind.class);
      for (PersonalDataMatch match : PersonalDataDetector.standard().scan(line.text())) {
        found.merge(match.kind(), 1, Integer::sum);
      }
      boolean wrong = false;
      for (PersonalDataKind kind : PersonalDataKind.values()) {
        int expected = line.expected().getOrDefault(kind, 0);
        int actual = found.getOrDefault(kind, 0);
        int tp = Math.min(expected, actual);
        int[] c = counts.get(kind);
        c[0] += tp;
        c[1] += actual - tp;
        c[2] += expected - tp;
        wrong |= expected != actual;
      }
      if (wrong) {
        wrongLines.add(line.number());
      }
    }
    StringBuilder report = new StringBuilder("lines with a wrong count: " + wrongLines);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      int[] c = counts.get(kind);
      Score score = new Score(c[0], c[1], c[2]);
      report.append(
          String.format(
              "%n%s: TP=%d FP=%d FN=%d precision=%.3f recall=%.3f",
              kind, c[0], c[1], c[2], score.precision(), score.recall()));
    }
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      int[] c = counts.get(kind);
      Score score = new Score(c[0], c[1], c[2]);
      assertThat(c[0]).as("true positives of %s%n%s", kind, report).isGreaterThanOrEqualTo(20);
      assertThat(score.recall()).as("recall of %s%n%s", kind, report).isGreaterThanOrEqualTo(0.99);
      assertThat(score.precision())
          .as("precision of %s%n%s", kind, report)
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void everyLineOfTheCorpusIsExactlyRight() throws IOException {
    List<Integer> wrongLines = new ArrayList<>();
    for (Line line : corpus()) {
      Map<PersonalDataKind, Integer> found = new EnumMap<>(PersonalDataKind.class);
      for (PersonalDataMatch match : PersonalDataDetector.standard().scan(line.text())) {
        found.merge(match.kind(), 1, Integer::sum);
      }
      if (!found.equals(line.expected())) {
        wrongLines.add(line.number());
      }
    }
    assertThat(wrongLines).as("corpus lines (numbers only) where the detector is wrong").isEmpty();
  }
}
