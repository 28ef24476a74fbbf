package fr.spsplus.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.RequestArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequestProperties {

  @Provide
  Arbitrary<ProcessedRequest> requests() {
    return RequestArbitraries.processedRequests();
  }

  @Provide
  Arbitrary<AnnouncedDelay> delays() {
    return RequestArbitraries.announcedDelays();
  }

  @Provide
  Arbitrary<Suspension> suspensions() {
    return RequestArbitraries.suspensions();
  }

  @Property
  void requestsRoundTripThroughJsonAndTheBuilder(@ForAll("requests") ProcessedRequest request) {
    String json = SpsplusJson.compact().write(request);
    assertThat(SpsplusJson.compact().read(json, ProcessedRequest.class)).isEqualTo(request);
    assertThat(request.toBuilder().build()).isEqualTo(request);
  }

  @Property
  void suspensionsAreSortedAndDisjoint(@ForAll("requests") ProcessedRequest request) {
    for (int i = 1; i < request.suspensions().size(); i++) {
      assertThat(request.suspensions().get(i).from())
          .isAfterOrEqualTo(request.suspensions().get(i - 1).to());
    }
  }

  @Property(tries = 100)
  void validationAcceptsEveryGeneratedValue(
      @ForAll("requests") ProcessedRequest request,
      @ForAll("delays") AnnouncedDelay delay,
      @ForAll("suspensions") Suspension suspension) {
    SpsplusValidation validation = SpsplusValidation.english();
    assertThat(validation.validate(request)).isEmpty();
    assertThat(validation.validate(delay)).isEmpty();
    assertThat(validation.validate(suspension)).isEmpty();
    assertThat(SpsplusJson.compact().read(SpsplusJson.compact().write(delay), AnnouncedDelay.class))
        .isEqualTo(delay);
    assertThat(
            SpsplusJson.compact().read(SpsplusJson.compact().write(suspension), Suspension.class))
        .isEqualTo(suspension);
  }
}
