package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known vectors for the check-digit algorithms. */
class ChecksumsTest {

  @Test
  void nirKeysMatchPublishedExamples() {
    // python-stdnum stdnum/fr/nir.py doctests (valid numbers and one wrong key)
    assertThat(Checksums.nirKeyMatches("295109912611193")).isTrue();
    assertThat(Checksums.nirKeyMatches("295109912611199")).isFalse();
    assertThat(Checksums.nirKey("2951099126111")).isEqualTo(93);
  }

  @Test
  void corsicanDepartmentsUse19And18ForTheKey() {
    // python-stdnum doctests: 253072B07300470 and 253072A07300443 are valid
    assertThat(Checksums.nirKey("253072B073004")).isEqualTo(70);
    assertThat(Checksums.nirKey("253072A073004")).isEqualTo(43);
    assertThat(Checksums.nirKeyMatches("253072B07300470")).isTrue();
    assertThat(Checksums.nirKeyMatches("253072A07300443")).isTrue();
    // the same digits with 2A and 2B swapped give other keys: the letters matter
    assertThat(Checksums.nirKeyMatches("253072A07300470")).isFalse();
    assertThat(Checksums.nirKeyMatches("253072B07300443")).isFalse();
    // 2A is computed as 19: equal to the all-digit number with 19 in its place
    assertThat(Checksums.nirKey("253072A073004")).isEqualTo(Checksums.nirKey("2530719073004"));
    assertThat(Checksums.nirKey("253072B073004")).isEqualTo(Checksums.nirKey("2530718073004"));
  }

  @Test
  void nirKeyIsBetween1And97() {
    assertThat(Checksums.nirKey("0000000000000")).isEqualTo(97);
    assertThat(Checksums.nirKey("9999999999999")).isBetween(1, 97);
  }

  @Test
  void ibanRemainderIsOneForValidIbans() {
    // ISO 13616 / ECBS examples and the French example of the Banque de France
    assertThat(Checksums.ibanRemainder("GB82WEST12345698765432")).isEqualTo(1);
    assertThat(Checksums.ibanRemainder("DE89370400440532013000")).isEqualTo(1);
    assertThat(Checksums.ibanRemainder("FR7630006000011234567890189")).isEqualTo(1);
    assertThat(Checksums.ibanRemainder("FR7630006000011234567890188")).isNotEqualTo(1);
    assertThat(Checksums.ibanRemainder("GB82WEST12345698765423")).isNotEqualTo(1);
  }

  @Test
  void ibanFormatsCoverTheRegistry() {
    assertThat(IbanFormats.countries()).isEqualTo(89);
    assertThat(IbanFormats.bban("FR")).isEqualTo("nnnnnnnnnncccccccccccnn");
    assertThat(IbanFormats.bban("GB")).hasSize(18).startsWith("aaaan");
    assertThat(IbanFormats.bban("NO")).hasSize(11);
    assertThat(IbanFormats.bban("US")).isNull();
  }

  @Test
  void luhnMatchesKnownNumbers() {
    assertThat(Checksums.luhn("79927398713", 11)).isTrue(); // the classic example
    assertThat(Checksums.luhn("79927398710", 11)).isFalse();
    assertThat(Checksums.luhn("4111111111111111", 16)).isTrue(); // public test card
    assertThat(Checksums.luhn("4111111111111112", 16)).isFalse();
    assertThat(Checksums.luhn("378282246310005", 15)).isTrue(); // public Amex test card
    assertThat(Checksums.luhn("73282932000074", 14)).isTrue(); // a SIRET: Luhn-valid too
  }

  @Test
  void issuersArePlausibleOnlyWithTheirLengths() {
    assertThat(CardIssuers.plausible("4111111111111111", 16)).isTrue();
    assertThat(CardIssuers.plausible("4111111111111", 13)).isTrue();
    assertThat(CardIssuers.plausible("4111111111111111", 15)).isFalse();
    assertThat(CardIssuers.plausible("3782822463100050", 15)).isTrue();
    assertThat(CardIssuers.plausible("2720999999999999", 16)).isTrue();
    assertThat(CardIssuers.plausible("2721000000000000", 16)).isFalse();
    assertThat(CardIssuers.plausible("3628293200007400", 14)).isFalse();
    assertThat(CardIssuers.plausible("9999999999999999", 16)).isFalse();
  }
}
