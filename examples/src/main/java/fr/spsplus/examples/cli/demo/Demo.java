package fr.spsplus.examples.cli.demo;

import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.platform.ExperienceModeration;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookVerificationException;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.examples.cli.output.MeasurementOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.TextTable;
import fr.spsplus.examples.cli.output.TextTable.Align;
import fr.spsplus.examples.cli.poster.PosterResults;
import fr.spsplus.examples.cli.poster.PosterSvg;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.eligibility.CriterionFinding;
import fr.spsplus.indicators.eligibility.EligibilityDecision;
import fr.spsplus.indicators.eligibility.LabelEligibility;
import fr.spsplus.indicators.eligibility.TierAssessment;
import fr.spsplus.indicators.eligibility.TierGap;
import fr.spsplus.indicators.level.StandardLevels;
import fr.spsplus.indicators.rollup.TargetShare;
import fr.spsplus.testkit.FakePlatform;
import fr.spsplus.testkit.fault.Route;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The five steps of {@code spsplus demo}, printed as they run: the dashboard of four real
 * structures over a synthetic quarter, label eligibility, the platform (experiences, moderation,
 * answer, results), its webhooks, and the results poster.
 *
 * <p>Everything runs in this process on embedded data ({@link DemoData}); the platform is the
 * testkit's {@link FakePlatform} on a loopback port, driven through the real {@link
 * PlatformClient}; the webhooks go to a {@link WebhookReceiver} on another loopback port. The
 * platform's clock is fixed ({@value #PLATFORM_START}) and advanced by the demonstration, never by
 * real time, so the output is the same on every run but for the folder and the two port numbers.
 */
final class Demo {

  /** When the platform's clock starts: the Tuesday after Easter 2026, 08:00 UTC. */
  static final String PLATFORM_START = "2026-04-07T08:00:00Z";

