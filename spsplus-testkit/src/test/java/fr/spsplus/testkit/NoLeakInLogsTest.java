package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import fr.spsplus.client.ApiKey;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusException;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.opendata.OpenDataRecord;
import fr.spsplus.client.opendata.RecordQuery;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.privacy.PersonalDataPolicy;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A full run of the client against the fake, with DEBUG logging on both and every failure path
 * taken (faults and retries, token renewal, refused personal data, moderation, webhooks, a forged
 * delivery, wrong credentials, open-data queries): no planted secret (API key, OAuth client secret,
 * token, webhook secret) and no planted personal datum (e-mail, phone, NIR, IBAN, card) appears in
 * any log line (SLF4J through logback, and java.util.logging), in any exception's message (French
 * and English), stack trace or {@code toString}, nor in the {@code toString} of the objects a user
 * may log. The planted values are synthetic.
 */
class NoLeakInLogsTest {

  private static final String API_KEY = "sk-PLANTED-API-KEY-5f3a9c";
  private static final String WRONG_KEY = "sk-PLANTED-WRONG-KEY-1d2e";
  private static final String CLIENT_SECRET = "PLANTED-CLIENT-SECRET-7b2e";
  private static final String WEBHOOK_SECRET = "whsec-PLANTED-WEBHOOK-91f0";
  private static final String EMAIL = "lea.planted@example.com";
  private static final String PHONE = "06 39 98 77 66";
  private static final String NIR = "2 84 03 75 112 234 10";
  private static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
  private static final String CARD = "4111 1111 1111 1111";

  /** What must never be shown, with the forms a value may take once written elsewhere. */
  private static final List<String> PLANTED =
      List.of(
          API_KEY,
          WRONG_KEY,
          CLIENT_SECRET,
          WEBHOOK_SECRET,
          "fake-token-",
          EMAIL,
          "lea.planted",
          PHONE,
          PHONE.replace(" ", ""),
          NIR,
          NIR.replace(" ", ""),
          IBAN,
          IBAN.replace(" ", ""),
          CARD,
          CARD.replace(" ", ""));

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final String TEXT =
      "Rappelez-moi au " + PHONE + " ou écrivez à " + EMAIL + " ; NIR " + NIR + ".";

  private final List<String> shown = Collections.synchronizedList(new ArrayList<>());

  private void exception(Throwable e) {
    shown.add(e.getMessage());
    if (e instanceof SpsplusException spsplus) {
      shown.add(spsplus.getMessage(Locale.ENGLISH));
    }
    if (e instanceof fr.spsplus.core.InvalidInputException invalid) {
      shown.add(invalid.getMessage(Locale.ENGLISH));
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    shown.add(trace.toString());
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      exception(e);
    }
  }

