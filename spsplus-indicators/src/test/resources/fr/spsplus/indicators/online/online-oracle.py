# Independent oracle of online-procedures.csv and online-indicator.csv (exact Fractions).
from fractions import Fraction as Fr
GROUPS = {  # group: (min_answers, threshold, marks bad/medium/good)
    'DEFAULT': (100, Fr(8), (Fr(0), Fr(5), Fr(10))),
    'CUSTOM': (10, Fr(15, 2), (Fr(0), Fr(5), Fr(10))),
    'MARKS': (4, Fr(8), (Fr(5, 2), Fr(5), Fr(10))),
}
PROCEDURES = [  # group, procedure, bad, medium, good, nsp
    ('DEFAULT', 'exactly-8-at-minimum', 10, 20, 70, 5),
    ('DEFAULT', 'just-below-8', 10, 21, 69, 0),
    ('DEFAULT', 'below-minimum', 0, 0, 99, 0),
    ('DEFAULT', 'nsp-only', 0, 0, 0, 50),
    ('DEFAULT', 'high', 0, 100, 900, 0),
    ('DEFAULT', 'low', 100, 100, 100, 0),
    ('DEFAULT', 'minimum-without-nsp', 0, 20, 80, 30),
    ('DEFAULT', '99-valid-plus-nsp', 0, 0, 99, 10),
    ('CUSTOM', 'exactly-7.5-at-minimum', 0, 5, 5, 0),
    ('CUSTOM', 'too-few', 0, 1, 1, 0),
    ('MARKS', 'bad-marked-2.5', 1, 0, 3, 0),
    ('MARKS', 'medium-and-good', 0, 2, 2, 1),
]
print('group,procedure,bad,medium,good,nsp,score_fraction,score,rated,reached')
totals = {}
for g, p, b, m, good, nsp in PROCEDURES:
    minimum, threshold, marks = GROUPS[g]
    n = b + m + good
    score = (b * marks[0] + m * marks[1] + good * marks[2]) / n if n else None
    rated = n >= minimum
    reached = rated and score >= threshold
    t = totals.setdefault(g, [0, 0, 0, 0, 0, 0])
    t[0] += rated; t[1] += reached; t[2] += not rated
    t[3] += sum(c for c, mark in zip((b, m, good), marks) if mark >= threshold); t[4] += n; t[5] += nsp
    print(f"{g},{p},{b},{m},{good},{nsp},{'' if score is None else score},"
          f"{'' if score is None else float(score)},{str(rated).lower()},{str(reached).lower()}")
print()
print('group,min_answers,threshold,marks,rated,reached,below_minimum,value,answers_at_threshold,valid_answers,nsp')
for g, t in totals.items():
    minimum, threshold, marks = GROUPS[g]
    print(f"{g},{minimum},{float(threshold)},{'/'.join(str(float(x)) for x in marks)},{t[0]},{t[1]},{t[2]},"
          f"{float(Fr(t[1], t[0])) if t[0] else ''},{t[3]},{t[4]},{t[5]}")
