package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.PrivacyArbitraries;
import fr.spsplus.core.arbitraries.PrivacyArbitraries.Sample;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the detector on generated data. The generated values are synthetic; assertions never
 * print them ({@link Sample#toString()} hides the value).
 */
class PersonalDataDetectorPropertiesTest {

  private static final PersonalDataDetector DETECTOR = PersonalDataDetector.standard();

  @Provide
  Arbitrary<Sample> samples() {
    return PrivacyArbitraries.samples();
  }

  @Provide
  Arbitrary<List<Sample>> sampleLists() {
    return PrivacyArbitraries.samples().list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> fillers() {
    return PrivacyArbitraries.fillers();
  }

  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of(" : ", ", ", " (", "\n", " au ", " — ", " ", "« ");
  }

  @Provide
  Arbitrary<String> after() {
    return Arbitraries.of(" ", ") ", ". ", ",\n", " ; ", " »");
  }

  @Property
  void aValidValueEmbeddedInFrenchTextIsFoundExactly(
      @ForAll("fillers") String head,
      @ForAll("before") String open,
      @ForAll("samples") Sample sample,
      @ForAll("after") String close,
      @ForAll("fillers") String tail) {
    String prefix = head + open;
    String text = prefix + sample.value() + close + tail;
    assertThat(DETECTOR.scan(text))
        .containsExactly(
            new PersonalDataMatch(
                sample.kind(), prefix.length(), prefix.length() + sample.value().length()));
  }

  @Property
  void severalValuesAreAllFoundInOrder(
      @ForAll("sampleLists") List<Sample> samples, @ForAll("fillers") String filler) {
    StringBuilder text = new StringBuilder(filler);
    List<PersonalDataMatch> expected = new ArrayList<>();
    for (Sample sample : samples) {
      text.append(" : ");
      expected.add(
          new PersonalDataMatch(
              sample.kind(), text.length(), text.length() + sample.value().length()));
      text.append(sample.value()).append(" ; ").append(filler);
    }
    assertThat(DETECTOR.scan(text)).isEqualTo(expected);
  }

  @Property
  void fillerTextAloneHasNoPersonalData(@ForAll("fillers") String text) {
    assertThat(DETECTOR.scan(text)).isEmpty();
  }

  @Property
  void redactionRemovesEveryMatch(
      @ForAll("sampleLists") List<Sample> samples, @ForAll("fillers") String filler) {
    StringBuilder text = new StringBuilder(filler);
    for (Sample sample : samples) {
      text.append(" ").append(sample.value()).append(", ").append(filler);
    }
    List<PersonalDataMatch> matches = DETECTOR.scan(text);
    String redacted = DETECTOR.redact(text);
    assertThat(DETECTOR.scan(redacted)).isEmpty();
    for (Sample sample : samples) {
      assertThat(redacted.contains(sample.value())).as("value still present").isFalse();
    }
    int placeholders = 0;
    for (PersonalDataMatch match : matches) {
      placeholders += match.kind().placeholder().length();
    }
    int removed = matches.stream().mapToInt(PersonalDataMatch::length).sum();
    assertThat(redacted.length()).isEqualTo(text.length() - removed + placeholders);
  }

  @Property
  void matchesOfAnyTextAreOrderedDisjointAndInBounds(@ForAll("noise") String text) {
    List<PersonalDataMatch> matches = DETECTOR.scan(text);
    int previousEnd = 0;
    for (PersonalDataMatch match : matches) {
      assertThat(match.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(match.end()).isLessThanOrEqualTo(text.length());
      previousEnd = match.end();
    }
    assertThat(DETECTOR.scan(DETECTOR.redact(text))).isEmpty();
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("0123456789 .-+()@aAfFrR\u00a0\n")
        .withCharRange('a', 'e')
        .ofMaxLength(200);
  }
}
