# newskg frame lexicon: which words tell of a meeting, and which dependency
# paths from that word reach its participants, mediators, place, date and
# status.  Read by src/events/framelex.c, matched by src/events/tree.c over
# the Universal Dependencies trees of the syntax stage.
#
# Derived from (see NOTICE):
#   PropBank frames (propbank/propbank-frames, CC BY-SA 4.0): rolesets
#     meet.01/.03, talk.01, negotiate.01, visit.01, host.01, receive.01,
#     welcome.01, call.02, phone.01, confer.01, consult.01, convene.01,
#     reconvene.01, resume.01, attend.01, participate.01, invite.01,
#     mediate.01, broker.01, facilitate.01, chair.01, summit.01, trip.01,
#     travel.01, gather.01, hold.04, sit.01 (ARG0/ARG1/ARG2 -> roles below);
#   VerbNet 3.4 (cu-clear/verbnet, VerbNet 3.0 licence): meet-36.3 and
#     correspond-36.1 ("NP V PP.co-agent" = >obl[with], "NP and NP V" =
#     conjoined subject), talk-37.5 and chit_chat-37.6 (speak/talk/confer
#     with);
#   PETRARCH2 CAMEO.2.0 verb patterns (openeventdata/petrarch2, MIT):
#     040 MEET, 041 CALL, 042/043 VISIT/HOST, 045/046 MEDIATE/NEGOTIATE,
#     e.g. "(UNDER AUSPICES)", "(UNDER MEDIATION)" -> the med lines.
# No line is taken from a news sentence; each construction has its own test
# sentences in tests/unit/test_frames.c.
#
# ---- grammar ----------------------------------------------------------
# One directive per line; blank-separated fields; '#' starts a comment.
#
#   set    NAME  w1,w2,...             a lemma set, used as $NAME
#   forms  LEMMA f1,f2,...             irregular forms of a trigger lemma,
#                                      for the sentence gate and when the
#                                      lemmatizer misses them ("met")
#   paths  NAME  ALT|ALT...            alternatives shared by many lines:
#                                      an ALT written @NAME stands for them
#   frame  NAME  LEMMAS  UPOS  KIND  [min=N] [host]
#          one sense of a trigger.  LEMMAS: a,b or $SET.  UPOS: a UD tag
#          (VERB, NOUN).  KIND: meeting talks summit visit negotiation call.
#          min: participants needed (default 2; a summit of one forum is 1).
#          host: the subject that receives guests hosts them (CAMEO 043).
#   ROLE   ALT[|ALT...]  [type=T,...] [req] [each] [noconj]
#          ROLE: part (participant), host (participant who hosts), med
#          (mediator), place, date (the reached subtree holds a date).
#   CUE    ALT[|ALT...]      CUE: planned, neg (no event: negated,
#          refused, hypothetical), off (no event: postponed, cancelled).
#   need   ALT[|ALT...]      the sense applies only if some ALT matches
#   not    ALT[|ALT...]      the sense does not apply if some ALT matches
#
#   ALT  := STEP STEP...     (at most 4 steps; tried in order, the first
#                            alternative that yields an argument wins)
#   STEP := '>' REL [CASES] [LEMMAS]   down to a dependent
#         | '>>' REL [CASES] [LEMMAS]  down to any descendant within the
#                                      clause (not across acl, advcl, ccomp,
#                                      xcomp, parataxis or a subject), at most
#                                      4 edges: a phrase the parser hung on a
#                                      neighbouring noun ("met B [in Paris]"
#                                      with "in Paris" under B).  Put it last.
#         | '<' REL [CASES] [LEMMAS]   up to the head
#   REL  := a UD relation (obl, obl:agent, nmod:poss ...) | rel:* (the
#           relation and its subtypes) | * (any)
#   [w,..]  the DEPENDENT end of the edge has a case or mark child with one
#           of these lemmas (for '<' that is the node left behind)
#   {w,..}  the node reached has one of these lemmas; {!w,..}: none of them
#
#   Types: person country city region org; party = person,country,org;
#   place = city,region; pron = a pronoun or group noun left for the
#   discourse step ("they", "the two leaders").  No type: any entity.
#   req: the sense fails if the role stays empty (this is how "welcomed
#   the agreement" is not hosting).  each: one event per argument ("met
#   counterparts from A, B and C" is three meetings).  noconj: do not
#   spread over conjuncts.
#
# Fixed behaviour in C (not lexicon syntax), applied where a path lands:
# a name mention covering the node; else its appositions; else, for a
# group noun ($GROUP), its of/from/possessive/adjective countries; a
# relative pronoun stands for its antecedent; then conjuncts of the node
# get the same role.  Entries of the same lemma and UPOS are tried in file
# order; the first that applies wins, so specific senses come first.
#
# To add a construction: add or extend a line here, then add at least
# three test sentences of your own to tests/unit/test_frames.c.
# -----------------------------------------------------------------------

