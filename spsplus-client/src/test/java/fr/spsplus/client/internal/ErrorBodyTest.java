package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.Quota;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyTest {

  private static ErrorBody parse(String json) {
    return ErrorBody.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void opendatasoftError() {
    // Body shape of the Explore API v2.1 specification (response "bad_request").
    ErrorBody body =
        parse(
            "{\"message\": \"ODSQL query is malformed: invalid_function() Clause(s) containing the"
                + " error(s): select.\", \"error_code\": \"ODSQLError\"}");
    assertThat(body.code()).isEqualTo("ODSQLError");
    assertThat(body.message()).startsWith("ODSQL query is malformed");
    assertThat(body.quota()).isNull();
  }

  @Test
  void opendatasoftQuotaWithItsOwnKeys() {
    ErrorBody body =
        parse(
            "{\"errorcode\": 10002, \"reset_time\": \"2021-01-26T00:00:00Z\", \"limit_time_unit\":"
                + " \"day\", \"call_limit\": 10000, \"error\": \"Too many requests on the domain."
                + " Please contact the domain administrator.\"}");
    assertThat(body.code()).isEqualTo("10002");
    assertThat(body.message()).startsWith("Too many requests");
    assertThat(body.quota())
        .isEqualTo(new Quota(Instant.parse("2021-01-26T00:00:00Z"), 10_000L, "day"));
  }

  @Test
  void oauthError() {
    ErrorBody body = parse("{\"error\": \"invalid_client\", \"error_description\": \"nope\"}");
    assertThat(body.code()).isEqualTo("invalid_client");
    assertThat(body.message()).isEqualTo("nope");
  }

  @Test
  void nestedAndProblemDetails() {
    assertThat(parse("{\"error\": {\"code\": \"E42\", \"message\": \"m\"}}"))
        .isEqualTo(new ErrorBody("E42", "m", null));
    assertThat(parse("{\"type\": \"about:blank\", \"title\": \"Bad\", \"detail\": \"d\"}"))
        .isEqualTo(new ErrorBody(null, "d", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "<html>", "[1,2]", "\"text\"", "{\"code\": {\"deep\": 1}}", "{"})
  void anythingElseYieldsNothing(String text) {
    ErrorBody body = parse(text);
    assertThat(body.code()).isNull();
    assertThat(body.message()).isNull();
  }

  @Test
  void tooDeepBodiesAreNotParsed() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertThat(parse(deep)).isEqualTo(new ErrorBody(null, null, null));
  }
}
