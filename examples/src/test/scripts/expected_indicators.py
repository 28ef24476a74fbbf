#!/usr/bin/env python3
"""Computes the expected results of the four indicator commands on the shipped sample files,
independently of spsplus: plain Python, brute force, from the definitions written in the
Javadoc of spsplus-indicators (CallAccumulator, SurveyPolicy, DelayAccumulator, RequestClock,
OnlineAccumulator) and in docs/cli-formats.md.

It writes the golden tables read by the tests of examples (fr/spsplus/examples/cli/command/
expected-*.csv under src/test/resources), one row per result, with a `# provenance:` first line.

Usage: python3 examples/src/test/scripts/expected_indicators.py   (from the repository root)
"""

import csv
import math
import os
from datetime import date, datetime, timedelta
from statistics import NormalDist
from zoneinfo import ZoneInfo

SAMPLES = "examples/src/main/resources/fr/spsplus/examples/cli/samples"
GOLDEN = "examples/src/test/resources/fr/spsplus/examples/cli/command"
PARIS = ZoneInfo("Europe/Paris")
Z = NormalDist().inv_cdf(0.975)
PROVENANCE = (
    "# provenance: computed {today} by examples/src/test/scripts/expected_indicators.py"
    " (plain Python, brute force, independent of spsplus) from the sample {sample}"
    " with {options}; definitions from the Javadoc of spsplus-indicators; Wilson and normal"
    " intervals at 95 %, publication thresholds 30/100."
)