  @Test
  void noSecretNorPersonalDatumReachesLogsMessagesOrToString() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level rootLevel = root.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    Handler jul =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            shown.add(
                record.getLoggerName()
                    + " "
                    + new java.util.logging.SimpleFormatter().format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    // java.util.logging (MockWebServer's) at its default level, INFO: at FINE, MockWebServer logs
    // each request line, query string included (documented in docs/input-surfaces.md).
    jul.setLevel(java.util.logging.Level.INFO);
    julRoot.addHandler(jul);
    try {
      run();
    } finally {
      root.detachAppender(logs);
      root.setLevel(rootLevel);
      julRoot.removeHandler(jul);
    }
    for (ILoggingEvent event : List.copyOf(logs.list)) {
      shown.add(event.getLoggerName() + " " + event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        shown.add(t.getClassName() + ": " + t.getMessage());
        for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
          shown.add(frame.getSTEAsString());
        }
      }
    }
    assertThat(logs.list)
        .as("DEBUG logging was on, in the client and in the fake platform")
        .anyMatch(
            e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("fr.spsplus.client"))
        .anyMatch(
            e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("fr.spsplus.testkit"))
        .hasSizeGreaterThan(30);
    System.out.printf("checked %d texts (%d log events)%n", shown.size(), logs.list.size());
    List<String> leaks = new ArrayList<>();
    for (String text : List.copyOf(shown)) {
      String masked = text;
      for (String value : PLANTED) {
        masked = masked.replace(value, "<PLANTED #" + PLANTED.indexOf(value) + ">");
      }
      if (!masked.equals(text)) {
        leaks.add(masked); // the planted values themselves are never printed
      }
    }
    assertThat(leaks).as("texts that show a planted value").isEmpty();
  }

  private void run() throws Exception {
    List<byte[]> deliveries = Collections.synchronizedList(new ArrayList<>());
    List<String> signatures = Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer subscriber = new MockWebServer()) {
      subscriber.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              deliveries.add(request.getBody().toByteArray());
              signatures.add(request.getHeaders().get(WebhookVerifier.SIGNATURE_HEADER));
              return new MockResponse.Builder().code(deliveries.size() == 1 ? 503 : 204).build();
            }
          });
      subscriber.start();
      try (FakePlatform fake =
          FakePlatform.builder()
              .apiKey(API_KEY)
              .oauthClient("planted-client", CLIENT_SECRET)
              .tokenLifetime(Duration.ofMinutes(10))
              .personalDataScreening(PersonalDataScreening.IN_MODERATION)
              .webhook(URI.create(subscriber.url("/hooks").toString()), WEBHOOK_SECRET)
              .start()) {
        shown.add(fake.toString());
        OAuthClientCredentials oauth = fake.oauthCredentials();
        ClientOptions options =
            ClientOptions.builder()
                .retryPolicy(RetryPolicy.builder().sleeper(fake.sleeper()).build())
                .clock(fake.clock())
                .build();
        shown.add(oauth.toString());
        shown.add(options.toString());
        try (PlatformClient platform =
                fake.platformClient()
                    .credentials(oauth)
                    .options(options)
                    .personalDataPolicy(PersonalDataPolicy.WARN)
                    .answerPersonalDataPolicy(PersonalDataPolicy.WARN)
                    .build();
            PlatformClient blocking =
                fake.platformClient().credentials(oauth).options(options).build();
            PlatformClient apiKey =
                fake.platformClient().credentials(ApiKey.authorization("Bearer", API_KEY)).build();
            PlatformClient wrongKey =
                fake.platformClient()
                    .credentials(ApiKey.authorization("Bearer", WRONG_KEY))
                    .build();
            OpenDataClient openData = fake.openDataClient().build()) {
          shown.add(platform.toString());
          shown.add(apiKey.toString());
          shown.add(openData.toString());

          // Faults on the way: a dropped connection and a 503, retried.
          fake.scriptFaults(
              Route.operation("submitExperience"),
              Fault.dropConnection(),
              Fault.unavailable(Duration.ofSeconds(1)));
          ExperienceSubmission withData =
              new ExperienceSubmission(
                  "Contact " + EMAIL, TEXT, Feeling.NEGATIF, List.of(LAVAL), List.of());
          shown.add(withData.toString());
          Experience sent = platform.submitExperience(withData); // WARN: sent, logged by kind
          shown.add(sent.toString());
          attempt(() -> blocking.submitExperience(withData)); // BLOCK: refused before sending
          Experience clean =
              platform.submitExperience(
                  new ExperienceSubmission(
                      "Accueil", "Très bon accueil.", Feeling.POSITIF, List.of(LAVAL), List.of()));
          fake.advance(
              Duration.ofHours(1)); // moderation: the first is rejected, the second published
          shown.add(platform.moderation(sent.id()).toString());

          StructureAnswer answer =
              StructureAnswer.draft(LAVAL, "Bonjour,", "Appelez le " + PHONE + ".", "L’accueil")
                  .publish(Instant.EPOCH);
          shown.add(answer.toString());
          attempt(() -> platform.publishAnswer(clean.id(), answer)); // the fake refuses: 422
          platform.publishAnswer(
              clean.id(),
              StructureAnswer.draft(LAVAL, "Bonjour,", "Merci.", "L’accueil")
                  .publish(Instant.EPOCH));
          ComplexDocumentReport report =
              new ComplexDocumentReport(
                  DocumentKind.values()[0],
                  LAVAL,
                  "Carte " + CARD + ", IBAN " + IBAN,
                  null,
                  fake.now());
          shown.add(report.toString());
          attempt(() -> platform.reportComplexDocument(report));

          fake.advance(Duration.ofMinutes(11)); // the token expires: renewed
          apiKey.structure(LAVAL);
          attempt(() -> wrongKey.structure(LAVAL));
          attempt(() -> platform.experience(999_999));

          // Open data, with personal data in a query (ODSQL) and in a bad one.
          for (RecordQuery query :
              List.of(
                  RecordQuery.of("export-structures").where("ville = '" + EMAIL + "'").limit(5),
                  RecordQuery.of("export-structures").where("ville == '" + PHONE).limit(5))) {
            shown.add(query.toString());
            attempt(
                () -> {
                  for (OpenDataRecord record : openData.records(query)) {
                    shown.add(record.toString());
                  }
                });
          }

          // Webhooks: the first delivery fails and is retried; then verified, and a forgery.
          fake.deliverPendingWebhooks();
          fake.advance(Duration.ofMinutes(1));
          WebhookVerifier verifier =
              WebhookVerifier.builder().secret(WEBHOOK_SECRET).clock(fake.clock()).build();
          shown.add(verifier.toString());
          for (int i = 0; i < deliveries.size(); i++) {
            byte[] body = deliveries.get(i);
            String signature = signatures.get(i);
            attempt(
                () -> {
                  verifier.verify(body, signature, null);
                  PlatformEvent.parse(body).ifPresent(e -> shown.add(e.toString()));
                });
          }
          attempt(() -> verifier.verify(TEXT.getBytes(), "t=1,v1=" + "00".repeat(32), EMAIL));
          fake.exchanges().forEach(e -> shown.add(e.toString()));
          fake.webhookAttempts().forEach(a -> shown.add(a.toString()));
          fake.events().forEach(e -> shown.add(e.toString()));
          fake.experiences().forEach(e -> shown.add(e.toString()));
        }
      }
    }
    assertThat(deliveries).hasSizeGreaterThanOrEqualTo(3);
    assertThat(shown).anySatisfy(t -> assertThat(t).contains("PERSONAL_DATA"));
  }
}
