import sys, datetime as dt
sys.path.insert(0, __import__('os').path.dirname(__file__)); from holidays import counted
D=dt.timedelta
F=dt.date.fromisoformat
# case,group,zone,unit,announced,received,closed,suspensions,procedure  (hand-chosen inputs)
ROWS = """easter_monday_on_time,APR24,METROPOLE,WORKING_DAYS,5,2024-03-28,2024-04-05,,TITRE_SEJOUR
easter_monday_late,APR24,METROPOLE,WORKING_DAYS,5,2024-03-28,2024-04-08,,TITRE_SEJOUR
good_friday_alsace,APR24,ALSACE_MOSELLE,WORKING_DAYS,5,2024-03-28,2024-04-08,,TITRE_SEJOUR
suspension_not_deducted,APR24,METROPOLE,CALENDAR_DAYS,10,2024-04-01,2024-04-20,2024-04-05/2024-04-15,CARTE_GRISE
open_overdue_calendar,APR24,METROPOLE,CALENDAR_DAYS,10,2024-04-10,,,CARTE_GRISE
open_within_delay,APR24,METROPOLE,CALENDAR_DAYS,30,2024-04-10,,,CARTE_GRISE
open_overdue_working,APR24,METROPOLE,WORKING_DAYS,10,2024-04-02,,,TITRE_SEJOUR
closed_after_period_overdue,APR24,METROPOLE,CALENDAR_DAYS,5,2024-04-20,2024-05-03,,PERMIS
open_suspended_not_deducted,APR24,METROPOLE,CALENDAR_DAYS,10,2024-04-10,,2024-04-12/2024-05-10,PERMIS
received_after_period,APR24,METROPOLE,CALENDAR_DAYS,10,2024-05-02,,,PERMIS
closed_before_period,APR24,METROPOLE,CALENDAR_DAYS,30,2024-03-01,2024-03-20,,PERMIS
suspension_deducted,APR24D,METROPOLE,CALENDAR_DAYS,10,2024-04-01,2024-04-20,2024-04-05/2024-04-15,CARTE_GRISE
open_suspended_deducted,APR24D,METROPOLE,CALENDAR_DAYS,10,2024-04-10,,2024-04-12/2024-05-10,PERMIS
open_overdue_calendar_deducted,APR24D,METROPOLE,CALENDAR_DAYS,10,2024-04-10,,,CARTE_GRISE
national_day_monday,JUL25,METROPOLE,WORKING_DAYS,3,2025-07-10,2025-07-16,,RSA
national_day_calendar_days,JUL25,METROPOLE,CALENDAR_DAYS,3,2025-07-10,2025-07-16,,RSA
national_day_on_sunday,JUL24,METROPOLE,WORKING_DAYS,1,2024-07-12,2024-07-15,,RSA
saint_stephen_alsace,DEC25,ALSACE_MOSELLE,WORKING_DAYS,2,2025-12-23,2025-12-29,,RSA
saint_stephen_metropole,DEC25,METROPOLE,WORKING_DAYS,2,2025-12-23,2025-12-29,,RSA
reunion_abolition_day,DEC24,REUNION,WORKING_DAYS,1,2024-12-19,2024-12-23,,RSA
reunion_day_in_metropole,DEC24,METROPOLE,WORKING_DAYS,1,2024-12-19,2024-12-23,,RSA
guadeloupe_and_ascension,MAY25,GUADELOUPE,WORKING_DAYS,2,2025-05-26,2025-05-30,,RSA
martinique_not_on_27_may,MAY25,MARTINIQUE,WORKING_DAYS,2,2025-05-26,2025-05-30,,RSA
mayotte_same_day_delay,APR26,MAYOTTE,WORKING_DAYS,0,2026-04-24,2026-04-27,,RSA
mayotte_day_in_metropole,APR26,METROPOLE,WORKING_DAYS,0,2026-04-24,2026-04-27,,RSA
all_saints_on_saturday,NOV25,METROPOLE,WORKING_DAYS,5,2025-10-30,2025-11-06,,RSA
christmas_on_sunday_metropole,DEC22,METROPOLE,WORKING_DAYS,4,2022-12-23,2022-12-30,,RSA
christmas_on_sunday_alsace,DEC22,ALSACE_MOSELLE,WORKING_DAYS,4,2022-12-23,2022-12-30,,RSA
leap_day_calendar_into,FEB24,METROPOLE,CALENDAR_DAYS,30,2024-01-30,2024-02-29,,PASSEPORT
leap_day_working,FEB24,METROPOLE,WORKING_DAYS,1,2024-02-28,2024-02-29,,PASSEPORT
leap_day_calendar_from_on_time,MAR24,METROPOLE,CALENDAR_DAYS,30,2024-02-29,2024-03-30,,PASSEPORT
leap_day_calendar_from_late,MAR24,METROPOLE,CALENDAR_DAYS,30,2024-02-29,2024-03-31,,PASSEPORT
working_suspension_not_deducted,MAY24,METROPOLE,WORKING_DAYS,5,2024-05-06,2024-05-17,2024-05-07/2024-05-14,PASSEPORT
working_suspension_deducted,MAY24D,METROPOLE,WORKING_DAYS,5,2024-05-06,2024-05-17,2024-05-07/2024-05-14,PASSEPORT"""
GROUPS={'APR24':('2024-04-01','2024-04-30','NOT_DEDUCTED'),'APR24D':('2024-04-01','2024-04-30','DEDUCTED'),
'JUL25':('2025-07-01','2025-07-31','NOT_DEDUCTED'),'JUL24':('2024-07-01','2024-07-31','NOT_DEDUCTED'),
'DEC25':('2025-12-01','2025-12-31','NOT_DEDUCTED'),'DEC24':('2024-12-01','2024-12-31','NOT_DEDUCTED'),
'MAY25':('2025-05-01','2025-05-31','NOT_DEDUCTED'),'APR26':('2026-04-01','2026-04-30','NOT_DEDUCTED'),
'NOV25':('2025-11-01','2025-11-30','NOT_DEDUCTED'),'DEC22':('2022-12-01','2022-12-31','NOT_DEDUCTED'),
'FEB24':('2024-02-01','2024-02-29','NOT_DEDUCTED'),'MAR24':('2024-03-01','2024-03-31','NOT_DEDUCTED'),
'MAY24':('2024-05-01','2024-05-31','NOT_DEDUCTED'),'MAY24D':('2024-05-01','2024-05-31','DEDUCTED')}
def susp_set(s):
    days=set()
    for part in filter(None,s.split(';')):
        a,b=map(F,part.split('/'))
        d=a+D(1)
        while d<=b: days.add(d); d+=D(1)
    return days
