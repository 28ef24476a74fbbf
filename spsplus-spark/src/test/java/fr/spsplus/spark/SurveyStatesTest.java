package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.survey.SurveyAccumulator;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The binary form of survey states: lossless round trips, the layout, strict decoding. */
class SurveyStatesTest {

  /** One answer: a point index and a weight (NaN for an unweighted answer). */
  record Answer(int index, double weight) {}

  record Sample(SurveyScale scale, List<Answer> answers) {}

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.of(SurveyScale.class)
        .flatMap(
            scale ->
                Combinators.combine(
                        Arbitraries.integers().between(0, scale.size() - 1),
                        Arbitraries.oneOf(
                            Arbitraries.just(Double.NaN),
                            Arbitraries.doubles().between(0.001, 1_000).ofScale(6)))
                    .as(Answer::new)
                    .list()
                    .ofMaxSize(200)
                    .map(answers -> new Sample(scale, answers)));
  }

  private static SurveyAccumulator fed(Sample sample) {
    SurveyAccumulator state = SurveyAccumulator.on(sample.scale());
    for (Answer a : sample.answers()) {
      if (Double.isNaN(a.weight())) {
        state.accept(a.index());
      } else {
        state.accept(a.index(), a.weight());
      }
    }
    return state;
  }

  @Property
  void decodingIsLossless(@ForAll("samples") Sample sample) {
    SurveyAccumulator state = fed(sample);

    SurveyAccumulator decoded = SurveyStates.fromBytes(SurveyStates.toBytes(state));

    assertThat(decoded.scale()).isEqualTo(sample.scale());
    assertThat(decoded.histogram()).isEqualTo(state.histogram());
    for (int i = 0; i < sample.scale().size(); i++) {
      assertThat(Double.doubleToRawLongBits(decoded.sumOfWeights(i)))
          .isEqualTo(Double.doubleToRawLongBits(state.sumOfWeights(i)));
      assertThat(Double.doubleToRawLongBits(decoded.sumOfSquaredWeights(i)))
          .isEqualTo(Double.doubleToRawLongBits(state.sumOfSquaredWeights(i)));
    }
  }

  @Property
  void everyTruncationIsRejected(@ForAll("samples") Sample sample) {
    byte[] bytes = SurveyStates.toBytes(fed(sample));
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> SurveyStates.fromBytes(prefix))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void unweightedAnswersTakeOneBytePerPoint() {
    SurveyAccumulator state = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
    state.accept(3);
    state.accept(3);
    state.accept(4);

    assertThat(HexFormat.of().formatHex(SurveyStates.toBytes(state)))
        .isEqualTo(
            "53505301" // "SP", 'S', version 1
                + "00" // FOUR_POINT
                + "00" // unweighted
                + "0000000201"); // counts: 2 TRES_SATISFAIT, 1 NSP
    assertThat(SurveyStates.toBytes(SurveyAccumulator.on(SurveyScale.FOUR_POINT))).hasSize(11);
  }

  @Test
  void weightedAnswersCarryTheirSumsExactly() {
    SurveyAccumulator state = SurveyAccumulator.on(SurveyScale.YES_NO);
    state.accept(1, 0.5);

    assertThat(HexFormat.of().formatHex(SurveyStates.toBytes(state)))
        .isEqualTo(
            "53505301"
                + "05" // YES_NO
                + "01" // weighted
                + "00"
                + "0000000000000000"
                + "0000000000000000" // NON: none
                + "01"
                + "3fe0000000000000"
                + "3fd0000000000000" // OUI: 1, Σw = 0.5, Σw² = 0.25
                + "00"
                + "0000000000000000"
                + "0000000000000000"); // NSP: none
  }

  @Test
  void rejectsOtherKindsCodesAndInconsistentPoints() {
    assertRejected(
        CallStates.toBytes(fr.spsplus.indicators.call.CallAccumulator.of()), "\"survey\"");
    assertRejected(HexFormat.of().parseHex("53505301" + "09" + "00"), "unknown code at byte 4");
    assertRejected(HexFormat.of().parseHex("53505301" + "05" + "02"), "unknown code at byte 5");
    // Weighted: a point with one answer and a zero weight sum.
    String zero = "0000000000000000";
    assertRejected(
        HexFormat.of()
            .parseHex(
                "53505301" + "0501" + "00" + zero + zero + "01" + zero + zero + "00" + zero + zero),
        "Point \"OUI\"");
  }

  private static void assertRejected(byte[] bytes, String english) {
    assertThatThrownBy(() -> SurveyStates.fromBytes(bytes))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains(english));
  }
}
