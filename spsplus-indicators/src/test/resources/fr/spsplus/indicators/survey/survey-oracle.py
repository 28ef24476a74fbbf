from fractions import Fraction as Fr
from statistics import NormalDist
import math
z=NormalDist().inv_cdf(0.975)
SCALES={'FOUR_POINT':['TRES_INSATISFAIT','PLUTOT_INSATISFAIT','PLUTOT_SATISFAIT','TRES_SATISFAIT'],
'FIVE_POINT':['TRES_INSATISFAIT','INSATISFAIT','NEUTRE','SATISFAIT','TRES_SATISFAIT'],
'NPS_0_10':[str(i) for i in range(11)],'CES_1_7':[str(i) for i in range(1,8)],'JDMA_3':['BAD','MEDIUM','GOOD'],'YES_NO':['NON','OUI']}
SCORES={'FOUR_POINT':[1,2,3,4],'FIVE_POINT':[1,2,3,4,5],'NPS_0_10':list(range(11)),'CES_1_7':list(range(1,8)),'JDMA_3':[0,5,10],'YES_NO':[0,1]}
TOP={'FOUR_POINT':{2,3},'FIVE_POINT':{3,4},'NPS_0_10':{9,10},'CES_1_7':{4,5,6},'JDMA_3':{2},'YES_NO':{1}}
BOT={'FOUR_POINT':{0,1},'FIVE_POINT':{0,1},'NPS_0_10':set(range(7)),'CES_1_7':{0,1,2},'JDMA_3':{0},'YES_NO':{0}}
def parse(scale,text):
    out=[]
    for tok in text.split():
        w=Fr(1)
        if '@' in tok: tok,ws=tok.split('@'); w=Fr(ws)
        c=1
        if '*' in tok: tok,cs=tok.split('*'); c=int(cs)
        out += [(tok,w)]*c
    return out
def wilson(p,n):
    p=float(p);n=float(n);k=z*z/n
    c=(p+k/2)/(1+k);h=z*math.sqrt(p*(1-p)/n+k/(4*n))/(1+k)
    lo=0.0 if p==0 else c-h; hi=1.0 if p==1 else c+h
    return max(0,min(lo,p)),min(1,max(hi,p))
def compute(case,scale,answers,settings,stat):
    codes=SCALES[scale];V=len(codes)
    st=dict(s.split('=') if '=' in s else (s,'') for s in settings.split(';') if s)
    weighted='weighted' in st; pub=tuple(map(int,st.get('pub','30/100').split('/')))
    top=TOP[scale] if 'top' not in st else {codes.index(c) for c in st['top'].split('+')}
    bot=BOT[scale] if 'bottom' not in st else {codes.index(c) for c in st['bottom'].split('+')}
    marks=SCORES[scale] if 'marks' not in st else [Fr(x) for x in st['marks'].split('/')]
    ans=parse(scale,answers); valid=[(codes.index(c),w) for c,w in ans if c!='NSP']; nsp=sum(1 for c,w in ans if c=='NSP')
    nvalid=len(valid)
    ws=[w if weighted else Fr(1) for i,w in valid]
    W=sum(ws,Fr(0)); Q=sum((w*w for w in ws),Fr(0))
    neff = (W*W/Q) if nvalid else Fr(0)
    size=math.floor(neff) if weighted else nvalid
    status='INSUFFICIENT_SAMPLE' if size<pub[0] else ('INDICATIVE' if size<pub[1] else 'PUBLISHABLE')
    shown = status!='INSUFFICIENT_SAMPLE' and nvalid>0
    kind='prop'
    if stat=='TOP_BOX': box=top
    elif stat=='CES_SHARE': box={4,5,6}
    elif stat=='YES_RATE': box={1}
    else: kind='mean'
    if kind=='prop':
        num=sum((w for (i,_),w in zip(valid,ws) if i in box),Fr(0))
        val=num/W if nvalid else None
        lo=hi=None
        if shown: lo,hi=wilson(val,neff if weighted else nvalid)
    else:
        if stat in('NET_RATE','NPS'):
            t,b=(top,bot) if stat=='NET_RATE' else ({9,10},set(range(7)))
            y=[1 if i in t else (-1 if i in b else 0) for i in range(len(codes))]
        elif stat=='CES_MEAN': y=SCORES['CES_1_7']
        else: y=marks
        num=sum((w*y[i] for (i,_),w in zip(valid,ws)),Fr(0))
        val=num/W if nvalid else None
        lo=hi=None
        if shown and (neff if weighted else nvalid)>1:
            ss=sum((w*(y[i]-val)**2 for (i,_),w in zip(valid,ws)),Fr(0))
            var = ss/W*neff/(neff-1) if weighted else ss/(nvalid-1)
            n=neff if weighted else nvalid
            half=z*math.sqrt(float(var))/math.sqrt(float(n))
            ylo=min(y[:len(codes)]);yhi=max(y[:len(codes)])
            lo=min(float(val),max(ylo,float(val)-half)); hi=max(float(val),min(yhi,float(val)+half))
    def f(x): return '' if x is None else repr(float(x))
    return [case,scale,answers,settings,stat,
            '' if (val is None or not shown) else str(val),
            f(val if shown else None),f(num if nvalid else 0),f(W if nvalid else 0),str(size),str(nsp),status,
            '' if lo is None else repr(lo),'' if hi is None else repr(hi)]
