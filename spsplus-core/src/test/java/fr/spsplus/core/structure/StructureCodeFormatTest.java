package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format of a structure code: the rule of the Javadoc, [A-Za-z0-9._-]{1,64}. */
class StructureCodeFormatTest {

  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Property
  void theCheckIsTheRegularExpression(@ForAll("texts") String text) {
    assertThat(StructureCode.isWellFormed(text)).isEqualTo(RULE.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> texts() {
    // Mostly allowed characters, so that lengths around 64 and single intruders are both common.
    Arbitrary<Character> allowed =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9').with('.', '_', '-');
    Arbitrary<Character> any =
        Arbitraries.frequencyOf(
            Tuple.of(30, allowed),
            Tuple.of(1, Arbitraries.chars().range((char) 0, (char) 0x7f)),
            Tuple.of(1, Arbitraries.of('é', 'ß', '٣', '０', ' ', '/', '\u212A')));
    return any.list().ofMinSize(0).ofMaxSize(70).map(StructureCodeFormatTest::join);
  }

  private static String join(List<Character> characters) {
    StringBuilder text = new StringBuilder(characters.size());
    characters.forEach(text::append);
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3Tn8gzTdcz", "a", "CAF-75.paris_1"})
  void wellFormedCodesAreAccepted(String code) {
    assertThat(StructureCode.of(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3Tn8 gzTdcz", "café", "a/b", "\u212Aelvin", "٣"})
  void otherCodesAreRefused(String code) {
    assertThatThrownBy(() -> StructureCode.of(code)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 65})
  void codesHaveAtMost64Characters(int length) {
    assertThat(StructureCode.isWellFormed("x".repeat(length))).isEqualTo(length <= 64);
  }
}
