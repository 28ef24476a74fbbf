package fr.spsplus.examples.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.examples.cli.Language;
import org.junit.jupiter.api.Test;

class NumberStyleTest {

  private final NumberStyle fr = NumberStyle.of(Language.FR);
  private final NumberStyle en = NumberStyle.of(Language.EN);

  @Test
  void frenchUsesACommaAndNarrowNoBreakSpaces() {
    assertThat(fr.integer(1_234_567)).isEqualTo("1\u202F234\u202F567");
    assertThat(fr.integer(-12)).isEqualTo("-12");
    assertThat(fr.decimal(1234.56, 1)).isEqualTo("1\u202F234,6");
    assertThat(fr.percent(0.853, 1)).isEqualTo("85,3\u00A0%");
    assertThat(fr.percentNumber(0.853, 1)).isEqualTo("85,3");
    assertThat(fr.withUnit(42.25, 1, "s")).isEqualTo("42,3\u00A0s");
  }

  @Test
  void englishUsesADotAndCommas() {
    assertThat(en.integer(1_234_567)).isEqualTo("1,234,567");
    assertThat(en.decimal(1234.56, 1)).isEqualTo("1,234.6");
    assertThat(en.percent(0.853, 1)).isEqualTo("85.3%");
    assertThat(en.withUnit(42, 0, "s")).isEqualTo("42 s");
  }

  @Test
  void roundingIsHalfUpOnTheShortestDecimalForm() {
    assertThat(fr.percent(0.8535, 1)).isEqualTo("85,4\u00A0%");
    assertThat(fr.percent(0.8545, 1)).isEqualTo("85,5\u00A0%");
    assertThat(en.decimal(0.125, 2)).isEqualTo("0.13");
    assertThat(en.percent(1.0, 0)).isEqualTo("100%");
    assertThat(en.decimal(-0.04, 1)).isEqualTo("0.0");
    assertThat(en.decimal(-0.4, 0)).isEqualTo("0");
  }
}