CASES=[
('top2_four_point','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','pub=1/1','TOP_BOX'),
('net_rate_four_point','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','pub=1/1','NET_RATE'),
('mean_four_point','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','pub=1/1','MEAN'),
('top1_custom_box','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','pub=1/1;top=TRES_SATISFAIT','TOP_BOX'),
('net_rate_custom_boxes','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','pub=1/1;top=TRES_SATISFAIT;bottom=TRES_INSATISFAIT','NET_RATE'),
('top2_five_point_neutral','FIVE_POINT','TRES_SATISFAIT*4 SATISFAIT*4 NEUTRE*2 INSATISFAIT TRES_INSATISFAIT NSP','pub=1/1','TOP_BOX'),
('net_rate_five_point_neutral','FIVE_POINT','TRES_SATISFAIT*4 SATISFAIT*4 NEUTRE*2 INSATISFAIT TRES_INSATISFAIT NSP','pub=1/1','NET_RATE'),
('nps_mixed','NPS_0_10','10*3 9*2 8*2 7 6 3 0 NSP','pub=1/1','NPS'),
('nps_all_promoters','NPS_0_10','9*2 10*2','pub=1/1','NPS'),
('nps_all_detractors','NPS_0_10','0 6*3','pub=1/1','NPS'),
('ces_mean','CES_1_7','7*2 6*3 5 4*2 2 1 NSP','pub=1/1','CES_MEAN'),
('ces_share_5_to_7','CES_1_7','7*2 6*3 5 4*2 2 1 NSP','pub=1/1','CES_SHARE'),
('jdma_score','JDMA_3','GOOD*6 MEDIUM*3 BAD NSP*2','pub=1/1','JDMA_SCORE'),
('jdma_score_custom_marks','JDMA_3','GOOD*6 MEDIUM*3 BAD NSP*2','pub=1/1;marks=0/4/10','JDMA_SCORE'),
('jdma_single_answer_no_interval','JDMA_3','GOOD','pub=1/1','JDMA_SCORE'),
('yes_rate','YES_NO','OUI*7 NON*3 NSP*5','pub=1/1','YES_RATE'),
('weighted_top2_kish','FOUR_POINT','TRES_SATISFAIT*2@2 PLUTOT_SATISFAIT@1 PLUTOT_INSATISFAIT@0.5 TRES_INSATISFAIT@0.5 NSP@3','pub=1/1;weighted','TOP_BOX'),
('weighted_equal_weights','FOUR_POINT','TRES_SATISFAIT*3@2 PLUTOT_INSATISFAIT@2','pub=1/1;weighted','TOP_BOX'),
('weighted_net_rate_kish','FOUR_POINT','TRES_SATISFAIT*2@2 PLUTOT_SATISFAIT@1 PLUTOT_INSATISFAIT@0.5 TRES_INSATISFAIT@0.5 NSP@3','pub=1/1;weighted','NET_RATE'),
('weighted_jdma_score_kish','JDMA_3','GOOD*2@1.5 MEDIUM@1 BAD@0.5','pub=1/1;weighted','JDMA_SCORE'),
('weighted_status_from_kish','FOUR_POINT','TRES_SATISFAIT*2@10 PLUTOT_INSATISFAIT*3@1','pub=3/4;weighted','TOP_BOX'),
('all_nsp_top2','FOUR_POINT','NSP*5','pub=1/1','TOP_BOX'),
('all_nsp_weighted','FOUR_POINT','NSP*3@2','pub=1/1;weighted','TOP_BOX'),
('all_nsp_jdma_score','JDMA_3','NSP*4','pub=1/1','JDMA_SCORE'),
('all_nsp_net_rate','FOUR_POINT','NSP*2','pub=1/1','NET_RATE'),
('zero_answers_top2','FOUR_POINT','','pub=1/1','TOP_BOX'),
('zero_answers_nps','NPS_0_10','','pub=1/1','NPS'),
('withheld_below_30','FOUR_POINT','TRES_SATISFAIT*3 PLUTOT_SATISFAIT*2 PLUTOT_INSATISFAIT TRES_INSATISFAIT NSP*2','','TOP_BOX'),
('indicative_at_30','FOUR_POINT','TRES_SATISFAIT*20 PLUTOT_INSATISFAIT*10 NSP*4','','TOP_BOX'),
('publishable_at_100','FOUR_POINT','TRES_SATISFAIT*40 PLUTOT_SATISFAIT*45 PLUTOT_INSATISFAIT*10 TRES_INSATISFAIT*5','','TOP_BOX'),
]
print("case,scale,answers,settings,statistic,fraction,value,numerator,denominator,n,nsp,status,low,high")
for c in CASES: print(','.join(compute(*c)))