# A wish to meet ("want to meet", "would like to meet") is not an
# announced meeting (corpus convention): those verbs are in NEGV.
#
# Sets the C code reads by name (landing and discourse):
#   GROUP: nouns for a side's people; "leaders of A", "the Japanese
#     delegation" give the country, a bare "the two leaders" is left to
#     the discourse step.  GROUPOF: the prepositions of "leaders of/from A".  RELPRON: stand for the noun their clause
#     modifies.  PLURALPRON / SINGLEPRON: pronouns the discourse step
#     resolves (the sides of the event just told / the person just named).
#   The discourse step's own word lists are in the block at the end of
#   this file.
set GROUP   leader,head,president,minister,delegation,administration,delegate,representative,counterpart,official,envoy,team,side,government,diplomat,negotiator,member,chief,secretary,chancellor,premier,ambassador,authority,party,country,nation,state,foreign,prime,king,emperor
set GROUPOF of,from
# a name's suffix ("Joseph R. Biden, Jr."), which a parser may make the
# subject in place of the name: it stands for the name before it
set NAMESUFFIX jr,sr,ii,iii,iv
set RELPRON who,whom,which,that
set PLURALPRON they,we,them,us,their,our,both
set SINGLEPRON he,she,him,her,his
set PLAN    agree,plan,expect,schedule,hope,intend,decide,prepare,seek,propose,aim,set,due,arrange,offer,promise,pledge,commit,undertake,look,go
set NEGV    refuse,decline,fail,reject,cancel,postpone,avoid,stop,deny,halt,suspend,delay,scrap,drop,ready,willing,open,able,urge,want,wish,like,love
set OFFV    postpone,cancel,suspend,delay,scrap,drop,shelve,abandon,derail,halt,break
set LIGHT   hold,have,conduct,begin,open,resume,continue,join,attend,start,launch,enter,reconvene,convene,chair,host,wrap,conclude,complete,participate,engage
set MEDV    mediate,broker,facilitate,host,convene,sponsor,organize,organise,chair,moderate,lead,arrange
set TRAVEL  travel,fly,go,come,arrive,head,leave,depart,return
set WILL    will,shall,'ll,would
set MODAL   could,might,may,can,should,must
set COND    if,unless,whether
set NOT     not,never,n't,no
set THING   demand,target,requirement,need,expectation,goal,deadline,criterion,criteria,standard,obligation,condition,challenge,threshold,commitment,end,fate,death,resistance,opposition,request,press,reporter,journalist,crowd,public,people,family,student,worker,community,survivor,victim,troop,soldier,staff
set MEDN    auspices,aegis,mediation,chairmanship,patronage,sponsorship,facilitation,invitation,presence,leadership
set EVN     talk,negotiation,meeting,summit,conference,dialogue,round,discussion,consultation
# quantity nouns an event noun hangs under: "two days of talks", "a round of talks"
set QUANT   day,round,series,week,hour,session,set,couple,number
# verbs an event noun is the subject of when its own phrases hang on the
# verb ("the talks resumed in Geneva under the auspices of the UN")
set EVV     take,resume,continue,begin,open,start,end,conclude,close,last,proceed,run,wrap,reconvene,convene
set CALLN   phone,telephone,video,conference,virtual

# irregular forms of trigger lemmas (the suffix rules undo the rest)
forms meet   met
forms speak  spoke,spoken
forms sit    sat
forms ring   rang,rung

# ---- paths used by many frames (`@NAME` in a role line) ----
# the subject of a verb, of the verb it completes ("agreed to meet"), of the verb it is conjoined to
paths VSUBJ  >nsubj|<xcomp>nsubj|<xcomp>nsubj:pass|<conj>nsubj
# a verb announced: "will meet", "plan to meet"
paths VPLAN  >aux{$WILL}|<xcomp{$PLAN}
# a verb negated, hedged, conditional or refused
paths VNEG   >advmod{$NOT}|>aux{$MODAL}|>mark{$COND}|<xcomp{$NEGV}
# an event noun announced: "the upcoming talks", "will hold talks", "talks are expected"
paths NPLAN  >amod{planned,upcoming,proposed,next,forthcoming,future,expected,possible}|<obj{$LIGHT}>aux{$WILL}|<obj{$LIGHT}<xcomp{$PLAN}|<nsubj>aux{$WILL}|<nsubj:pass{expect,schedule,plan,set}|<nsubj:pass>aux{$WILL}
# an event noun called off: "the talks were postponed", "cancelled the meeting"
paths NOFF   <nsubj:pass{$OFFV}|<obj{$OFFV}|<nsubj{$OFFV}