def rows(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


# --- periods ---------------------------------------------------------------------------------


def period_of(day, by):
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if by == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if by == "day":
        return day.isoformat()
    if by == "year":
        return f"{day.year:04d}"
    raise ValueError(by)


def period_bounds(code):
    """First and last day of a period code (month, quarter, ISO week)."""
    if "-W" in code:
        year, week = code.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    if "-Q" in code:
        year, quarter = code.split("-Q")
        first = date(int(year), 3 * int(quarter) - 2, 1)
        nxt = date(int(year) + (quarter == "4"), (3 * int(quarter)) % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    year, month = code.split("-")
    first = date(int(year), int(month), 1)
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def local_day(text):
    return datetime.fromisoformat(text).astimezone(PARIS).date()


# --- statistics ------------------------------------------------------------------------------


def status(n):
    return "INSUFFICIENT_SAMPLE" if n < 30 else "INDICATIVE" if n < 100 else "PUBLISHABLE"


def wilson(x, n):
    """The textbook Wilson score interval, x successes (real) out of n (real)."""
    p = x / n
    k = Z * Z / n
    centre = (p + k / 2) / (1 + k)
    half = Z / (1 + k) * math.sqrt(p * (1 - p) / n + k / (4 * n))
    low = 0.0 if x == 0 else max(0.0, min(p, centre - half))
    high = 1.0 if x == n else min(1.0, max(p, centre + half))
    return low, high


def proportion(x, n, shown_from=30):
    """value, low, high, status of a proportion with the default estimation."""
    st = "INSUFFICIENT_SAMPLE" if n < shown_from else status(n) if shown_from == 30 else "PUBLISHABLE"
    if st == "INSUFFICIENT_SAMPLE" or n == 0:
        return None, None, None, st
    low, high = wilson(x, n)
    return x / n, low, high, st


def result(indicator, structure, period, value, num, den, n, st, low, high, excluded, extra=""):
    return {
        "indicator": indicator,
        "structure": structure,
        "period": period,
        "value": "" if value is None else repr(float(value)),
        "numerator": repr(float(num)),
        "denominator": repr(float(den)),
        "n": str(n),
        "status": st,
        "interval_low": "" if low is None else repr(low),
        "interval_high": "" if high is None else repr(high),
        "excluded": ";".join(f"{k}={v}" for k, v in sorted(excluded.items())),
        "extra": extra,
    }


def write_golden(name, sample, options, results, fields=None):
    fields = fields or list(results[0].keys())
    path = os.path.join(GOLDEN, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(PROVENANCE.format(today=date.today().isoformat(), sample=sample, options=options) + "\n")
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(results)


# --- pickup-rate -----------------------------------------------------------------------------

OTHER_OUTCOMES = ["ABANDONED_IVR", "RESOLVED_IVR", "BLOCKED_OVERFLOW", "OUT_OF_HOURS",
                  "CALLBACK_SCHEDULED", "TRANSFERRED_OUT"]


def pickup(by="month", short=5, thresholds=(20, 60)):
    groups = {}
    for row in rows("calls-sample.csv"):
        key = (row["structure"], period_of(local_day(row["arrived_at"]), by))
        groups.setdefault(key, []).append((row["outcome"], int(row["wait_seconds"])))
    results = []
    for (structure, period), calls in sorted(groups.items()):
        count = {o: 0 for o in ["ANSWERED_AGENT", "ABANDONED_QUEUE"] + OTHER_OUTCOMES}
        for outcome, _ in calls:
            count[outcome] += 1
        answered = sorted(w for o, w in calls if o == "ANSWERED_AGENT")
        abandons = [w for o, w in calls if o == "ABANDONED_QUEUE" and w >= short]
        shorts = count["ABANDONED_QUEUE"] - len(abandons)
        a, aq = len(answered), len(abandons)

        def emit(indicator, num, den, excluded, extra=""):
            value, low, high, st = proportion(num, den)
            results.append(result(indicator, structure, period, value, num, den, den, st, low, high, excluded, extra))

        agent_excl = {"SHORT_ABANDON": shorts}
        for o in ["ABANDONED_IVR", "RESOLVED_IVR", "OUT_OF_HOURS", "CALLBACK_SCHEDULED", "TRANSFERRED_OUT"]:
            agent_excl[o] = count[o]
        emit("TAUX_DECROCHE_AGENT", a, a + aq + count["BLOCKED_OVERFLOW"], agent_excl)
        global_excl = {"SHORT_ABANDON": shorts}
        for o in ["OUT_OF_HOURS", "CALLBACK_SCHEDULED", "TRANSFERRED_OUT"]:
            global_excl[o] = count[o]
        emit("TAUX_DECROCHE_GLOBAL", a + count["RESOLVED_IVR"],
             a + aq + count["RESOLVED_IVR"] + count["ABANDONED_IVR"] + count["BLOCKED_OVERFLOW"], global_excl)
        others = {o: count[o] for o in OTHER_OUTCOMES}
        emit("TAUX_ABANDON", aq, a + aq, {"SHORT_ABANDON": shorts, **others})
        for y in thresholds:
            within = sum(1 for w in answered if w <= y)
            after = sum(1 for w in abandons if w > y)
            emit("NIVEAU_SERVICE", within, a + after,
                 {"SHORT_ABANDON": shorts, "ABANDONED_WITHIN_THRESHOLD": aq - after, **others},
                 f"threshold_seconds={y}")
        wait_excl = {"SHORT_ABANDON": shorts, "ABANDONED_QUEUE": aq, **others}
        st = status(a)
        if st != "INSUFFICIENT_SAMPLE":
            mean = sum(answered) / a
            sd = math.sqrt(sum((w - mean) ** 2 for w in answered) / (a - 1))
            half = Z * sd / math.sqrt(a)
            results.append(result("ATTENTE_MOYENNE", structure, period, mean, sum(answered), a, a, st,
                                  mean - half, mean + half, wait_excl))
        else:
            results.append(result("ATTENTE_MOYENNE", structure, period, None, sum(answered), a, a, st,
                                  None, None, wait_excl))
        for indicator, q in (("ATTENTE_P50", 0.5), ("ATTENTE_P90", 0.9)):
            value = answered[math.ceil(q * a) - 1] if st != "INSUFFICIENT_SAMPLE" else None
            results.append(result(indicator, structure, period, value, 0, 0, a, st, None, None, wait_excl))
    return results


# --- satisfaction ----------------------------------------------------------------------------

INDICATORS = {
    "SATISFACTION_GLOBALE": "SATISFACTION_GLOBALE",
    "DELAIS": "SATISFACTION_DELAIS",
    "ACCESSIBILITE": "ACCESSIBILITE",
    "EFFORT": "EFFORT",
    "RELATION": "QUALITE_RELATION",
    "TELEPHONE": "SATISFACTION_TELEPHONE",
}


def satisfaction(weighted=False):
    groups = {}
    for row in rows("answers-sample.csv"):
        key = (row["structure"], period_of(local_day(row["answered_at"]), "month"), row["question"])
        weight = float(row["weight"]) if (weighted and row["weight"]) else 1.0
        groups.setdefault(key, []).append((row["answer"], weight))
    results = []
    order = list(INDICATORS)  # the catalogue order of the indicators, as the CLI sorts them
    for (structure, period, question), answers in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1], order.index(item[0][2]))
    ):
        valid = [(a, w) for a, w in answers if a != "NSP"]
        nsp = len(answers) - len(valid)
        top = [(a, w) for a, w in valid if a in ("TRES_SATISFAIT", "PLUTOT_SATISFAIT")]
        if not weighted:
            value, low, high, st = proportion(len(top), len(valid))
            results.append(result(INDICATORS[question], structure, period, value, len(top), len(valid),
                                  len(valid), st, low, high, {"NSP": nsp}))
            continue
        sw = sum(w for _, w in valid)
        ss = sum(w for _, w in top)
        sq = sum(w * w for _, w in valid)
        n_eff = max(1.0, min(sw * sw / sq, len(valid))) if valid else 0.0
        n = math.floor(n_eff + 1e-9 * max(1, n_eff))
        st = status(n)
        if st == "INSUFFICIENT_SAMPLE" or not valid:
            value = low = high = None
        else:
            value = ss / sw
            low, high = wilson(value * n_eff, n_eff)
        results.append(result(INDICATORS[question], structure, period, value, ss, sw, n, st, low, high,
                              {"NSP": nsp}))
    return results


