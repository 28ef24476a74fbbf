package fr.spsplus.core.audit;

import static fr.spsplus.core.testing.RoundTrips.assertJsonRoundTrip;
import static fr.spsplus.core.testing.RoundTrips.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.AuditArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuditPropertiesTest {

  @Property
  void scalesRoundTripAndAreValid(@ForAll("scales") RatingScale scale) {
    assertJsonRoundTrip(scale, RatingScale.class);
    assertValid(scale);
    assertThat(scale.size()).isEqualTo(scale.max() - scale.min() + 1);
  }

  @Property
  void levelsRoundTripAndAreValid(@ForAll("levels") RatingLevel level) {
    assertJsonRoundTrip(level, RatingLevel.class);
    assertValid(level);
  }

  @Property
  void criteriaRoundTripAndAreValid(@ForAll("criteria") AuditCriterion criterion) {
    assertJsonRoundTrip(criterion, AuditCriterion.class);
    assertValid(criterion);
  }

  @Property(tries = 60)
  void gridsRoundTripAndAreValid(@ForAll("grids") AuditGrid grid) {
    assertJsonRoundTrip(grid, AuditGrid.class);
    assertValid(grid);
  }

  @Property
  void gridReferencesRoundTripAndAreValid(@ForAll("references") AuditGridReference reference) {
    assertJsonRoundTrip(reference, AuditGridReference.class);
    assertValid(reference);
  }

  @Property
  void evidenceRoundTripsAndIsValid(@ForAll("evidence") Evidence evidence) {
    assertJsonRoundTrip(evidence, Evidence.class);
    assertValid(evidence);
  }

  @Property
  void ratingsRoundTripAndAreValid(@ForAll("ratings") CriterionRating rating) {
    assertJsonRoundTrip(rating, CriterionRating.class);
    assertValid(rating);
  }

  @Property
  void resultsRoundTripAndAreValid(@ForAll("results") EngagementAuditResult result) {
    assertJsonRoundTrip(result, EngagementAuditResult.class);
    assertValid(result);
  }

  @Property
  void auditorsRoundTripAndAreValid(@ForAll("auditors") Auditor auditor) {
    assertJsonRoundTrip(auditor, Auditor.class);
    assertValid(auditor);
  }

  @Property
  void orRatingsRoundTripAndAreValid(
      @ForAll("orRating") OrCriterionRating rating,
      @ForAll("orRatings") OrCriteriaRatings ratings) {
    assertJsonRoundTrip(rating, OrCriterionRating.class);
    assertValid(rating);
    assertJsonRoundTrip(ratings, OrCriteriaRatings.class);
    assertValid(ratings);
    assertThat(ratings.missing()).hasSize(OrCriterion.values().length - ratings.ratings().size());
  }

  @Property(tries = 100)
  void auditsRoundTripAndAreValid(@ForAll("audits") Audit audit) {
    assertJsonRoundTrip(audit, Audit.class);
    assertValid(audit);
  }

  @Property(tries = 100)
  void auditsRatedAgainstTheIllustrativeGridAreApplicable(@ForAll("gridAudits") Audit audit) {
    assertThat(AuditGrid.illustrativeSpPlus2023().requireApplicable(audit)).isSameAs(audit);
    assertJsonRoundTrip(audit, Audit.class);
  }

  @Property
  void enumsRoundTrip(
      @ForAll AuditType type,
      @ForAll EvidenceKind kind,
      @ForAll OrCriterion criterion,
      @ForAll OrCriterionGroup group) {
    assertJsonRoundTrip(type, AuditType.class);
    assertJsonRoundTrip(kind, EvidenceKind.class);
    assertJsonRoundTrip(criterion, OrCriterion.class);
    assertJsonRoundTrip(group, OrCriterionGroup.class);
  }

  @Provide
  Arbitrary<RatingScale> scales() {
    return AuditArbitraries.scales();
  }

  @Provide
  Arbitrary<RatingLevel> levels() {
    return AuditArbitraries.levels();
  }

  @Provide
  Arbitrary<AuditCriterion> criteria() {
    return AuditArbitraries.criteria();
  }

  @Provide
  Arbitrary<AuditGrid> grids() {
    return AuditArbitraries.grids();
  }

  @Provide
  Arbitrary<AuditGridReference> references() {
    return AuditArbitraries.gridReferences();
  }

  @Provide
  Arbitrary<Evidence> evidence() {
    return AuditArbitraries.evidence();
  }

  @Provide
  Arbitrary<CriterionRating> ratings() {
    return AuditArbitraries.criterionRatings();
  }

  @Provide
  Arbitrary<EngagementAuditResult> results() {
    return AuditArbitraries.results();
  }

  @Provide
  Arbitrary<Auditor> auditors() {
    return AuditArbitraries.auditors();
  }

  @Provide
  Arbitrary<OrCriterionRating> orRating() {
    return AuditArbitraries.orCriterionRatings();
  }

  @Provide
  Arbitrary<OrCriteriaRatings> orRatings() {
    return AuditArbitraries.orCriteriaRatings();
  }

  @Provide
  Arbitrary<Audit> audits() {
    return AuditArbitraries.audits();
  }

  @Provide
  Arbitrary<Audit> gridAudits() {
    return AuditArbitraries.audits(AuditGrid.illustrativeSpPlus2023());
  }
}
