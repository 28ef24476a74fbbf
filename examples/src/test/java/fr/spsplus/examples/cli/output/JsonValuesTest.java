package fr.spsplus.examples.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void wholeNumbersAreIntegersOthersPlainDecimals() {
    assertThat(JsonValues.number(1204.0)).isEqualTo(1204L);
    assertThat(JsonValues.number(-0.0)).isEqualTo(0L);
    assertThat(JsonValues.number(0.853)).isEqualTo(new BigDecimal("0.853"));
    assertThat(JsonValues.text(0.000015)).isEqualTo("0.000015");
    assertThat(JsonValues.text(1e20)).isEqualTo("100000000000000000000");
    assertThat(JsonValues.text(12.5)).isEqualTo("12.5");
  }

  @Test
  void parametersBecomeNumbersOrBooleansWhenTheyAreSo() {
    assertThat(JsonValues.parameter("20")).isEqualTo(20L);
    assertThat(JsonValues.parameter("0.95")).isEqualTo(new BigDecimal("0.95"));
    assertThat(JsonValues.parameter("true")).isEqualTo(Boolean.TRUE);
    assertThat(JsonValues.parameter("WILSON")).isEqualTo("WILSON");
    assertThat(JsonValues.parameter("020")).isEqualTo("020");
    assertThat(JsonValues.parameter("1e5")).isEqualTo("1e5");
    assertThat(JsonValues.parameter("-3")).isEqualTo(-3L);
  }
}
