package fr.spsplus.examples.cli.demo;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.examples.cli.input.OnlineProcedureAnswer;
import fr.spsplus.indicators.calendar.HolidayCalendar;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * The data of {@code spsplus demo}: four <strong>real</strong> structures of the open-data
 * directory and one <strong>synthetic</strong> quarter of their activity, generated on the fly.
 *
 * <p>The structures are taken from {@link OpenDataFixtures#structures()} (50 rows of the DITP's
 * {@code export-structures}, values unchanged): four DGFIP services of Le Havre, Harfleur and Rouen
 * and the regional direction they belong to. Their calls, survey answers, processed requests and
 * online ratings of the first quarter of 2026 are <strong>invented</strong>, drawn by a {@link
 * Random} with the fixed seed {@value #SEED} from the rates of each {@link Profile}: the same data,
 * hence the same figures, on every run, JDK and machine ({@code Random}'s algorithm is specified,
 * and only {@link StrictMath} is used on its draws). Nothing here describes the real activity of
 * these services.
 *
 * <p>The profiles are chosen so that the demonstration shows every case of the dashboard: results
 * published, indicative and withheld, a pick-up rate under the national target of 85 %, online
 * procedures rated and not rated, requests still open at the end of the quarter.
 *
 * @param structures the four structures, in the demonstration's order
 * @param network the regional direction the four structures belong to (their parent)
 * @param calls the calls, in generation order
 * @param answers the survey answers (questionnaires and post-call surveys)
 * @param requests the processed requests, received from mid-November 2025, some still open
 * @param onlineAnswers the "Je donne mon avis" ratings of online procedures
 */
record DemoData(
    List<Structure> structures,
    Structure network,
    List<CallRecord> calls,
    List<SurveyAnswer> answers,
    List<ProcessedRequest> requests,
    List<OnlineProcedureAnswer> onlineAnswers) {

  /** The seed of the generator: {@value}. */
  static final long SEED = 20_260_401L;

  /** The quarter of the demonstration: {@code 2026-Q1}. */
  static final ReportingPeriod QUARTER = ReportingPeriod.ofQuarter(2026, 1);

  /** The structures' time zone. */
  static final ZoneId ZONE = ReportingPeriod.DEFAULT_ZONE;

  /** The regional direction of the four structures (a real structure of the fixtures). */
  static final StructureCode NETWORK = StructureCode.of("wc8V6xG6pY");

  /** The first day requests are received: mid-November, so that some close in the quarter. */
  private static final LocalDate FIRST_RECEIVED = LocalDate.of(2025, 11, 17);

  /** Opening hours of the telephone lines, local time: 8:30 to 16:30. */
  private static final int OPENING_SECOND = 8 * 3600 + 30 * 60;

  private static final int OPEN_SECONDS = 8 * 3600;

  /** The longest wait drawn, in seconds. */
  private static final int MAX_WAIT_SECONDS = 1_800;

  /** The four profiles, in the demonstration's order. */
  static final List<Profile> PROFILES =
      List.of(
          new Profile(
              "3HKWf57lhQ",
              new Calls(5_200, 0.75, 0.09, 0.01, 38, 75),
              new Survey(440, List.of(0.83, 0.71, 0.78, 0.69, 0.90), 175, 0.86),
              new Requests(820, "Réclamation sur l’impôt sur le revenu", 30, false, 0.91),
              List.of(
                  new Procedure("Déclarer ses revenus en ligne", 420, 0.78, 0.14),
                  new Procedure("Payer ses impôts en ligne", 260, 0.69, 0.17),
                  new Procedure("Messagerie sécurisée de l’espace particulier", 150, 0.75, 0.15))),
          new Profile(
              "g3b8b5FuA0",
              new Calls(2_300, 0.73, 0.10, 0.01, 44, 80),
              new Survey(150, List.of(0.79, 0.66, 0.81, 0.72, 0.88), 55, 0.84),
              new Requests(360, "Remboursement de crédit de TVA", 30, false, 0.86),
              List.of(
                  new Procedure("Déclarer et payer la TVA en ligne", 230, 0.80, 0.13),
                  new Procedure("Messagerie de l’espace professionnel", 85, 0.66, 0.20))),
          new Profile(
              "HiowjbX9pp",
              new Calls(950, 0.62, 0.17, 0.04, 71, 95),
              new Survey(72, List.of(0.74, 0.58, 0.70, 0.63, 0.86), 19, 0.79),
              new Requests(140, "Demande de délai de paiement", 15, true, 0.78),
              List.of(new Procedure("Payer une facture publique en ligne", 64, 0.72, 0.16))),
          new Profile(
              "mWOvWVBVYa",
              new Calls(1_400, 0.78, 0.07, 0.005, 31, 66),
              new Survey(118, List.of(0.85, 0.74, 0.80, 0.76, 0.92), 38, 0.89),
              new Requests(260, "Demande de rectification du plan cadastral", 20, true, 0.94),
              List.of(new Procedure("Gérer mes biens immobiliers", 180, 0.77, 0.14))));

  /** The five questions of the user questionnaire, in the order of {@link Survey#topBox()}. */
  private static final List<SurveyQuestion> QUESTIONNAIRE =
      List.of(
          SurveyQuestion.SATISFACTION_GLOBALE,
          SurveyQuestion.DELAIS,
          SurveyQuestion.ACCESSIBILITE,
          SurveyQuestion.EFFORT,
          SurveyQuestion.RELATION);

  DemoData {
    structures = List.copyOf(structures);
    calls = List.copyOf(calls);
    answers = List.copyOf(answers);
    requests = List.copyOf(requests);
    onlineAnswers = List.copyOf(onlineAnswers);
  }

  /**
   * Generates the data: always the same.
   *
   * @return the data
   */
  static DemoData generate() {
    Map<StructureCode, Structure> directory = new java.util.HashMap<>();
    for (Structure structure : OpenDataFixtures.structures()) {
      directory.put(structure.code(), structure);
    }
    List<LocalDate> workingDays = workingDays(QUARTER.start(), QUARTER.lastDay());
    Random random = new Random(SEED);
    List<Structure> structures = new ArrayList<>();
    List<CallRecord> calls = new ArrayList<>();
    List<SurveyAnswer> answers = new ArrayList<>();
    List<ProcessedRequest> requests = new ArrayList<>();
    List<OnlineProcedureAnswer> online = new ArrayList<>();
    for (Profile profile : PROFILES) {
      Structure structure = find(directory, StructureCode.of(profile.code()));
      structures.add(structure);
      Generator generator = new Generator(random, structure.code(), workingDays);
      generator.calls(profile.calls(), calls);
      generator.survey(profile.survey(), answers);
      generator.requests(profile.requests(), requests);
      generator.online(profile.procedures(), online);
    }
    return new DemoData(structures, find(directory, NETWORK), calls, answers, requests, online);
  }

  private static Structure find(Map<StructureCode, Structure> directory, StructureCode code) {
    Structure structure = directory.get(code);
    if (structure == null) {
      throw new NoSuchElementException("structure " + code.value() + " missing from the fixtures");
    }
    return structure;
  }

  /** The working days (Monday to Friday, not a public holiday in mainland France) of a range. */
  private static List<LocalDate> workingDays(LocalDate first, LocalDate last) {
    HolidayCalendar calendar = HolidayCalendar.of(HolidayZone.METROPOLE);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        days.add(day);
      }
    }
    return List.copyOf(days);
  }

  /**
   * The activity profile of one structure: the rates the generator draws from.
   *
   * @param code the structure's SP+ code
   * @param calls the telephone line
   * @param survey the user questionnaire and the post-call survey
   * @param requests the démarche phare whose delay is announced
   * @param procedures the online procedures rated with "Je donne mon avis"
   */
  record Profile(
      String code, Calls calls, Survey survey, Requests requests, List<Procedure> procedures) {}

  /**
   * The telephone line of a structure over the quarter.
   *
   * @param count the number of calls, out-of-hours ones included
   * @param answered the share of calls answered by an agent
   * @param abandoned the share of calls abandoned in the queue (short abandons included)
   * @param blocked the share of calls refused for saturation
   * @param meanWaitSeconds the mean wait of answered calls, in seconds
   * @param meanAbandonSeconds the mean wait before an abandon, in seconds
   */
  record Calls(
      int count,
      double answered,
      double abandoned,
      double blocked,
      int meanWaitSeconds,
      int meanAbandonSeconds) {}

  /**
   * The surveys of a structure over the quarter.
   *
   * @param questionnaires the number of user questionnaires (five questions each)
   * @param topBox the share of satisfied answers to each question of the questionnaire, in the
   *     order satisfaction globale, délais, accessibilité, effort, relation
   * @param postCall the number of post-call survey answers
   * @param postCallTopBox the share of satisfied post-call answers
   */
  record Survey(int questionnaires, List<Double> topBox, int postCall, double postCallTopBox) {
    Survey {
      topBox = List.copyOf(topBox);
    }
  }

  /**
   * The démarche phare of a structure, whose processing delay is announced.
   *
   * @param count the number of requests received from mid-November to the end of the quarter
   * @param procedure the démarche's name
   * @param delay the announced delay
   * @param workingDays whether the delay is in working days (calendar days otherwise)
   * @param onTime the share of requests processed within the delay
   */
  record Requests(int count, String procedure, int delay, boolean workingDays, double onTime) {}

  /**
   * An online procedure and its ratings.
   *
   * @param name the procedure's name
   * @param count the number of ratings, "no opinion" included
   * @param good the share of {@code GOOD} ratings
   * @param medium the share of {@code MEDIUM} ratings (the rest is {@code BAD}, after 3 % of {@code
   *     NSP})
   */
  record Procedure(String name, int count, double good, double medium) {}

  /** Draws the activity of one structure. */
  private static final class Generator {
    private final Random random;
    private final StructureCode structure;
    private final List<LocalDate> workingDays;
    private final HolidayCalendar calendar = HolidayCalendar.of(HolidayZone.METROPOLE);
    private final String prefix;

    Generator(Random random, StructureCode structure, List<LocalDate> workingDays) {
      this.random = random;
      this.structure = structure;
      this.workingDays = workingDays;
      this.prefix = structure.value().toUpperCase(Locale.ROOT).substring(0, 4);
    }

    void calls(Calls profile, List<CallRecord> into) {
      for (int i = 1; i <= profile.count(); i++) {
        String id = "APL-" + prefix + "-" + String.format(Locale.ROOT, "%05d", i);
        double u = random.nextDouble();
        LocalDate day = day();
        CallOutcome outcome;
        int wait = 0;
        int handle = 0;
        Instant at;
        if (u < 0.05) {
          outcome = CallOutcome.OUT_OF_HOURS;
          at = at(day, OPENING_SECOND + OPEN_SECONDS + random.nextInt(2 * 3600));
        } else {
          at = at(day, OPENING_SECOND + random.nextInt(OPEN_SECONDS));
          double v = random.nextDouble();
          double[] shares = {
            profile.answered(), profile.abandoned(), profile.blocked(), 0.06, 0.02, 0.01
          };
          int k = pick(v, shares);
          switch (k) {
            case 0 -> {
              outcome = CallOutcome.ANSWERED_AGENT;
              wait = exponential(profile.meanWaitSeconds());
              handle = 120 + random.nextInt(480);
            }
            case 1 -> {
              outcome = CallOutcome.ABANDONED_QUEUE;
              wait = exponential(profile.meanAbandonSeconds());
            }
            case 2 -> outcome = CallOutcome.BLOCKED_OVERFLOW;
            case 3 -> {
              outcome = CallOutcome.RESOLVED_IVR;
              handle = 30 + random.nextInt(90);
            }
            case 4 -> outcome = CallOutcome.ABANDONED_IVR;
            case 5 -> outcome = CallOutcome.CALLBACK_SCHEDULED;
            default -> {
              outcome = CallOutcome.TRANSFERRED_OUT;
              handle = 20 + random.nextInt(60);
            }
          }
        }
        into.add(CallRecord.of(id, structure, at, outcome, wait, handle));
      }
    }

    void survey(Survey profile, List<SurveyAnswer> into) {
      for (int i = 1; i <= profile.questionnaires(); i++) {
        String id = "QST-" + prefix + "-" + String.format(Locale.ROOT, "%04d", i);
        Instant at = at(day(), OPENING_SECOND + random.nextInt(OPEN_SECONDS + 4 * 3600));
        for (int q = 0; q < QUESTIONNAIRE.size(); q++) {
          into.add(answer(id, at, QUESTIONNAIRE.get(q), profile.topBox().get(q), 0.04));
        }
      }
      for (int i = 1; i <= profile.postCall(); i++) {
        String id = "TEL-" + prefix + "-" + String.format(Locale.ROOT, "%04d", i);
        Instant at = at(day(), OPENING_SECOND + random.nextInt(OPEN_SECONDS));
        into.add(answer(id, at, SurveyQuestion.TELEPHONE, profile.postCallTopBox(), 0.02));
      }
    }

    private SurveyAnswer answer(
        String id, Instant at, SurveyQuestion question, double topBox, double noOpinion) {
      String code;
      double u = random.nextDouble();
      if (u < noOpinion) {
        code = SurveyScale.NSP;
      } else {
        double v = random.nextDouble();
        if (v < topBox * 0.45) {
          code = "TRES_SATISFAIT";
        } else if (v < topBox) {
          code = "PLUTOT_SATISFAIT";
        } else if (v < topBox + (1 - topBox) * 0.6) {
          code = "PLUTOT_INSATISFAIT";
        } else {
          code = "TRES_INSATISFAIT";
        }
      }
      return SurveyAnswer.of(id, structure, at, question, code);
    }

    void requests(Requests profile, List<ProcessedRequest> into) {
      AnnouncedDelay delay =
          profile.workingDays()
              ? AnnouncedDelay.workingDays(profile.delay())
              : AnnouncedDelay.calendarDays(profile.delay());
      LocalDate lastDay = QUARTER.lastDay();
      int span = (int) (lastDay.toEpochDay() - FIRST_RECEIVED.toEpochDay()) + 1;
      for (int i = 1; i <= profile.count(); i++) {
        String id = "DEM-" + prefix + "-" + String.format(Locale.ROOT, "%04d", i);
        LocalDate received = FIRST_RECEIVED.plusDays(random.nextInt(span));
        boolean onTime = random.nextDouble() < profile.onTime();
        int elapsed =
            onTime
                ? 1 + random.nextInt(profile.delay())
                : profile.delay() + 1 + random.nextInt(Math.max(1, profile.delay() / 2));
        LocalDate closed =
            profile.workingDays() ? plusWorkingDays(received, elapsed) : received.plusDays(elapsed);
        ProcessedRequest.Builder request =
            ProcessedRequest.builder(id, structure, profile.procedure(), received, delay)
                .holidayZone(HolidayZone.METROPOLE);
        if (!closed.isAfter(lastDay)) {
          request.closedOn(closed);
        }
        into.add(request.build());
      }
    }

    private LocalDate plusWorkingDays(LocalDate from, int days) {
      LocalDate day = from;
      int counted = 0;
      while (counted < days) {
        day = day.plusDays(1);
        if (calendar.isWorkingDay(day)) {
          counted++;
        }
      }
      return day;
    }

    void online(List<Procedure> procedures, List<OnlineProcedureAnswer> into) {
      int number = 0;
      for (Procedure procedure : procedures) {
        for (int i = 0; i < procedure.count(); i++) {
          number++;
          String id = "AVS-" + prefix + "-" + String.format(Locale.ROOT, "%04d", number);
          Instant at = at(day(), 7 * 3600 + random.nextInt(15 * 3600));
          String code;
          if (random.nextDouble() < 0.03) {
            code = SurveyScale.NSP;
          } else {
            double v = random.nextDouble();
            code =
                v < procedure.good()
                    ? "GOOD"
                    : v < procedure.good() + procedure.medium() ? "MEDIUM" : "BAD";
          }
          into.add(
              new OnlineProcedureAnswer(
                  id,
                  structure,
                  procedure.name(),
                  at,
                  ScaleAnswer.of(SurveyScale.JDMA_3, code),
                  null));
        }
      }
    }

    private LocalDate day() {
      return workingDays.get(random.nextInt(workingDays.size()));
    }

    private static Instant at(LocalDate day, int secondOfDay) {
      return day.atTime(LocalTime.ofSecondOfDay(secondOfDay)).atZone(ZONE).toInstant();
    }

    /** Draws a wait from an exponential law of the given mean, in whole seconds, capped. */
    private int exponential(int meanSeconds) {
      double u = random.nextDouble();
      long seconds = Math.round(-meanSeconds * StrictMath.log(1 - u));
      return (int) Math.min(seconds, MAX_WAIT_SECONDS);
    }

    /** Picks an index by cumulative shares; the last index takes the rest. */
    private static int pick(double v, double[] shares) {
      double cumulative = 0;
      for (int i = 0; i < shares.length; i++) {
        cumulative += shares[i];
        if (v < cumulative) {
          return i;
        }
      }
      return shares.length;
    }
  }
}
