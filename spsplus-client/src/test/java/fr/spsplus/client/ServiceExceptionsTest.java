package fr.spsplus.client;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.testing.BundleParity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceExceptionsTest {

  private static ServiceError error(int status) {
    return new ServiceError("GET", "/r", status, null, null, null, null, null, null, 1);
  }

  @ParameterizedTest
  @CsvSource({
    "400, InvalidRequestException",
    "401, AuthenticationException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "409, ConflictException",
    "422, UnprocessableEntityException",
    "429, RateLimitedException",
    "500, ServerException",
    "503, ServerException",
    "599, ServerException",
    "405, SpsplusServiceException",
    "418, SpsplusServiceException",
    "302, SpsplusServiceException"
  })
  void eachStatusFamilyHasItsException(int status, String type) {
    assertThat(SpsplusServiceException.of(error(status)).getClass().getSimpleName())
        .isEqualTo(type);
  }

  @Test
  void messagesNameStatusCodeAndRequestIdInBothLanguages() {
    ServiceError error =
        new ServiceError(
            "POST",
            "/v1/answers",
            409,
            "idempotency_key_in_use",
            "text",
            "r-9",
            null,
            null,
            null,
            2);
    SpsplusServiceException e = SpsplusServiceException.of(error);
    assertThat(e.getMessage())
        .isEqualTo(
            "POST /v1/answers : conflit avec l’état de la ressource, ou clé d’idempotence déjà"
                + " utilisée pour une autre requête (statut 409 ; code : idempotency_key_in_use ;"
                + " identifiant de requête : r-9).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "POST /v1/answers: conflict with the state of the resource, or idempotency key already"
                + " used for another request (status 409; code: idempotency_key_in_use; request id:"
                + " r-9).");
    assertThat(e.key()).isEqualTo("service.error");
  }

  @Test
  void serviceErrorCutsLongMessagesAndNegativeDelays() {
    ServiceError error =
        new ServiceError(
            "GET", "/r", 503, null, "m".repeat(5000), null, Duration.ofSeconds(-3), null, null, 1);
    assertThat(error.serviceMessage()).hasSize(ServiceError.MAX_MESSAGE_LENGTH);
    assertThat(error.retryAfter()).isEqualTo(Duration.ZERO);
  }

  @Test
  void rateLimitedPrefersTheQuotaResetOverTheHeader() {
    java.time.Instant quotaReset = java.time.Instant.parse("2026-03-03T00:00:00Z");
    java.time.Instant headerReset = java.time.Instant.parse("2026-03-02T11:00:00Z");
    RateLimitedException withQuota =
        new RateLimitedException(
            new ServiceError(
                "GET",
                "/r",
                429,
                null,
                null,
                null,
                null,
                new RateLimit(10, 0, headerReset),
                new Quota(quotaReset, 10L, "day"),
                1));
    RateLimitedException withHeaderOnly =
        new RateLimitedException(
            new ServiceError(
                "GET",
                "/r",
                429,
                null,
                null,
                null,
                null,
                new RateLimit(10, 0, headerReset),
                null,
                1));
    assertThat(withQuota.resetTime()).contains(quotaReset);
    assertThat(withHeaderOnly.resetTime()).contains(headerReset);
  }

  @Test
  void everyFrenchBundleHasItsEnglishTwin() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isGreaterThan(0);
  }
}
