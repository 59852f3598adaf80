import json,sys,glob,os,fnmatch,collections
REL=['HOLDS_OFFICE','MET','VISITED','SIGNED','PARTY_TO','MEMBER_OF','CONNECTS','CONCERNS','LOCATED_IN']
def m(x,y):
    return fnmatch.fnmatchcase(x.replace('*',''),y) or fnmatch.fnmatchcase(y.replace('*',''),x)
def norm(r):
    p=r.split()
    if p[0]=='MET' and p[1]>p[2]: p[1],p[2]=p[2],p[1]
    return p
def match(A,B):
    used=set(); tp=0
    for a in A:
        for j,b in enumerate(B):
            if j in used: continue
            pa=norm(a); pb=norm(b)
            if pa[0]!=pb[0]: continue
            ok=all(m(x,y) for x,y in zip(pa[1:],pb[1:]))
            if not ok and pa[0]=='MET': ok=m(pa[1],pb[2]) and m(pa[2],pb[1])
            if ok: used.add(j); tp+=1; break
    return tp
ta=collections.Counter(); tb=collections.Counter(); tt=collections.Counter()
for fb in sorted(glob.glob(sys.argv[2]+'/*.json')):
    fa=os.path.join(sys.argv[1],os.path.basename(fb))
    A=json.load(open(fa)); B=json.load(open(fb))
    for kind in ('entities','relations'):
        for t in set(x.split()[0] for x in A[kind]+B[kind]):
            a=[x for x in A[kind] if x.split()[0]==t]; b=[x for x in B[kind] if x.split()[0]==t]
            tp=match(a,b); ta[t]+=len(a); tb[t]+=len(b); tt[t]+=tp
for t in sorted(ta, key=lambda k:(k in REL,k)):
    a,b,tp=ta[t],tb[t],tt[t]
    print(f"{t:14s} A {a:4d} B {b:4d} both {tp:4d}  B-vs-A P {tp/max(b,1):.2f} R {tp/max(a,1):.2f}")
a=sum(ta[t] for t in REL); b=sum(tb[t] for t in REL); tp=sum(tt[t] for t in REL)
print(f"ALL relations   A {a} B {b} both {tp}  B-vs-A P {tp/b:.2f} R {tp/a:.2f}  F1 {2*tp/(a+b):.2f}")
