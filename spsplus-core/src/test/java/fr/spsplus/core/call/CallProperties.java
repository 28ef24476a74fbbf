package fr.spsplus.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.CallArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class CallProperties {

  @Provide
  Arbitrary<CallRecord> calls() {
    return CallArbitraries.callRecords();
  }

  @Provide
  Arbitrary<CallerHash> hashes() {
    return CallArbitraries.callerHashes();
  }

  @Property
  void callsRoundTripThroughJson(@ForAll("calls") CallRecord call) {
    String json = SpsplusJson.compact().write(call);
    assertThat(SpsplusJson.compact().read(json, CallRecord.class)).isEqualTo(call);
  }

  @Property(tries = 100)
  void validationAcceptsEveryGeneratedCall(@ForAll("calls") CallRecord call) {
    assertThat(SpsplusValidation.french().validate(call)).isEmpty();
  }

  @Property
  void hashesReadBackAndNeverShowInToString(@ForAll("hashes") CallerHash hash) {
    assertThat(CallerHash.of(hash.value())).isEqualTo(hash);
    assertThat(hash.toString()).doesNotContain(hash.value());
  }

  @Property(tries = 100)
  void everyNumberHashesToSixtyFourHexDigits(
      @ForAll @StringLength(min = 3, max = 20) @net.jqwik.api.constraints.NumericChars
          String digits) {
    CallerHash hash = CallerHash.hmacSha256("+" + digits, new byte[32]);
    assertThat(hash.value()).hasSize(64).matches("[0-9a-f]+");
    assertThat(CallerHash.hmacSha256("00" + digits, new byte[32])).isEqualTo(hash);
  }
}
