package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CallPolicyTest {

  @Test
  void defaultsReproduceTheDomainFormulas() {
    CallPolicy policy = CallPolicy.defaults();
    assertThat(policy.shortAbandonSeconds()).isEqualTo(5);
    assertThat(policy.serviceLevelThresholdsSeconds()).containsExactly(20, 60);
    assertThat(policy.histogramCapSeconds()).isEqualTo(3_600);
    assertThat(policy.overflow()).isEqualTo(OutcomeTreatment.UNANSWERED);
    assertThat(policy.callbacks()).isEqualTo(OutcomeTreatment.EXCLUDED);
    assertThat(policy.transfers()).isEqualTo(OutcomeTreatment.EXCLUDED);
    assertThat(policy.outOfHours()).isEqualTo(OutcomeTreatment.EXCLUDED);
    assertThat(policy.serviceLevelAbandons()).isEqualTo(ServiceLevelAbandons.IGNORED);
    assertThat(policy.agentTreatment(CallOutcome.ANSWERED_AGENT))
        .isEqualTo(OutcomeTreatment.ANSWERED);
    assertThat(policy.agentTreatment(CallOutcome.ABANDONED_QUEUE))
        .isEqualTo(OutcomeTreatment.UNANSWERED);
    assertThat(policy.agentTreatment(CallOutcome.BLOCKED_OVERFLOW))
        .isEqualTo(OutcomeTreatment.UNANSWERED);
    assertThat(policy.agentTreatment(CallOutcome.RESOLVED_IVR))
        .isEqualTo(OutcomeTreatment.EXCLUDED);
    assertThat(policy.agentTreatment(CallOutcome.ABANDONED_IVR))
        .isEqualTo(OutcomeTreatment.EXCLUDED);
  }

  @Test
  void parametersAreSnakeCaseAndSorted() {
    assertThat(CallPolicy.defaults().parameters())
        .containsExactly(
            java.util.Map.entry("callback_treatment", "EXCLUDED"),
            java.util.Map.entry("histogram_cap_seconds", "3600"),
            java.util.Map.entry("out_of_hours_treatment", "EXCLUDED"),
            java.util.Map.entry("overflow_treatment", "UNANSWERED"),
            java.util.Map.entry("service_level_abandons", "IGNORED"),
            java.util.Map.entry("service_level_thresholds_seconds", "20,60"),
            java.util.Map.entry("short_abandon_seconds", "5"),
            java.util.Map.entry("transfer_treatment", "EXCLUDED"));
    assertThat(
            CallPolicy.builder()
                .serviceLevelThresholdsSeconds()
                .build()
                .parameters()
                .get("service_level_thresholds_seconds"))
        .isEmpty();
  }

  @Test
  void thresholdsAreSortedWithoutRepeatsAndBuilderRoundTrips() {
    CallPolicy policy =
        CallPolicy.builder()
            .serviceLevelThresholdsSeconds(60, 10, 20, 10)
            .histogramCapSeconds(60)
            .build();
    assertThat(policy.serviceLevelThresholdsSeconds()).containsExactly(10, 20, 60);
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
    assertThat(policy.toBuilder().shortAbandonSeconds(0).build().shortAbandonSeconds()).isZero();
    assertThat(CallPolicy.builder().serviceLevelThresholdsSeconds(List.of(30)).build())
        .isEqualTo(
            new CallPolicy(
                5,
                List.of(30),
                3_600,
                OutcomeTreatment.UNANSWERED,
                OutcomeTreatment.EXCLUDED,
                OutcomeTreatment.EXCLUDED,
                OutcomeTreatment.EXCLUDED,
                ServiceLevelAbandons.IGNORED));
    assertThat(CallPolicy.defaults().stateSizeBytes()).isEqualTo(28_928);
  }

  @Test
  void inconsistentPoliciesNameTheFieldAndTheBoundInBothLanguages() {
    assertRejected(
        () -> CallPolicy.builder().serviceLevelThresholdsSeconds(20, 4_000).build(),
        "serviceLevelThresholdsSeconds",
        "histogramCapSeconds",
        "3600");
    assertRejected(
        () -> CallPolicy.builder().histogramCapSeconds(10).build(),
        "serviceLevelThresholdsSeconds",
        "histogramCapSeconds",
        "10");
    assertRejected(
        () -> CallPolicy.builder().shortAbandonSeconds(-1).build(),
        "shortAbandonSeconds",
        "histogramCapSeconds",
        "3600");
    assertRejected(
        () -> CallPolicy.builder().shortAbandonSeconds(3_601).build(),
        "shortAbandonSeconds",
        "histogramCapSeconds",
        "3601");
    assertRejected(
        () -> CallPolicy.builder().histogramCapSeconds(0).build(), "histogramCapSeconds", "86");
    assertRejected(
        () -> CallPolicy.builder().histogramCapSeconds(86_401).build(),
        "histogramCapSeconds",
        "86");
    assertRejected(
        () ->
            CallPolicy.builder()
                .serviceLevelThresholdsSeconds(
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
                .build(),
        "serviceLevelThresholdsSeconds",
        "16",
        "17");
    assertRejected(
        () -> CallPolicy.builder().overflow(OutcomeTreatment.ANSWERED).build(),
        "overflow",
        "ANSWERED",
        "EXCLUDED, UNANSWERED");
    assertRejected(
        () -> CallPolicy.builder().outOfHours(OutcomeTreatment.ANSWERED).build(),
        "outOfHours",
        "ANSWERED");
  }

  @Test
  void sixteenThresholdsAndTheCapItselfAreAccepted() {
    CallPolicy policy =
        CallPolicy.builder()
            .histogramCapSeconds(16)
            .shortAbandonSeconds(16)
            .serviceLevelThresholdsSeconds(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16)
            .build();
    assertThat(policy.serviceLevelThresholdsSeconds()).hasSize(16).endsWith(16).startsWith(0);
  }

  @Test
  void alternativeTreatmentsOfCallbacksAndTransfersAreAccepted() {
    CallPolicy policy =
        CallPolicy.builder()
            .callbacks(OutcomeTreatment.ANSWERED)
            .transfers(OutcomeTreatment.UNANSWERED)
            .build();
    assertThat(policy.agentTreatment(CallOutcome.CALLBACK_SCHEDULED))
        .isEqualTo(OutcomeTreatment.ANSWERED);
    assertThat(policy.agentTreatment(CallOutcome.TRANSFERRED_OUT))
        .isEqualTo(OutcomeTreatment.UNANSWERED);
    assertThat(policy.parameters())
        .containsEntry("callback_treatment", "ANSWERED")
        .containsEntry("transfer_treatment", "UNANSWERED");
  }

  private static void assertRejected(Supplier<CallPolicy> build, String... fragments) {
    assertThatThrownBy(build::get)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage()).contains(fragments).contains("«");
              assertThat(e.getMessage(Locale.ENGLISH)).contains(fragments).doesNotContain("«");
            });
  }
}