# ---- verbs of meeting (VerbNet meet-36.3; PropBank meet.01; CAMEO 040)
# "A met B", "A met with B", "A and B met", "A agreed to meet B",
# "A flew to Paris to meet B", "after meeting B, A said"
# "A, who arrived Monday, met B": the relative clause hangs under A and
# is never on the path.  "A visited Kyiv, where she met B": the place is
# the noun the clause modifies, "she" is resolved by the discourse step.
# "A will travel to Tokyo to meet B": subject, place, date and status of
# the travel verb.  "A invited B to meet C": B meets (object control).
frame meet.v  meet  VERB  meeting
  not     >obj{$THING}
  part    >nsubj|>nsubj:pass|<xcomp{invite,ask}>obj|<xcomp>nsubj|<xcomp>nsubj:pass|<advcl>nsubj|<conj>nsubj|<xcomp<xcomp>nsubj|<acl{$PLAN,plan,agreement,decision,promise,commitment}>nsubj  type=party,pron
  part    >obj|>obl[with,alongside]|>obl:agent|>obl[by]|>obl[in,at]>nmod[with]|>>*[with,alongside]  type=party,pron
  med     >obl[under,at,through,with,in]{$MEDN}>nmod[of]|>obl[in]{talk,meeting,negotiation}>acl{$MEDV}>obl:agent|>>*[under,through,with]{$MEDN}>nmod[of]  type=party
  place   >obl[in,at]|>obl[in,at]>nmod[in]|>obl:*>nmod[in,at]|>obj>nmod[in,at]|<advcl{visit}>obj|<ccomp{visit}>obj|>obl[on,at]{margin,sideline,fringe}>nmod[of]>nmod[in]|>advcl[in,at]|<acl:relcl|<advcl:relcl|<advcl{$TRAVEL}>obl[to,in]|>>*[in,at]  type=place,country
  date    >obl:*|>nmod:tmod|>advmod|<advcl{$TRAVEL}>obl:*|>>*[on,in]|>>nmod:unmarked
  planned >aux{$WILL}|<xcomp{$PLAN,invite}|<xcomp>aux{$WILL}|<advcl{look}|<advcl>aux{$WILL}|<advcl<xcomp{$PLAN}|<xcomp<xcomp{$PLAN}|<acl{$PLAN,plan,agreement,decision,promise,commitment}
  neg     @VNEG|<xcomp>advmod{$NOT}|<ccomp{$NEGV}|<obj{$NEGV}|<xcomp>aux{$MODAL}

# "A sat down with B" (PropBank sit.01 with "down"; CAMEO 040 "SIT_DOWN")
frame sit.v  sit  VERB  meeting
  need    >compound:prt{down}|>advmod{down}
  part    @VSUBJ                               type=party,pron
  part    >obl[with]|>>*[with]                                                     type=party,pron
  place   >obl[in,at]|>obl[with]>nmod[in,at]|>>*[in,at]                             type=place,country
  date    >obl:*|>nmod:tmod|>>*[on,in]|>>nmod:unmarked
  planned @VPLAN
  neg     @VNEG

# ---- talking (VerbNet talk-37.5, chit_chat-37.6, correspond-36.1;
# PropBank talk.01, confer.01, consult.01, negotiate.01)
# "A talked with B", "A conferred with B", "A negotiated with B"
frame talk.v  talk,confer,consult,negotiate,converse,deliberate  VERB  talks
  part    @VSUBJ                               type=party,pron
  part    >obl[with]|>>*[with]                                                     type=party,pron
  place   >obl[in,at]|>obl[with]>nmod[in,at]|>>*[in,at]                             type=place,country
  date    >obl:*|>nmod:tmod|>>*[on,in]|>>nmod:unmarked
  planned @VPLAN
  neg     @VNEG

# ---- calls (CAMEO 041 via PETRARCH's MEET_PEOPLE/CALL; PropBank call.02,
# phone.01, telephone.01, speak.01)
# "A phoned B", "A spoke by phone with B", "A spoke to B", "A called B"
frame phone.v  phone,telephone,ring  VERB  call
  part    @VSUBJ                               type=party,pron
  part    >obj|>obl[with]                                                type=person,country,org
  date    >obl:*|>nmod:tmod
  planned @VPLAN
  neg     @VNEG
frame speak.v  speak  VERB  call
  not     >compound:prt{out,up}|>advmod{out,up}                          # "speak out" is no call
  part    @VSUBJ                               type=party,pron
  part    >obl[with,to]|>obl:*{phone,telephone,video,videoconference,line,call}>nmod[with,to]|>obl:*>nmod[with]|>>*[with]  type=person,country,org
  date    >obl:*|>nmod:tmod
  planned @VPLAN
  neg     @VNEG
# "called B" is a call only with a person as object ("called for talks" is not)
frame call.v  call  VERB  call
  not     >obl[for]|>xcomp|>ccomp
  part    >nsubj|<conj>nsubj                                             type=party,pron
  part    >obj                                                           type=person  req
  date    >obl:*|>nmod:tmod
  neg     @VNEG

# ---- resumption (PropBank reconvene.01, resume.01): "the two sides will
# reconvene in Geneva", "A and B agreed to reconvene on 13 May"; the
# sides of "the two sides" come from the discourse step.  A resumption
# with its own time or place is an entry of its own (corpus convention).
frame reconvene.v  reconvene,regroup  VERB  talks
  part    @VSUBJ|<advcl>nsubj|<obl{look}>nsubj|<advcl{look}>nsubj  type=party,pron  req
  part    >obl[with]                                                     type=party,pron
  place   >obl[in,at]                                                    type=place,country
  date    >obl:*|>nmod:tmod|>advmod
  planned @VPLAN|<advcl{look}|<obl{look}|<xcomp>aux{$WILL}
  neg     @VNEG