def eff(zone,unit,rec,asof,susp,rule):
    n=0;d=rec+D(1)
    while d<=asof:
        if counted(zone,unit,d) and not (rule=='DEDUCTED' and d in susp): n+=1
        d+=D(1)
    return n
def last_on_time(zone,unit,ann,rec,susp,rule):
    d=rec
    while True:
        nd=d+D(1)
        if eff(zone,unit,rec,nd,susp,rule)>ann: return d
        d=nd
out=[];groups={}
for line in ROWS.splitlines():
    case,g,zone,unit,ann,rec,closed,s,proc=line.split(',')
    ann=int(ann);rec=F(rec);closed=F(closed) if closed else None
    start,last,rule=GROUPS[g];start=F(start);last=F(last);susp=susp_set(s)
    lot=last_on_time(zone,unit,ann,rec,susp,rule)
    G=groups.setdefault(g,dict(closed=0,on_time=0,cb=0,open=0,ra=0,overdue=0,oldest=None))
    if closed and closed<start: cls='CLOSED_BEFORE_PERIOD';el='';G['cb']+=1
    elif rec>last: cls='RECEIVED_AFTER_PERIOD';el='';G['ra']+=1
    elif closed and closed<=last:
        e=eff(zone,unit,rec,closed,susp,rule);el=e;cls='ON_TIME' if e<=ann else 'LATE'
        G['closed']+=1;G['on_time']+=cls=='ON_TIME'
    else:
        e=eff(zone,unit,rec,last,susp,rule);el=e;cls='OPEN_OVERDUE' if e>ann else 'OPEN_WITHIN_DELAY';G['open']+=1
        if e>ann:
            G['overdue']+=1;G['oldest']=min(G['oldest'] or lot,lot)
    out.append(f"{line},{cls},{el},{lot}")
print('\n'.join(out))
print()
for g,G in groups.items():
    start,last,rule=GROUPS[g]
    v='' if G['closed']==0 else G['on_time']/G['closed']
    print(g,start[:7],rule,G)