  /** The day the quarter's results are published and the label application is assessed. */
  static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 4, 7);

  /** The webhook secret shared by the simulated platform and the receiver. */
  private static final String WEBHOOK_SECRET = "spsplus-demo-webhook-secret";

  private static final MessageBundle MESSAGES = MessageBundle.of(Demo.class, "messages");
  private static final String RULE = "━━";

  private final Language language;
  private final Locale locale;
  private final NumberStyle numbers;
  private final MeasurementOutput measurements;
  private final PrintWriter out;
  private final DemoFiles files;

  /**
   * Prepares a run.
   *
   * @param language the language of the narration
   * @param out where the narration is printed
   * @param folder the folder for the files (it exists)
   */
  Demo(Language language, PrintWriter out, Path folder) {
    this.language = Objects.requireNonNull(language, "language");
    this.locale = language.locale();
    this.numbers = NumberStyle.of(language);
    this.measurements = MeasurementOutput.of(language);
    this.out = Objects.requireNonNull(out, "out");
    this.files = new DemoFiles(folder);
  }

  /** Runs the five steps. */
  void run() {
    DemoData data = DemoData.generate();
    files.writeInputs(data);
    header(data);
    Dashboard dashboard = Dashboard.compute(data);
    dashboard(dashboard);
    Dashboard.Results first = dashboard.structures().get(0);
    eligibility(first);
    List<IndicatorResult> published = platform(dashboard, first.structure());
    poster(first.structure(), published);
    next(data, first.structure().code());
    out.flush();
  }

  // ------------------------------------------------------------------------------------ header

  private void header(DemoData data) {
    line("header.title", SpsplusVersion.version());
    out.println();
    List<String> labels =
        List.of(
            say("header.label.structures"),
            say("header.label.activity"),
            say("header.label.platform"),
            say("header.label.files"));
    int width = labels.stream().mapToInt(String::length).max().orElse(0) + 1;
    labeled(
        width, labels.get(0), say("header.structures", Integer.toString(data.structures().size())));
    labeled(width, "", say("header.structures.source"));
    labeled(width, labels.get(1), say("header.activity", Long.toString(DemoData.SEED)));
    labeled(width, labels.get(2), say("header.platform"));
    labeled(width, labels.get(3), say("header.files", files.folder().toString()));
  }

  private void labeled(int width, String label, String text) {
    out.println(label + " ".repeat(width - label.length()) + text);
  }

  // ----------------------------------------------------------------------------- 1. dashboard

  private void dashboard(Dashboard dashboard) {
    step(1, "step1.title", DemoData.QUARTER.code());
    line("step1.legend.1");
    line("step1.legend.2");
    line("step1.legend.3");
    for (Dashboard.Results results : dashboard.structures()) {
      out.println();
      Structure structure = results.structure();
      line("structure.heading", structure.name(), structure.code().value());
      results(results);
    }
    out.println();
    Structure network = dashboard.network().structure();
    line("network.heading", network.name(), network.code().value());
    indent(2, "network.rollup", Integer.toString(dashboard.structures().size()));
    results(dashboard.network());
    TargetShare share = dashboard.pickUpTarget();
    List<String> missed = share.missed().stream().map(code -> name(dashboard, code)).toList();
    if (missed.isEmpty()) {
      line(
          "network.target.all",
          Integer.toString(share.reached().size()),
          Integer.toString(share.assessed()));
    } else {
      line(
          "network.target",
          Integer.toString(share.reached().size()),
          Integer.toString(share.assessed()),
          String.join(", ", missed));
    }
  }

  private static String name(Dashboard dashboard, StructureCode code) {
    return dashboard.structures().stream()
        .map(Dashboard.Results::structure)
        .filter(s -> s.code().equals(code))
        .map(Structure::name)
        .findFirst()
        .orElse(code.value());
  }

  private void results(Dashboard.Results results) {
    TextTable table =
        TextTable.of(
            List.of(
                say("column.indicator"),
                say("column.value"),
                say("column.interval"),
                say("column.n"),
                say("column.status")),
            List.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT, Align.LEFT));
    for (Measurement m : results.nine()) {
      int number = m.indicator().dashboardNumber().orElseThrow();
      table.row(
          List.of(
              number + " " + say("indicator." + m.indicator().name()),
              m.value() == null
                  ? MeasurementOutput.ABSENT
                  : measurements.value(m.indicator(), m.value()),
              m.interval() == null
                  ? MeasurementOutput.ABSENT
                  : measurements.interval(m.indicator(), m.interval()),
              numbers.integer(m.n()),
              say("status." + m.status().name())));
    }
    printIndented(table);
    CallMeasurements calls = results.calls();
    Measurement agent = calls.agentPickUpRate();
    Double rate = agent.value();
    String verdict =
        rate == null
            ? say("target.unknown")
            : StandardLevels.pickUpRateTarget().isReachedBy(rate)
                ? say("target.reached")
                : say("target.missed");
    indent(
        2,
        "phone.1",
        numbers.integer(results.callCount()),
        numbers.integer(results.answeredCalls()),
        verdict);
    indent(
        4,
        "phone.2",
        shown(calls.globalPickUpRate()),
        shown(calls.abandonRate()),
        shown(calls.serviceLevel(20).orElseThrow()),
        shown(calls.serviceLevel(60).orElseThrow()));
    indent(
        4,
        "phone.3",
        shown(calls.meanWait()),
        shown(calls.medianWait()),
        shown(calls.p90Wait()),
        numbers.integer(results.postCallResponses()));
  }

  private String shown(Measurement m) {
    return m.value() == null
        ? MeasurementOutput.ABSENT
        : measurements.value(m.indicator(), m.value());
  }

  // --------------------------------------------------------------------------- 2. eligibility

  private void eligibility(Dashboard.Results results) {
    Structure structure = results.structure();
    step(2, "step2.title", structure.name());
    LabelRuleSet rules = LabelRuleSet.illustrativeSpPlus2023();
    line("step2.illustrative.1", rules.id(), Integer.toString(rules.version()));
    line("step2.illustrative.2");
    out.println();
    Measurement satisfaction = results.indicator(IndicatorCode.SATISFACTION_GLOBALE);
    Audit audit = Candidacy.audit(structure.code(), PUBLISHED_ON.minusDays(20));
    LabelApplication application = Candidacy.application(satisfaction, audit, PUBLISHED_ON);
    Path file =
        files.write(
            DemoFiles.application(structure.code()),
            SpsplusJson.pretty().write(application) + "\n");
    line("step2.application", PUBLISHED_ON.toString());
    UserSurvey user = Objects.requireNonNull(application.userSurvey());
    AgentSurvey agents = Objects.requireNonNull(application.agentSurvey());
    indent(
        2,
        "step2.users",
        numbers.decimal(Objects.requireNonNull(user.score()), 2),
        numbers.integer(user.n()));
    indent(
        2,
        "step2.agents",
        numbers.decimal(Objects.requireNonNull(agents.score()), 0),
        numbers.integer(agents.n()));
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    indent(2, "step2.audit", Integer.toString(audit.ratings().size()), grid.id());
    List<String> scores = new ArrayList<>();
    for (EngagementAuditResult result : application.engagementResults()) {
      scores.add("E" + result.engagement() + " " + score(result.score()));
    }
    OrCriteriaAuditResult or = Objects.requireNonNull(application.orCriteria());
    scores.add(say("step2.or.criteria") + " " + score(or.score()));
    out.println(" ".repeat(4) + String.join(" · ", scores));
    out.println();

    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(application);
    LabelTier tier = decision.tier();
    if (tier == null) {
      line("step2.not.eligible");
    } else {
      line(
          "step2.tier",
          say("tier." + tier.name()),
          String.valueOf(decision.validUntil()),
          String.valueOf(decision.followUpAuditDue()));
    }
    List<String> tiers = new ArrayList<>();
    for (TierAssessment assessment : decision.tiers()) {
      tiers.add(
          say(
              assessment.reached() ? "step2.tier.reached" : "step2.tier.missed",
              say("tier." + assessment.tier().name())));
    }
    out.println("  " + String.join(" · ", tiers));
    TierGap gap = decision.nextTierGap();
    if (gap == null) {
      line("step2.gap.none");
    } else {
      line(
          "step2.gap",
          say("tier." + gap.tier().name()),
          gap.failing().size(),
          Integer.toString(gap.failing().size()));
      for (CriterionFinding finding : gap.failing()) {
        out.println("  - " + finding.message(locale));
      }
    }
    line("step2.report", file.toString());
  }

  private String score(BigDecimal score) {
    BigDecimal plain = score.stripTrailingZeros();
    return numbers.decimal(score.doubleValue(), Math.max(0, plain.scale()));
  }

  // ------------------------------------------------------------------ 3 and 4. the platform

  private List<IndicatorResult> platform(Dashboard dashboard, Structure structure) {
    step(3, "step3.title");
    FakePlatform.Builder builder =
        FakePlatform.builder().clock(Clock.fixed(Instant.parse(PLATFORM_START), ZoneOffset.UTC));
    try (FakePlatform fake = builder.start();
        WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_SECRET, fake.clock());
        PlatformClient client = fake.platformClient().build()) {
      fake.subscribeWebhooks(receiver.url(), WEBHOOK_SECRET);
      String api = fake.baseUrl() + "/" + fake.pathPrefix();
      line("step3.platform", api, fake.now().toString());
      line("step3.client");
      out.println();
      StructureCode code = structure.code();
      line("step3.submissions", structure.name());
      Route submissions = Route.operation("submitExperience");
      Experience welcome =
          submit(
              client,
              experience(
                  "step3.e1.title",
                  "step3.e1.text",
                  Feeling.POSITIF,
                  code,
                  ContactChannel.ACCUEIL_PHYSIQUE));
      Experience waiting =
          submit(
              client,
              experience(
                  "step3.e2.title",
                  "step3.e2.text",
                  Feeling.NEGATIF,
                  code,
                  ContactChannel.TELEPHONE));
      ExperienceSubmission withPhone =
          experience(
              "step3.e3.title", "step3.e3.text", Feeling.NEUTRE, code, ContactChannel.TELEPHONE);
      int before = fake.requestCount(submissions);
      try {
        client.submitExperience(withPhone);
        throw new IllegalStateException("the personal-data guard let a phone number through");
      } catch (SpsplusClientException e) {
        if (e.kind() != SpsplusClientException.Kind.PRE_FLIGHT) {
          throw e;
        }
        String reason =
            e.getCause() instanceof InvalidInputException guard
                ? guard.getMessage(locale)
                : e.getMessage(locale);
        indent(2, "step3.blocked", withPhone.title(), withPhone.feeling().name(), reason);
      }
      int after = fake.requestCount(submissions);
      indent(
          4,
          "step3.blocked.nothing.sent",
          "/" + fake.pathPrefix() + "/experiences",
          Integer.toString(before),
          Integer.toString(after));
      Experience question =
          submit(
              client,
              experience(
                  "step3.e4.title",
                  "step3.e4.text",
                  Feeling.NEUTRE,
                  code,
                  ContactChannel.FORMULAIRE_EN_LIGNE));
      out.println();

      line("step3.moderation");
      fake.reject(question.id(), RejectionReason.INDIVIDUAL_REQUEST);
      indent(
          2,
          "step3.rejected",
          Long.toString(question.id()),
          say("reason." + RejectionReason.INDIVIDUAL_REQUEST.name()));
      fake.advance(Duration.ofHours(1));
      List<String> statuses = new ArrayList<>();
      for (Experience experience : List.of(welcome, waiting, question)) {
        ExperienceModeration moderation = client.moderation(experience.id());
        statuses.add(
            say(
                "step3.status",
                Long.toString(moderation.experienceId()),
                moderation.status().name()));
      }
      indent(
          2,
          "step3.published",
          fake.now().toString(),
          String.join(", ", statuses),
          "/" + fake.pathPrefix() + "/experiences/{id}/moderation");
      StructureAnswer answer =
          client.publishAnswer(
              waiting.id(),
              StructureAnswer.draft(
                      code,
                      say("step3.answer.formula"),
                      say("step3.answer.body"),
                      say("step3.answer.signature"))
                  .publish(fake.now()));
      line(
          "step3.answered",
          Long.toString(waiting.id()),
          answer.status().name(),
          String.valueOf(answer.publishedAt()),
          Objects.requireNonNull(answer.signature()));
      fake.deliverPendingWebhooks();

      List<IndicatorResult> results = new ArrayList<>();
      for (Dashboard.Results row : dashboard.structures()) {
        for (Measurement m : row.nine()) {
          results.add(m.toIndicatorResult(PUBLISHED_ON));
        }
      }
      List<IndicatorResult> stored = client.publishResults(results);
      line(
          "step3.results",
          Integer.toString(stored.size()),
          Integer.toString(dashboard.structures().size()),
          "/" + fake.pathPrefix() + "/results/batches",
          Integer.toString(fake.results().size()));

      webhooks(receiver);
      return stored.stream().filter(r -> r.structure().equals(code)).toList();
    }
  }

  private ExperienceSubmission experience(
      String title, String text, Feeling feeling, StructureCode structure, ContactChannel channel) {
    return new ExperienceSubmission(
        say(title), say(text), feeling, List.of(structure), List.of(channel));
  }

  private Experience submit(PlatformClient client, ExperienceSubmission submission) {
    Experience experience = client.submitExperience(submission);
    indent(
        2,
        "step3.submitted",
        Long.toString(experience.id()),
        experience.title(),
        experience.feeling().name(),
        experience.status().name());
    return experience;
  }

  private void webhooks(WebhookReceiver receiver) {
    step(4, "step4.title");
    line("step4.receiver.1", receiver.url().toString());
    line("step4.receiver.2");
    out.println();
    TextTable table =
        TextTable.of(
            List.of(
                say("column.event"),
                say("column.type"),
                say("column.content"),
                say("column.check")),
            List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT));
    List<WebhookReceiver.Received> received = receiver.received();
    for (WebhookReceiver.Received delivery : received) {
      PlatformEvent event = Objects.requireNonNull(delivery.event());
      table.row(
          List.of(
              event.id(),
              event.type(),
              content(event),
              say("step4.verified", String.valueOf(delivery.delivery().signedAt()))));
    }
    printIndented(table);
    line("step4.count", Integer.toString(received.size()), Integer.toString(receiver.refused()));
    WebhookReceiver.Received first = received.get(0);
    String replayed =
        refusal(receiver, first.body(), first.signature(), first.delivery().deliveryId());
    byte[] altered = Arrays.copyOf(first.body(), first.body().length + 1);
    altered[altered.length - 1] = ' ';
    String tampered = refusal(receiver, altered, first.signature(), "demo-altered-delivery");
    line("step4.counterproof", replayed, tampered);
  }

  private String content(PlatformEvent event) {
    if (event instanceof PlatformEvent.ExperienceRejected rejected) {
      ExperienceModeration moderation = rejected.moderation();
      return say(
          "event.rejected",
          Long.toString(moderation.experienceId()),
          String.valueOf(moderation.rejectionReason()));
    }
    if (event instanceof PlatformEvent.ExperiencePublished published) {
      return say("event.published", Long.toString(published.experience().id()));
    }
    if (event instanceof PlatformEvent.ExperienceAnswered answered) {
      return say(
          "event.answered",
          Long.toString(answered.experienceId()),
          answered.answer().structure().value());
    }
    return event.type();
  }

  private String refusal(
      WebhookReceiver receiver, byte[] body, String signature, String deliveryId) {
    try {
      receiver.verify(body, signature, deliveryId);
    } catch (WebhookVerificationException e) {
      return e.reason().name();
    }
    throw new IllegalStateException("the webhook verifier accepted a bad delivery");
  }

  // --------------------------------------------------------------------------------- 5. poster

  private void poster(Structure structure, List<IndicatorResult> published) {
    step(5, "step5.title");
    StructureCode code = structure.code();
    PosterResults results =
        new PosterResults(
            code,
            structure.name() + " " + say("step5.synthetic"),
            DemoData.QUARTER,
            published,
            PUBLISHED_ON);
    files.write(DemoFiles.results(code), SpsplusJson.pretty().write(results) + "\n");
    Path svg = files.write(DemoFiles.poster(code), PosterSvg.render(results));
    line(
        "step5.poster",
        structure.name(),
        DemoData.QUARTER.code(),
        Integer.toString(published.size()));
    out.println("  " + svg);
    line("step5.open");
  }

  // ------------------------------------------------------------------------------ what next

  private void next(DemoData data, StructureCode first) {
    out.println();
    line("next.title", files.folder().toString());
    indent(
        2,
        "next.files",
        numbers.integer(data.calls().size()),
        numbers.integer(data.answers().size()),
        numbers.integer(data.requests().size()),
        numbers.integer(data.onlineAnswers().size()));
    for (String command :
        List.of(
            "pickup-rate " + files.path(DemoFiles.CALLS) + " --by quarter",
            "satisfaction " + files.path(DemoFiles.ANSWERS) + " --by quarter",
            "delays " + files.path(DemoFiles.REQUESTS) + " --by quarter",
            "online-quality " + files.path(DemoFiles.ONLINE) + " --by quarter",
            "eligibility " + files.path(DemoFiles.application(first)),
            "poster " + files.path(DemoFiles.results(first)) + " -o " + files.path("poster.svg"))) {
      out.println("  ./spsplus " + command + (language == Language.EN ? " --lang en" : ""));
    }
    out.println();
    line("next.done");
  }

  // ---------------------------------------------------------------------------------- helpers

  private void step(int number, String key, Object... arguments) {
    out.println();
    out.println(RULE + " " + number + "/5 · " + say(key, arguments));
    out.println();
  }

  private void printIndented(TextTable table) {
    StringWriter text = new StringWriter();
    try (PrintWriter writer = new PrintWriter(text)) {
      table.print(writer);
    }
    text.toString().lines().forEach(l -> out.println("  " + l));
  }

  private void line(String key, Object... arguments) {
    out.println(say(key, arguments));
  }

  private void indent(int spaces, String key, Object... arguments) {
    out.println(" ".repeat(spaces) + say(key, arguments));
  }

  private String say(String key, Object... arguments) {
    return MESSAGES.format(locale, key, arguments);
  }
}
