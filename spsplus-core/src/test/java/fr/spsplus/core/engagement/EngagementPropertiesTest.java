package fr.spsplus.core.engagement;

import static fr.spsplus.core.testing.RoundTrips.assertJsonRoundTrip;
import static fr.spsplus.core.testing.RoundTrips.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.EngagementArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EngagementPropertiesTest {

  @Property
  void engagementsRoundTripAndAreValid(@ForAll("engagements") Engagement engagement) {
    assertJsonRoundTrip(engagement, Engagement.class);
    assertValid(engagement);
  }

  @Property(tries = 100)
  void referentialsRoundTripAndAreValid(@ForAll("referentials") EngagementReferential referential) {
    assertJsonRoundTrip(referential, EngagementReferential.class);
    assertValid(referential);
  }

  @Property(tries = 20)
  void bundledReferentialsRoundTripAndAreValid(
      @ForAll("bundled") EngagementReferential referential) {
    assertJsonRoundTrip(referential, EngagementReferential.class);
    assertValid(referential);
  }

  @Property
  void enumsRoundTrip(@ForAll ReferentialId id, @ForAll EngagementTheme theme) {
    assertJsonRoundTrip(id, ReferentialId.class);
    assertJsonRoundTrip(theme, EngagementTheme.class);
  }

  @Property(tries = 100)
  void lookUpByNumberFindsTheEngagementWithThatNumber(
      @ForAll("referentials") EngagementReferential referential) {
    for (int n = 1; n <= referential.size(); n++) {
      assertThat(referential.engagement(n).number()).isEqualTo(n);
      assertThat(referential.find(n)).contains(referential.engagement(n));
    }
    assertThat(referential.contains(0)).isFalse();
    assertThat(referential.contains(referential.size() + 1)).isFalse();
    assertThat(referential.find(referential.size() + 1)).isEmpty();
  }

  @Provide
  Arbitrary<Engagement> engagements() {
    return EngagementArbitraries.engagements();
  }

  @Provide
  Arbitrary<EngagementReferential> referentials() {
    return EngagementArbitraries.referentials();
  }

  @Provide
  Arbitrary<EngagementReferential> bundled() {
    return EngagementArbitraries.bundled();
  }
}
