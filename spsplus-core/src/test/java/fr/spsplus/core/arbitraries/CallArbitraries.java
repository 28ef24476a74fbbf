package fr.spsplus.core.arbitraries;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.call.CallerHash;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.call}. */
public final class CallArbitraries {

  private CallArbitraries() {}

  /**
   * Every outcome.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CallOutcome> outcomes() {
    return Arbitraries.of(CallOutcome.class);
  }

  /**
   * Caller hashes of 16 to 64 random bytes (MD5 to SHA-512 sizes), mostly 32 (SHA-256).
   *
   * @return the arbitrary
   */
  public static Arbitrary<CallerHash> callerHashes() {
    Arbitrary<Integer> sizes =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(32)), Tuple.of(1, Arbitraries.integers().between(16, 64)));
    return sizes.flatMap(
        size ->
            Arbitraries.bytes()
                .array(byte[].class)
                .ofSize(size)
                .map(bytes -> new CallerHash(HexFormat.of().formatHex(bytes))));
  }

  /**
   * Waits in seconds: mostly short, sometimes up to the record's maximum.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Integer> waitSeconds() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 600)),
        Tuple.of(2, Arbitraries.integers().between(0, 3_700)),
        Tuple.of(1, Arbitraries.integers().between(0, CallRecord.MAX_WAIT_SECONDS)));
  }

  /**
   * Call records, with or without a caller hash.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CallRecord> callRecords() {
    return Combinators.combine(
            SurveyArbitraries.identifiers(),
            StructureArbitraries.codes(),
            SurveyArbitraries.instants(),
            outcomes(),
            waitSeconds(),
            Arbitraries.integers().between(0, CallRecord.MAX_HANDLE_SECONDS),
            callerHashes().injectNull(0.4))
        .as(CallRecord::new);
  }
}
