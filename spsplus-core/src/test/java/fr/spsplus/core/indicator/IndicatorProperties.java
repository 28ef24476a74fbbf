package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.IndicatorArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndicatorProperties {

  @Provide
  Arbitrary<IndicatorResult> results() {
    return IndicatorArbitraries.results();
  }

  @Provide
  Arbitrary<OpenDataResult> openDataResults() {
    return IndicatorArbitraries.openDataResults();
  }

  @Provide
  Arbitrary<IndicatorDefinition> definitions() {
    return IndicatorArbitraries.definitions();
  }

  @Provide
  Arbitrary<IndicatorId> ids() {
    return IndicatorArbitraries.ids();
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return SpsplusJson.compact().read(SpsplusJson.compact().write(value), type);
  }

  @Property
  void resultsRoundTripThroughJson(@ForAll("results") IndicatorResult result) {
    assertThat(roundTrip(result, IndicatorResult.class)).isEqualTo(result);
  }

  @Property
  void definitionsRoundTripThroughJson(@ForAll("definitions") IndicatorDefinition definition) {
    assertThat(roundTrip(definition, IndicatorDefinition.class)).isEqualTo(definition);
  }

  @Property
  void openDataResultsRoundTripThroughJson(@ForAll("openDataResults") OpenDataResult result) {
    assertThat(roundTrip(result, OpenDataResult.class)).isEqualTo(result);
  }

  @Property
  void openDataRecordsRoundTrip(@ForAll("openDataResults") OpenDataResult result) {
    assertThat(OpenDataResult.fromRecord(result.toRecord())).isEqualTo(result);
  }

  @SuppressWarnings("unchecked")
  @Property
  void openDataRecordsRoundTripThroughJsonText(@ForAll("openDataResults") OpenDataResult result) {
    String json = SpsplusJson.compact().write(result.toRecord());
    Map<String, Object> decoded = SpsplusJson.compact().read(json, Map.class);
    assertThat(OpenDataResult.fromRecord(decoded)).isEqualTo(result);
  }

  @Property
  void identifiersRoundTripThroughJsonAndText(@ForAll("ids") IndicatorId id) {
    assertThat(roundTrip(id, IndicatorId.class)).isEqualTo(id);
    IndicatorId parsed = IndicatorId.parse(id.value());
    assertThat(parsed.value()).isEqualToIgnoringCase(id.value());
    assertThat(parsed.code().isPresent() || parsed.equals(id)).isTrue();
  }

  @Property(tries = 100)
  void validationAcceptsEveryGeneratedValue(
      @ForAll("results") IndicatorResult result,
      @ForAll("openDataResults") OpenDataResult openData,
      @ForAll("definitions") IndicatorDefinition definition) {
    SpsplusValidation validation = SpsplusValidation.english();
    assertThat(validation.validate(result)).isEmpty();
    assertThat(validation.validate(openData)).isEmpty();
    assertThat(validation.validate(definition)).isEmpty();
  }

  @Property(tries = 50)
  void theBundledCatalogueIsValid() {
    for (IndicatorDefinition definition : IndicatorCatalogue.bundled().definitions()) {
      assertThat(SpsplusValidation.french().validate(definition)).isEmpty();
      assertThat(roundTrip(definition, IndicatorDefinition.class)).isEqualTo(definition);
    }
  }
}