# ---- visits (PropBank visit.01; VerbNet meet-36.3 "visit"; CAMEO 042/043)
# "A visited B (a person)", "A visited Japan" (the visited country takes
# part and is the place), "A will visit Paris" (a city is only the place)
frame visit.v  visit  VERB  visit
  part    >nsubj|<xcomp{invite,ask}>obj|<xcomp>nsubj|<xcomp>nsubj:pass|<conj>nsubj|<advcl>nsubj|<acl{invitation}<obj>nsubj|<acl{invitation}>nmod:poss  type=party,pron  req
  part    >obj                                                           type=person,country
  part    <acl{invitation}>nmod[from]|<advcl{accept}>obj{invitation}>nmod[from]|<xcomp{accept}>obj{invitation}>nmod[from]|<xcomp{invite}>nsubj  type=person,country
  med     >obl[at]{invitation}>nmod[of]                                  type=party
  place   >obj|>obj>nmod[in]|>obl[in]                                    type=place,country
  date    >obl:*|>nmod:tmod|>advmod
  planned >aux{$WILL}|<xcomp{$PLAN,invite}|<xcomp>aux{$WILL}|<acl{invitation}|<advcl{accept}>obj{invitation}|<xcomp{accept}>obj{invitation}
  neg     @VNEG

# ---- hosting (PropBank host.01, receive.01, welcome.01; CAMEO 043)
# "A hosted talks between B and C": A mediates (must come before host.v)
frame host.v.talks  host,convene,organize,organise,sponsor  VERB  talks
  need    >obj{$EVN}>nmod[between,among]
  med     @VSUBJ|>obl:agent|>obl[by]            type=party
  part    >obj>nmod[between,among]                                       type=party
  place   >obl[in,at]                                                    type=place,country
  date    >obl:*|>nmod:tmod
  planned @VPLAN
  neg     @VNEG
# "A hosted B", "B was received by A", "A welcomed B to Paris": the
# guest must be a party, so "welcomed the agreement" is no meeting
frame host.v  host,receive,welcome  VERB  meeting  host
  not     <acl                                                           # "a meeting hosted by X": the noun's frame
  host    @VSUBJ|>obl:agent|>obl[by]            type=party,pron  req
  part    >obj|>nsubj:pass                                               type=party,pron  req
  place   >obl[in,at,to]|>obl[to]>nmod[in]|>obl:*>nmod[in,at]|>obj>nmod[to,in]|>>*[in,at,to]  type=place,country
  date    >obl:*|>nmod:tmod
  planned @VPLAN|<advcl{look}
  neg     @VNEG

# ---- mediation (PropBank mediate.01, broker.01, facilitate.01,
# convene.01, chair.01; CAMEO 045/046 "(UNDER MEDIATION)")
# "A mediated talks between B and C", "A brokered a meeting of B and C";
# "brokered a deal" has no between/among/of party, so it is no meeting
frame mediate.v  mediate,broker,facilitate,convene,chair,moderate  VERB  talks
  med     @VSUBJ|>obl:agent|>obl[by]            type=party  req
  part    >obj{$EVN}>nmod[between,among]|>obj{$EVN}>nmod[of]|>obl[between,among]  type=party  req
  place   >obl[in,at]                                                    type=place,country
  date    >obl:*|>nmod:tmod
  planned @VPLAN
  neg     @VNEG

# ---- attending and representing (PropBank attend.01, participate.01,
# represent.01): the event noun does the work ("attended the summit" is
# read from summit.n); these cover a forum named as the object
# "A will attend the G20", "A represented Japan at the APEC"
frame attend.v  attend  VERB  summit  min=1
  part    >obj                                                           type=org  req
  part    @VSUBJ                               type=party
  place   >obl[in,at]                                                    type=place,country
  date    >obl:*|>nmod:tmod
  planned @VPLAN
  neg     @VNEG