# --- delays ----------------------------------------------------------------------------------


def easter(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holidays(year, zone):
    e = easter(year)
    days = {date(year, 1, 1), e + timedelta(days=1), date(year, 5, 1), date(year, 5, 8),
            e + timedelta(days=39), e + timedelta(days=50), date(year, 7, 14), date(year, 8, 15),
            date(year, 11, 1), date(year, 11, 11), date(year, 12, 25)}
    if zone == "REUNION":
        days.add(date(year, 12, 20))
    elif zone != "METROPOLE":
        raise ValueError(f"zone {zone} not covered by this script")
    return days


def counted(day, unit, zone):
    return unit == "CALENDAR_DAYS" or (day.weekday() < 5 and day not in holidays(day.year, zone))


def elapsed(received, until, unit, zone):
    """The counted days d with received < d <= until."""
    return sum(1 for k in range(1, (until - received).days + 1)
               if counted(received + timedelta(days=k), unit, zone))


def last_on_time(received, delay, unit, zone):
    """The day before the (delay + 1)-th counted day after reception."""
    seen, day = 0, received
    while True:
        day += timedelta(days=1)
        if counted(day, unit, zone):
            seen += 1
            if seen == delay + 1:
                return day - timedelta(days=1)


def delays(by="month"):
    requests = []
    for row in rows("requests-sample.csv"):
        requests.append({
            "structure": row["structure"],
            "received": date.fromisoformat(row["received_on"]),
            "closed": date.fromisoformat(row["closed_on"]) if row["closed_on"] else None,
            "delay": int(row["announced_delay"]),
            "unit": row["delay_unit"],
            "zone": row["zone"] or "METROPOLE",
        })
    latest = max(r["closed"] or r["received"] for r in requests)
    last_code = period_of(latest, by)
    results = []
    for structure in sorted({r["structure"] for r in requests}):
        mine = [r for r in requests if r["structure"] == structure]
        day, end = min(r["received"] for r in mine), period_bounds(last_code)[1]
        codes = []
        while day <= end:
            if not codes or codes[-1] != period_of(day, by):
                codes.append(period_of(day, by))
            day += timedelta(days=1)
        for code in codes:
            first, last = period_bounds(code)
            closed = on_time = before = after = open_ = overdue = 0
            oldest = None
            for r in mine:
                if r["closed"] is not None and r["closed"] < first:
                    before += 1
                elif r["received"] > last:
                    after += 1
                elif r["closed"] is not None and r["closed"] <= last:
                    closed += 1
                    if elapsed(r["received"], r["closed"], r["unit"], r["zone"]) <= r["delay"]:
                        on_time += 1
                else:
                    open_ += 1
                    if elapsed(r["received"], last, r["unit"], r["zone"]) > r["delay"]:
                        overdue += 1
                        due = last_on_time(r["received"], r["delay"], r["unit"], r["zone"])
                        oldest = due if oldest is None or due < oldest else oldest
            if closed == 0 and open_ == 0:
                continue
            value, low, high, st = proportion(on_time, closed)
            extra = f"backlog_as_of={last};backlog_open={open_};backlog_overdue={overdue}"
            if oldest is not None:
                extra += f";backlog_oldest_due={oldest}"
            results.append(result("RESPECT_DELAI", structure, code, value, on_time, closed, closed, st,
                                  low, high,
                                  {"CLOSED_BEFORE_PERIOD": before, "OPEN_AT_PERIOD_END": open_,
                                   "RECEIVED_AFTER_PERIOD": after}, extra))
    return results


# --- online-quality --------------------------------------------------------------------------


def online(min_answers=100):
    groups = {}
    for row in rows("online-answers-sample.csv"):
        key = (row["structure"], period_of(local_day(row["answered_at"]), "month"))
        counts = groups.setdefault(key, {}).setdefault(row["procedure"], {"GOOD": 0, "MEDIUM": 0, "BAD": 0, "NSP": 0})
        counts[row["answer"].upper()] += 1
    results, procedures = [], []
    for (structure, period), by_procedure in sorted(groups.items()):
        rated = reached = below = 0
        for procedure in sorted(by_procedure):
            c = by_procedure[procedure]
            valid = c["GOOD"] + c["MEDIUM"] + c["BAD"]
            marks = 10 * c["GOOD"] + 5 * c["MEDIUM"]
            is_rated = valid >= min_answers
            is_reached = is_rated and marks >= 8 * valid
            rated += is_rated
            reached += is_reached
            below += not is_rated
            procedures.append({
                "structure": structure, "period": period, "procedure": procedure, "answers": valid,
                "good": c["GOOD"], "medium": c["MEDIUM"], "bad": c["BAD"], "no_opinion": c["NSP"],
                "score": repr(marks / valid) if valid else "",
                "rated": str(is_rated).lower(), "reached": str(is_reached).lower(),
            })
        value, low, high, st = proportion(reached, rated, shown_from=1)
        results.append(result("QUALITE_DEMARCHES_EN_LIGNE", structure, period, value, reached, rated, rated,
                              st, low, high, {"BELOW_MIN_ANSWERS": below}))
    return results, procedures


if __name__ == "__main__":
    write_golden("expected-pickup-rate.csv", "calls-sample.csv", "the default options", pickup())
    write_golden("expected-pickup-rate-week.csv", "calls-sample.csv",
                 "--by week --short-abandon 100 --sl 30,90", pickup("week", 100, (30, 90)))
    write_golden("expected-satisfaction.csv", "answers-sample.csv", "the default options", satisfaction())
    write_golden("expected-satisfaction-weighted.csv", "answers-sample.csv", "--weighted",
                 satisfaction(True))
    write_golden("expected-delays.csv", "requests-sample.csv", "the default options", delays())
    write_golden("expected-delays-week.csv", "requests-sample.csv", "--by week", delays("week"))
    for minimum, suffix in ((100, ""), (20, "-min20")):
        res, procs = online(minimum)
        options = "the default options" if minimum == 100 else f"--min-answers {minimum}"
        write_golden(f"expected-online-quality{suffix}.csv", "online-answers-sample.csv", options, res)
        write_golden(f"expected-online-procedures{suffix}.csv", "online-answers-sample.csv", options, procs)


# --- tables (--format table), rendered here from the expected numbers ------------------------

from decimal import ROUND_HALF_UP, Decimal  # noqa: E402

NBSP, NNBSP = "\u00a0", "\u202f"
SECONDS = {"ATTENTE_MOYENNE", "ATTENTE_P50", "ATTENTE_P90"}
WORDS = {
    "fr": {"PUBLISHABLE": "publiable", "INDICATIVE": "indicatif",
           "INSUFFICIENT_SAMPLE": "échantillon insuffisant"},
    "en": {"PUBLISHABLE": "publishable", "INDICATIVE": "indicative",
           "INSUFFICIENT_SAMPLE": "insufficient sample"},
}
HEADINGS = {
    "fr": ["Structure", "Période", "Indicateur", "Valeur", "Intervalle de confiance", "n", "Statut"],
    "en": ["Structure", "Period", "Indicator", "Value", "Confidence interval", "n", "Status"],
}
FOOTNOTE = {
    "fr": "Intervalles de confiance à 95" + NBSP + "%, méthode de Wilson ; valeur « — » : non publiée"
          " (échantillon insuffisant) ou non définie. Détail des exclusions et paramètres :"
          " --format json ou csv.",
    "en": "95% confidence intervals, Wilson method; value \"—\": not published (insufficient sample)"
          " or undefined. Exclusions and parameters in detail: --format json or csv.",
}

MIXED_FOOTNOTE = {
    "fr": "Intervalles de confiance au niveau indiqué entre parenthèses, méthodes de Wilson et de"
          " l’approximation normale de la moyenne ; valeur « — » : non publiée (échantillon"
          " insuffisant) ou non définie. Détail des exclusions et paramètres : --format json ou csv.",
    "en": "Confidence intervals at the level in brackets, Wilson and normal-approximation (mean)"
          " methods; value \"—\": not published (insufficient sample) or undefined. Exclusions and"
          " parameters in detail: --format json or csv.",
}
ABSENT_FOOTNOTE = {
    "fr": "Valeur « — » : non publiée (échantillon insuffisant) ou non définie. Détail des"
          " exclusions et paramètres : --format json ou csv.",
    "en": "Value \"—\": not published (insufficient sample) or undefined. Exclusions and parameters"
          " in detail: --format json or csv.",
}


def number(value, decimals, lang):
    """Half-up on the shortest decimal form; French: comma and narrow no-break space."""
    text = f"{Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):,}"
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def percent(proportion, decimals, lang):
    return number(Decimal(proportion).scaleb(2), decimals, lang) + (NBSP + "%" if lang == "fr" else "%")


def table(headings, aligns, rows):
    widths = [max(len(r[i]) for r in [headings] + rows) for i in range(len(headings))]

    def line(cells):
        parts = [c.ljust(w) if a == "L" else c.rjust(w) for c, w, a in zip(cells, widths, aligns)]
        return "  ".join(parts).rstrip()

    return [line(headings), line(["─" * w for w in widths])] + [line(r) for r in rows]


def results_table(results, lang):
    mixed = any(r["indicator"] in SECONDS and r["interval_low"] for r in results)
    rows = []
    for r in results:
        indicator = r["indicator"]
        label = indicator + (f" ({r['extra'].split('=')[1]} s)" if indicator == "NIVEAU_SERVICE" else "")
        if not r["value"]:
            value = "—"
        elif indicator in SECONDS:
            v = Decimal(r["value"])
            value = number(r["value"], 0 if v == v.to_integral() else 1, lang) + (NBSP if lang == "fr" else " ") + "s"
        else:
            value = percent(r["value"], 1, lang)
        if not r["interval_low"]:
            interval = "—"
        else:
            sep = " ; " if lang == "fr" else ", "
            if indicator in SECONDS:
                low, high = number(r["interval_low"], 1, lang), number(r["interval_high"], 1, lang)
                suffix = NBSP + "s" if lang == "fr" else " s"
            else:
                low = number(Decimal(r["interval_low"]).scaleb(2), 1, lang)
                high = number(Decimal(r["interval_high"]).scaleb(2), 1, lang)
                suffix = NBSP + "%" if lang == "fr" else "%"
            interval = f"[{low}{sep}{high}]{suffix}"
            if mixed:
                interval += " (" + percent("0.95", 0, lang) + ")"
        rows.append([r["structure"], r["period"], label, value, interval, number(r["n"], 0, lang),
                     WORDS[lang][r["status"]]])
    lines = table(HEADINGS[lang], "LLLRLRL", rows)
    if mixed:
        lines += ["", MIXED_FOOTNOTE[lang]]
    elif any(r["interval_low"] for r in results):
        lines += ["", FOOTNOTE[lang]]
    elif any(not r["value"] for r in results):
        lines += ["", ABSENT_FOOTNOTE[lang]]
    return lines


def backlog_section(results, lang):
    assert lang == "fr"
    rows = []
    for r in results:
        extra = dict(kv.split("=") for kv in r["extra"].split(";"))
        open_, overdue = int(extra["backlog_open"]), int(extra["backlog_overdue"])
        share = "—" if open_ == 0 else percent(repr(overdue / open_), 1, lang)
        oldest = "—"
        if "backlog_oldest_due" in extra:
            days = (date.fromisoformat(extra["backlog_as_of"]) - date.fromisoformat(extra["backlog_oldest_due"])).days
            oldest = f"{extra['backlog_oldest_due']} ({number(days, 0, lang)} j de retard)"
        rows.append([r["structure"], r["period"], extra["backlog_as_of"], number(open_, 0, lang),
                     number(overdue, 0, lang), share, oldest])
    return ["", "Demandes en cours à la fin de chaque période : en retard quand le délai annoncé est"
            " dépassé ce jour-là."] + table(
        ["Structure", "Période", "Au", "En cours", "En retard", "Part en retard",
         "Plus ancienne échéance dépassée"], "LLLRRRL", rows)


def procedures_section(procedures, minimum, lang):
    assert lang == "fr"
    rows = []
    for p in procedures:
        status = ("objectif atteint" if p["reached"] == "true" else "objectif non atteint"
                  if p["rated"] == "true" else "sous le minimum de réponses, non notée")
        score = "—" if not p["score"] else number(p["score"], 1, lang) + "/10"
        rows.append([p["structure"], p["period"], p["procedure"], number(p["answers"], 0, lang),
                     number(p["good"], 0, lang), number(p["medium"], 0, lang), number(p["bad"], 0, lang),
                     number(p["no_opinion"], 0, lang), score, status])
    return ["", f"Démarches en ligne : une démarche est notée à partir de {number(minimum, 0, lang)} réponses"
            " (hors NSP) ; objectif : note d’au moins 8/10."] + table(
        ["Structure", "Période", "Démarche", "Réponses", "Bon", "Moyen", "Mauvais", "NSP", "Note", "Statut"],
        "LLLRRRRRRL", rows)


def write_text(name, sample, lines):
    """Writes an expected table after a provenance line (which the tests drop)."""
    provenance = (f"# provenance: rendered {date.today().isoformat()} by"
                  " examples/src/test/scripts/expected_indicators.py from the expected results of"
                  f" the sample {sample} (default options), following the table layout of"
                  " docs/cli-formats.md; independent of spsplus.")
    with open(os.path.join(GOLDEN, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join([provenance] + lines) + "\n")


if __name__ == "__main__":
    write_text("expected-pickup-rate-table-fr.txt", "calls-sample.csv", results_table(pickup(), "fr"))
    write_text("expected-pickup-rate-table-en.txt", "calls-sample.csv", results_table(pickup(), "en"))
    write_text("expected-satisfaction-table-fr.txt", "answers-sample.csv", results_table(satisfaction(), "fr"))
    write_text("expected-delays-table-fr.txt", "requests-sample.csv",
               results_table(delays(), "fr") + backlog_section(delays(), "fr"))
    res, procs = online(100)
    write_text("expected-online-quality-table-fr.txt", "online-answers-sample.csv",
               results_table(res, "fr") + procedures_section(procs, 100, "fr"))
