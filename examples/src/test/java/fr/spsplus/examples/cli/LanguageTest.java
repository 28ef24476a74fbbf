package fr.spsplus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void scanFindsTheLanguageBeforeParsing() {
    assertThat(Language.scan(List.of())).isEqualTo(Language.FR);
    assertThat(Language.scan(List.of("structures", "--lang", "en"))).isEqualTo(Language.EN);
    assertThat(Language.scan(List.of("--lang=EN", "x"))).isEqualTo(Language.EN);
    assertThat(Language.scan(List.of("--lang", "en", "--lang", "fr"))).isEqualTo(Language.FR);
    assertThat(Language.scan(List.of("--lang", "de"))).isEqualTo(Language.FR);
    assertThat(Language.scan(List.of("--", "--lang", "en"))).isEqualTo(Language.FR);
    assertThat(Language.scan(List.of("--lang"))).isEqualTo(Language.FR);
  }

  @Test
  void parseAcceptsTheTwoCodes() {
    assertThat(Language.parse(" En ")).isEqualTo(Language.EN);
    assertThat(Language.FR.locale()).isEqualTo(Locale.FRENCH);
    assertThat(Language.EN.code()).isEqualTo("en");
    assertThatThrownBy(() -> Language.parse("de"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("valeurs acceptées : fr, en.");
  }

  @Test
  void debugIsScannedBeforeParsing() {
    assertThat(Session.scanDebug(List.of("x", "--debug"))).isTrue();
    assertThat(Session.scanDebug(List.of("x", "--", "--debug"))).isFalse();
    assertThat(Session.scanDebug(List.of("x"))).isFalse();
  }
}