# ---- event nouns (PropBank meet.03, talk.01-n, negotiate.01-n,
# summit.01, visit.01-n, trip.01, call.02-n; CAMEO 040/042/046)
# A noun event takes its sides from its own complements ("talks between
# A and B", "a meeting of the leaders of A and B", "Japan-Spain talks") or
# from the verb it is the object of ("A held talks with B", "A attended
# the meeting"), so "hold", "attend", "join" need no frame of their own.
#
# "a telephone talk with B", "held a phone meeting with B": a call
frame call.n.compound  talk,meeting,discussion,consultation,conversation  NOUN  call
  need    >compound{phone,telephone}|>amod{telephonic,telephone,phone}
  part    >nmod[between,among,with]|>nmod:*>nmod[with]|>nmod:*>*>nmod[with]|<nsubj:pass>>*[between,among]|<nsubj{$EVV}>>*[between,among]  type=party,pron
  part    >nmod[of]                                                      type=party
  part    >nmod:poss|>compound|>amod                                     type=country,org,pron
  part    <obj{$LIGHT}>nsubj|<obj{$LIGHT}<xcomp>nsubj|<obj{$LIGHT}<xcomp>nsubj:pass|<obj{$LIGHT}<conj>nsubj|<obj{$LIGHT}>obl:agent|<nsubj:pass{$LIGHT}>obl:agent  type=party,pron
  part    <obl[for,in,during]{$TRAVEL,visit,meet}>nsubj|<obl[for]<xcomp>nsubj|<obl[during]>nsubj  type=party,pron
  part    <obj{$LIGHT}>obl[with]|<obl[for]{$TRAVEL,visit}>obl[with]|<obl[in,during]{meet}>obj|<obl[in,during]{meet}>obl[with]|<obj{$LIGHT}>>*[with]  type=party,pron
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj{$LIGHT}>obl|<obj{$LIGHT}>obl:tmod|<nsubj>obl:*|<nsubj:pass>obl:*|>nmod[with]|<nsubj:pass>>*[on,for,in]|<nsubj{$EVV}>>*[on,in]|<obj{$LIGHT}>>*[on]
  planned @NPLAN
  neg     <obj{$LIGHT}>advmod{$NOT}|<obj{$LIGHT}>aux{$MODAL}|<obj{$LIGHT}<xcomp{$NEGV}|>det{no}|<obj{call,urge,seek,demand,propose,offer}|<obl[for]{call,push,press,appeal}
  off     @NOFF

# "A hosted/convened/mediated talks between B and C", "talks between B
# and C hosted by A": A brings two others together and mediates
frame talk.n.hosted  talk,negotiation,dialogue,consultation,discussion,meeting  NOUN  talks
  need    <obj{$MEDV}|>*{$MEDV}
  need    >nmod[between,among]|>nmod[of]
  part    >nmod[between,among]|>nmod[of]                                 type=party,pron
  med     <obj{$MEDV}>nsubj|<obj{$MEDV}<xcomp>nsubj|<obj{$MEDV}<xcomp>nsubj:pass|<obj{$MEDV}>obl:agent|>*{$MEDV}>obl:agent|>*{$MEDV}>obl[by]|<nsubj{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]|<nsubj:pass>>*[under,with,through]{$MEDN}>nmod[of]|<obj{$LIGHT}>>*[under,with,through]{$MEDN}>nmod[of]|>acl{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]  type=party
  place   >nmod[in,at]|<obj>obl[in,at]|<nsubj>obl[in,at]|<nsubj{take}>obj{place}>nmod[in,at]|<nsubj:pass>obl[in,at]|>nmod[with,between]>nmod[in,at]|<obl[for]{$TRAVEL}>obl[to,in]|<obl[in,during]{meet}>obl[in,at]|<nsubj{$EVV}>>*[in,at]|<nsubj:pass>>*[in,at]|<obj{$LIGHT}>>*[in,at]|>acl{$EVV}>obl[in,at]  type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj>obl|<obj>obl:tmod|<nsubj>obl:*|<nsubj:pass>obl:*|>nmod[with]|<nsubj:pass>>*[on,for,in]|<nsubj{$EVV}>>*[on,in]|<obj{$LIGHT}>>*[on]|>acl{$EVV}>obl:*|>acl:relcl{$EVV}>obl:*|>conj{$EVV}>obl:*
  planned >amod{planned,upcoming,proposed,next,forthcoming,future,expected,possible}|<obj>aux{$WILL}|<obj<xcomp{$PLAN}|<nsubj>aux{$WILL}|<nsubj:pass{expect,schedule,plan,set}|<nsubj:pass>aux{$WILL}
  neg     <obj>advmod{$NOT}|<obj>aux{$MODAL}|<obj<xcomp{$NEGV}|>det{no}
  off     @NOFF

# "bilateral meetings with counterparts from A, B and C": one each
frame meeting.n.partners  meeting,talk  NOUN  meeting
  need    >nmod[with]{counterpart,leader,minister,delegation}>nmod[from]
  part    <obj{$LIGHT}>nsubj|<obj{$LIGHT}<conj>nsubj                     type=party
  part    >nmod[with]>nmod[from]                                         type=country,org  each
  date    <obj>obl|<obj>obl:tmod
  planned <obj>aux{$WILL}|<obj<xcomp{$PLAN}

