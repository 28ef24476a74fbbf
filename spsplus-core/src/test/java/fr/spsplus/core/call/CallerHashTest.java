package fr.spsplus.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerHashTest {

  /** Bytes 0x00 to 0x1f: a synthetic test key, never used for real data. */
  private static final byte[] KEY = new byte[32];

  static {
    for (int i = 0; i < KEY.length; i++) {
      KEY[i] = (byte) i;
    }
  }

  /**
   * Expected value computed independently with Python's {@code hmac} module: {@code
   * hmac.new(bytes(range(32)), b'+33612345678', hashlib.sha256).hexdigest()}. The number is
   * synthetic.
   */
  private static final String EXPECTED =
      "b6f137d05b9943dff600853b915fc7e56b72c20ba917dd0bc1d729e638d2d655";

  @Test
  void hmacSha256MatchesAnIndependentImplementation() {
    assertThat(CallerHash.hmacSha256("+33612345678", KEY).value()).isEqualTo(EXPECTED);
  }

  @Test
  void separatorsAndTheInternationalPrefixAreNormalised() {
    CallerHash expected = CallerHash.of(EXPECTED);
    assertThat(CallerHash.hmacSha256("+33 6 12 34 56 78", KEY)).isEqualTo(expected);
    assertThat(CallerHash.hmacSha256("0033 (0)6-12.34.56/78".replace("(0)", ""), KEY))
        .isEqualTo(expected);
    assertThat(CallerHash.hmacSha256("06 12 34 56 78", KEY)).isNotEqualTo(expected);
    byte[] otherKey = KEY.clone();
    otherKey[0] = 1;
    assertThat(CallerHash.hmacSha256("+33612345678", otherKey)).isNotEqualTo(expected);
  }

  @Test
  void shortKeysAndMalformedNumbersAreRejectedWithoutRepeatingTheNumber() {
    InvalidInputException key =
        catchThrowableOfType(
            InvalidInputException.class, () -> CallerHash.hmacSha256("+33612345678", new byte[16]));
    assertThat(key.getMessage())
        .isEqualTo("« key » : la clé HMAC doit compter au moins 32 octets.");
    assertThat(key.getMessage(Locale.ENGLISH))
        .isEqualTo("\"key\": the HMAC key must have at least 32 bytes.");
    InvalidInputException number =
        catchThrowableOfType(
            InvalidInputException.class, () -> CallerHash.hmacSha256("06 12 34 AB 78", KEY));
    assertThat(number.getMessage())
        .startsWith("« phoneNumber » : numéro de téléphone invalide")
        .doesNotContain("34");
    assertThat(number.getMessage(Locale.ENGLISH)).doesNotContain("AB");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0612345678", "+33 6 12 34 56 78", "06.12.34.56.78", "(01) 23 45 67 89", "3949"})
  void valuesThatLookLikePhoneNumbersAreRejected(String number) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CallerHash.of(number));
    assertThat(e.key()).isEqualTo("caller.hash.phone");
    assertThat(e.getMessage())
        .isEqualTo(
            "« caller » : la valeur ressemble à un numéro de téléphone ; seule une empreinte"
                + " (hash) est acceptée, par exemple CallerHash.hmacSha256(numéro, clé).")
        .doesNotContain(number);
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"caller\": the value looks like a phone number; only a hash is accepted, for example"
                + " CallerHash.hmacSha256(number, key).");
  }

  @Test
  void hashesAreHexadecimalOfAnEvenLengthAndStoredInLowerCase() {
    assertThat(CallerHash.of(EXPECTED.toUpperCase(Locale.ROOT)).value()).isEqualTo(EXPECTED);
    assertThat(CallerHash.of("0123456789abcdef0123456789abcdef").value()).hasSize(32);
    for (String bad : new String[] {"abc", EXPECTED + "0", EXPECTED.replace('b', 'g'), ""}) {
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> CallerHash.of(bad)).key())
          .isEqualTo("caller.hash.format");
    }
  }

  @Test
  void toStringRedactsTheHashButJsonCarriesIt() {
    CallerHash hash = CallerHash.of(EXPECTED);
    assertThat(hash.toString()).isEqualTo("CallerHash[redacted]").doesNotContain(EXPECTED);
    CallRecord call =
        CallRecord.of(
                "c-1",
                StructureCode.of("3Tn8gzTdcz"),
                Instant.parse("2026-03-02T08:00:00Z"),
                CallOutcome.ANSWERED_AGENT,
                42,
                180)
            .withCaller(hash);
    assertThat(call.toString()).doesNotContain(EXPECTED).contains("CallerHash[redacted]");
    String json = SpsplusJson.compact().write(call);
    assertThat(json).contains("\"caller\":\"" + EXPECTED + "\"");
    assertThat(SpsplusJson.compact().read(json, CallRecord.class)).isEqualTo(call);
  }
}
