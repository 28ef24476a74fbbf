import datetime as dt
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
    return dt.date(y,mo,da)
OVERSEAS={'GUADELOUPE':(5,27),'MARTINIQUE':(5,22),'GUYANE':(6,10),'REUNION':(12,20),'MAYOTTE':(4,27)}
def holidays(zone,y):
    e=easter(y);D=dt.timedelta
    s={dt.date(y,1,1),e+D(1),dt.date(y,5,1),dt.date(y,5,8),e+D(39),e+D(50),dt.date(y,7,14),dt.date(y,8,15),dt.date(y,11,1),dt.date(y,11,11),dt.date(y,12,25)}
    if zone=='ALSACE_MOSELLE': s|={e-D(2),dt.date(y,12,26)}
    if zone in OVERSEAS: s.add(dt.date(y,*OVERSEAS[zone]))
    return s
def counted(zone,unit,d):
    if unit=='CALENDAR_DAYS': return True
    return d.weekday()<5 and d not in holidays(zone,d.year)