# "talks between A and B", "A held talks with B", "Japan-Spain talks",
# "A met B in talks mediated by C" (merged with the meeting of "met")
frame talk.n  talk,negotiation,dialogue,consultation,discussion  NOUN  talks
  part    >nmod[between,among,with]|>nmod:*>nmod[with]|>nmod:*>*>nmod[with]|<nsubj:pass>>*[between,among]|<nsubj{$EVV}>>*[between,among]  type=party,pron
  part    >nmod[of]                                                      type=party
  part    >nmod:poss|>compound|>amod                                     type=country,org,pron
  part    <obj{$LIGHT}>nsubj|<obj{$LIGHT}<xcomp>nsubj|<obj{$LIGHT}<xcomp>nsubj:pass|<obj{$LIGHT}<conj>nsubj|<obj{$LIGHT}>obl:agent|<nsubj:pass{$LIGHT}>obl:agent  type=party,pron
  part    <obl[for,in,during]{$TRAVEL,visit,meet}>nsubj|<obl[for]<xcomp>nsubj|<obl[during]>nsubj  type=party,pron
  part    <nmod[of]{$QUANT}<obj{$LIGHT}>nsubj|<nmod[of]{$QUANT}<obl[for]{$TRAVEL,visit}>nsubj|<nmod[of]{$QUANT}<nsubj:pass>>*[between,among]  type=party,pron
  part    <obj{$LIGHT}>obl[with]|<obl[for]{$TRAVEL,visit}>obl[with]|<obl[in,during]{meet}>obj|<obl[in,during]{meet}>obl[with]|<obj{$LIGHT}>>*[with]  type=party,pron
  part    <obl[to,for]{invite}>obj|<obl[to,for]{invite}>nsubj:pass           type=party,pron
  part    >acl:relcl{include,involve,bring,gather}>obj                  type=party
  med     >*{$MEDV}>obl:agent|>*{$MEDV}>obl[by]|>nmod[under,with,through]{$MEDN}>nmod[of]|<nsubj:pass{$MEDV}>obl:agent|<nsubj{$MEDV}>obl:agent|<nsubj{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]|<nsubj:pass>>*[under,with,through]{$MEDN}>nmod[of]|<obj{$LIGHT}>>*[under,with,through]{$MEDN}>nmod[of]|>acl{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]  type=party
  place   >nmod[in,at]|<obj{$LIGHT}>obl[in,at]|<nsubj>obl[in,at]|<nsubj{take}>obj{place}>nmod[in,at]|<nsubj:pass>obl[in,at]|>nmod[with,between]>nmod[in,at]|<obl[for]{$TRAVEL}>obl[to,in]|<obl[in,during]{meet}>obl[in,at]|<nsubj{$EVV}>>*[in,at]|<nsubj:pass>>*[in,at]|<obj{$LIGHT}>>*[in,at]|<nmod[of]{$QUANT}<nsubj:pass>>*[in,at]|>acl{$EVV}>obl[in,at]  type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj{$LIGHT}>obl|<obj{$LIGHT}>obl:tmod|<nsubj>obl:*|<nsubj:pass>obl:*|>nmod[with]|<nsubj:pass>>*[on,for,in]|<nsubj{$EVV}>>*[on,in]|<obj{$LIGHT}>>*[on]|<nmod[of]{$QUANT}<nsubj:pass>obl:*|>acl{$EVV}>obl:*|>acl:relcl{$EVV}>obl:*|>conj{$EVV}>obl:*
  planned @NPLAN|<nmod[of]{$QUANT}<nsubj:pass{expect,schedule,plan,set}|<nmod[of]{$QUANT}<nsubj:pass>aux{$WILL}
  neg     <obj{$LIGHT}>advmod{$NOT}|<obj{$LIGHT}>aux{$MODAL}|<obj{$LIGHT}<xcomp{$NEGV}|>det{no}|<obj{call,urge,seek,demand,propose,offer}|<obl[for]{call,push,press,appeal}
  off     @NOFF

frame meeting.n  meeting,lunch,dinner,breakfast,encounter  NOUN  meeting
  part    >nmod[between,among,with]|>nmod:*>nmod[with]|>nmod:*>*>nmod[with]|<nsubj:pass>>*[between,among]|<nsubj{$EVV}>>*[between,among]  type=party,pron
  part    >nmod[of]                                                      type=party
  part    >nmod:poss|>compound|>amod                                     type=country,org,pron
  part    <obj{$LIGHT}>nsubj|<obj{$LIGHT}<xcomp>nsubj|<obj{$LIGHT}<xcomp>nsubj:pass|<obj{$LIGHT}<conj>nsubj|<nsubj:pass{$LIGHT}>obl:agent  type=party,pron
  part    <obl[for,in,during]{$TRAVEL,visit,meet}>nsubj|<obl[during]>nsubj  type=party,pron
  part    <nmod[of]{$QUANT}<obj{$LIGHT}>nsubj|<nmod[of]{$QUANT}<obl[for]{$TRAVEL,visit}>nsubj|<nmod[of]{$QUANT}<nsubj:pass>>*[between,among]  type=party,pron
  part    <obj{$LIGHT}>obl[with]|<obl[for]{$TRAVEL,visit}>obl[with]|<obj{$LIGHT}>>*[with]      type=party,pron
  part    <obl[to,for]{invite}>obj|<obl[to,for]{invite}>nsubj:pass           type=party,pron
  part    >acl:relcl{include,involve,bring,gather}>obj                  type=party
  med     >*{$MEDV}>obl:agent|>*{$MEDV}>obl[by]|>nmod[under,with,through]{$MEDN}>nmod[of]|<nsubj:pass{$MEDV}>obl:agent|<nsubj{$MEDV}>obl:agent|<nsubj{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]|<nsubj:pass>>*[under,with,through]{$MEDN}>nmod[of]|<obj{$LIGHT}>>*[under,with,through]{$MEDN}>nmod[of]|>acl{$EVV}>>*[under,with,through]{$MEDN}>nmod[of]  type=party
  place   >nmod[in,at]|<obj{$LIGHT}>obl[in,at]|<nsubj>obl[in,at]|<nsubj{take}>obj{place}>nmod[in,at]|<nsubj:pass>obl[in,at]|>nmod[with,between]>nmod[in,at]|<obl[in,during]{meet}>obl[in,at]|<nsubj{$EVV}>>*[in,at]|<nsubj:pass>>*[in,at]|<obj{$LIGHT}>>*[in,at]|<nmod[of]{$QUANT}<nsubj:pass>>*[in,at]|>acl{$EVV}>obl[in,at]  type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj{$LIGHT}>obl|<obj{$LIGHT}>obl:tmod|<nsubj>obl:*|<nsubj:pass>obl:*|>nmod[with]|<nsubj:pass>>*[on,for,in]|<nsubj{$EVV}>>*[on,in]|<obj{$LIGHT}>>*[on]|<nmod[of]{$QUANT}<nsubj:pass>obl:*|>acl{$EVV}>obl:*|>acl:relcl{$EVV}>obl:*|>conj{$EVV}>obl:*
  planned @NPLAN|<nmod[of]{$QUANT}<nsubj:pass{expect,schedule,plan,set}|<nmod[of]{$QUANT}<nsubj:pass>aux{$WILL}
  neg     <obj{$LIGHT}>advmod{$NOT}|<obj{$LIGHT}>aux{$MODAL}|<obj{$LIGHT}<xcomp{$NEGV}|>det{no}|<obj{call,urge,seek,demand,propose,offer,request,deny,reject,refuse,rule}|<obl[for]{call,push,press,appeal}
  off     @NOFF

# "A had an audience with B", "B granted A an audience": an audience is a
# meeting only with its partner named (a TV audience is none)
frame audience.n  audience  NOUN  meeting
  need    >nmod[with]|<obj{grant,give}
  part    >nmod[with]                                                    type=party,pron
  part    <obj{grant,give}>nsubj                                         type=party,pron
  part    <obj{grant,give}>iobj|<obj{grant,give}>obj                                          type=party,pron
  part    <obj{$LIGHT,seek,request,receive}>nsubj|<obj{$LIGHT}<xcomp>nsubj|<obj{$LIGHT}<conj>nsubj  type=party,pron
  place   >nmod[in,at]|>nmod[with]>nmod[in,at]|<obj>obl[in,at]           type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during,with]|<obj>obl:*
  planned <obj>aux{$WILL}|<obj<xcomp{$PLAN}
  neg     <obj>advmod{$NOT}|<obj<xcomp{$NEGV}|>det{no}

# "the G20 summit in Osaka", "the APEC summit was attended by A, B and C"
# "A hosted a summit with B": a bilateral host takes part
frame summit.n.with  summit  NOUN  summit
  need    >nmod[with]
  part    >nmod[with]                                                    type=party
  part    <obj{$LIGHT}>nsubj|<obj{$LIGHT}<xcomp>nsubj|<obj{$LIGHT}<xcomp>nsubj:pass|<obj{$LIGHT}<conj>nsubj  type=party,pron
  place   >nmod[in,at]|<obj{$LIGHT}>obl[in,at]                           type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj{$LIGHT}>obl|<obj{$LIGHT}>obl:tmod
  planned >amod{planned,upcoming,proposed,next,forthcoming,future}|<obj{$LIGHT}>aux{$WILL}|<obj{$LIGHT}<xcomp{$PLAN}
  neg     <obj{$LIGHT}>advmod{$NOT}|<obj{$LIGHT}<xcomp{$NEGV}|>det{no}
  off     <nsubj:pass{$OFFV}|<obj{$OFFV}

# A summit that is only the setting of another meeting ("met on the
# sidelines of the G20 summit", "talks at the summit") is no event of its own
frame summit.n  summit,conference  NOUN  summit  min=1
  not     >compound{press,news,video,phone,telephone}|>amod{virtual}|<nmod[of]{margin,sideline,fringe,side}|<obl[at,on,during]{meet,talk,speak,hold,sign}|<nmod[at,on,during]
  part    >compound|>amod|>nmod:poss|>nmod[of]                           type=country,org
  part    >nmod[between,among,with]                                      type=party
  part    <nsubj:pass{attend}>obl:agent|<nsubj:pass{attend}>obl[by]      type=party
  part    <obj{attend,join,participate}>nsubj|<obl[in,at]{participate,attend,represent}>nsubj|<obj{attend}<xcomp>nsubj  type=party
  part    <obl[at]{represent}>obj                                        type=party     # "A will represent the EU at the summit"
  med     <obj{host,chair,convene,organize,organise}>nsubj|>*{$MEDV}>obl:agent|>*{$MEDV}>obl[by]  type=party
  place   >nmod[in,at]|<obj{$LIGHT}>obl[in,at]|<nsubj{take,be,open,begin}>obl[in,at]|<nsubj{take}>obj{place}>nmod[in,at]|<nsubj:pass>obl[in,at]|<obl[for]{gather,meet,convene,assemble,arrive,travel,fly,come,go,head,leave,depart}>obl[in,at,to]  type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj{$LIGHT}>obl|<nsubj>obl:*|<nsubj:pass>obl:*|>nmod[with]|<obl[for]>obl|<obl[for]>obl:*
  planned >amod{planned,upcoming,proposed,next,forthcoming,future}|<obj{$LIGHT}>aux{$WILL}|<obj{$LIGHT}<xcomp{$PLAN}|<nsubj>aux{$WILL}|<obl[at,in]{represent,participate,attend}>aux{$WILL}|<obj{attend,join}>aux{$WILL}
  neg     <obj{$LIGHT}>advmod{$NOT}|<obj{$LIGHT}<xcomp{$NEGV}|>det{no}
  off     <nsubj:pass{$OFFV}|<obj{$OFFV}

frame visit.n  visit,trip  NOUN  visit
  part    >nmod:poss|<obj{make,pay,begin,start,conclude,undertake,end}>nsubj|<obl[on]>nsubj  type=party,pron  req
  part    >nmod[to]                                                      type=person,country
  place   >nmod[to,in]                                                   type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj>obl|<obj>obl:tmod
  planned >amod{planned,upcoming,proposed,next,forthcoming,future}|<obj>aux{$WILL}|<obj<xcomp{$PLAN}
  neg     <obj>advmod{$NOT}|<obj<xcomp{$NEGV}|>det{no}
  off     <nsubj:pass{$OFFV}|<obj{$OFFV}

# "In a call with B, A said": the clause's subject made the call; without
# a partner of its own ("during the calls, the leaders agreed") the noun
# points back to calls already told, so this sense needs the "with"
frame call.n.in  call,conversation  NOUN  call
  need    >nmod[with]
  need    <obl[in,during]
  part    >nmod[with]                                                    type=party,pron
  part    <obl[in,during]>nsubj                                          type=party,pron
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obl>obl|<obl>obl:tmod
  neg     <obl>advmod{$NOT}|>det{no}

frame call.n  call,conversation  NOUN  call
  need    >compound{$CALLN}|>amod{telephonic,telephone,phone}|>nmod[with]|<obj{have,hold,make,receive,take}
  not     >nmod[for]|>acl
  part    >nmod[with,between]|>nmod[from]|>nmod:*>nmod[with]|>nmod:*>*>nmod[with]  type=party,pron
  part    <obj{have,hold,make,receive,take}>nsubj|<obj<conj>nsubj      type=party,pron
  part    <obj{receive,take}>obl[from]|<obj{make}>obl[to]|<obj{have,hold,make}>obl[with]  type=party
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<obj>obl|<obj>obl:tmod
  planned <obj>aux{$WILL}|<obj<xcomp{$PLAN}
  neg     <obj>advmod{$NOT}|<obj<xcomp{$NEGV}|>det{no}

# ---- discourse (read by src/events/discourse.c) -----------------------
# DEFDET: determiners that make a group noun point back ("the leaders",
#   "both sides", "these ministers"); without one it is new ("more
#   leaders").  EVDET: determiners that make an event noun the event
#   already told ("the talks resumed", "this meeting"; "these talks" are
#   several).  WEPRON: pronouns that inside a quotation are the speaker's
#   side.  SAY: reporting verbs whose subject speaks a quotation.  COUNTRYG: group nouns that stand
#   for countries, not persons, when the article has no event to refer to
#   ("the two countries" vs "the two leaders").  GROUPOF (set above) also
#   says which group a group noun is ("the ministers of finance", "the
#   leaders from the region": not the sides told before).
set DEFDET   the,both,these,those,their,they
set EVDET    the,this,that
set WEPRON   we,us,our
set SAY      say,tell,add,state,note,stress,declare,announce,remark,emphasise,emphasize,underline,write,reply,explain
set COUNTRYG country,nation,state,side,government,party,administration

# "the visit took place in Hanoi", "the trip will end in Lima": a visit
# already told, named again without its visitor (visit.n above needs
# one).  The discourse step gives its place and date to the visit told,
# or drops it when the article told none.
frame visit.n.told  visit,trip  NOUN  visit
  need    >det{$EVDET}
  place   >nmod[to,in]|<nsubj{take,be,begin,start,open,continue,conclude}>obl[in,at]|<nsubj:pass>obl[in,at]  type=place,country
  date    >nmod:tmod|>nmod:unmarked|>nmod[on,in,during]|<nsubj>obl|<nsubj>obl:tmod|<nsubj:pass>obl|<nsubj:pass>obl:*
  planned >amod{planned,upcoming,next,forthcoming}|<nsubj>aux{$WILL}|<nsubj:pass>aux{$WILL}
  neg     >det{no}|<nsubj>advmod{$NOT}|<nsubj>aux{$MODAL}
  off     <nsubj:pass{$OFFV}|<obj{$OFFV}|<nsubj{$OFFV}
# ---- end of discourse --------------------------------------------------
