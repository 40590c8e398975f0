"""Inverse document frequencies of common terms in news, counted by us over MEANTIME."""

# Written by bench/paraphrase.py --derive-idf: ln((N + 1) / (df + 1)) over the
# 1657 distinct sentences of the MEANTIME English Wikinews corpus (Minard et al.,
# LREC 2016; CC BY 4.0), for the terms of align_terms.profile
# seen in at least 3 of them, rounded to 0.1. Rarer and unseen terms get MAX_IDF.
# fmt: off
MAX_IDF = 6.3
LEVELS = {
    2.2: (
        'appl new'
    ),
    2.4: (
        'company'
    ),
    2.5: (
        'market us year'
    ),
    2.7: (
        'job'
    ),
    2.8: (
        'boe stat'
    ),
    2.9: (
        'plan'
    ),
    3.0: (
        'airbus announc billion day gm index point'
    ),
    3.1: (
        'aircraft fall iphon stock unit'
    ),
    3.2: (
        'today two'
    ),
    3.3: (
        'air clos first government one'
    ),
    3.4: (
        'bank financial ford los motor percent sal sinc u.s'
    ),
    3.5: (
        '#2008 chrysler computer general loss releas shar tim'
    ),
    3.6: (
        'auto car drop increas last music report world'
    ),
    3.7: (
        '#2009 american bankruptcy european forc includ ipod mak million president pric stev'
    ),
    3.8: (
        '#4 call ceo continu contract current deal dow due flight itun may month october order '
        'sell servic stor system'
    ),
    3.9: (
        '#2007 airlin chief devic end executiv expect jon jun mad manufacturer person valu week'
    ),
    4.0: (
        'analyst around cut economy featur firm gain however industry level loan major operat '
        'part plant start tak thre work'
    ),
    4.1: (
        '#2006 airliner already com january largest many number open passenger program purchas '
        'receiv recent result ris say several worker'
    ),
    4.2: (
        '#18 #2005 a380 america automaker availabl cost customer event federal fiv follow going '
        'issu larg launch long mac model mov next offer quarter reach record restructur '
        'september softwar trad use user version well'
    ),
    4.3: (
        '#100 #5 #787 back business decision declin design even exchang february fil four '
        'friday fuel global high march nasdaq per problem video'
    ),
    4.4: (
        '#1 #3 #30 #500 #9 add agreement allow automobil built claim commercial corp earlier '
        'franc fts fund inc industrial ios lik monday november os phon post previous sold '
        'statement still support tanker utc vehicl want york'
    ),
    4.5: (
        '#16 #20 #2011 #6 additional although announcement application april averag best '
        'biggest buy caus conferenc development dollar europ fly history lin lower mark officer '
        'product production provid s see singapor six'
    ),
    4.6: (
        '#10 #11 #12 #14 #17 #24 #40 addition airport bas canada cas country credit developer '
        'ead economic efficient employe fre futur giv held hold international introduc japan '
        'low mobil money mortgag much near official plac press prim profit remain replac right '
        'run saw set show total uk union used vic wednesday worldwid x'
    ),
    4.7: (
        '#15 #2010 #8 another china consumer court far fiat group growth jet later lead leav '
        'national sup way'
    ),
    4.8: (
        '#28 #60 #7 abl aid among antenna august becom begin bid big board brand bring canadian '
        'carry central composit dealer dealership debt deliver describ dreamliner early enter '
        'fac fallen fear fleet former germany given help hop hour hous japanes lender macbook '
        'maker management manufactur media minister nam need network north pay predict process '
        'processor rang rat recession reduc return schedul second secretary significant stop '
        'technology thing third treasury unveil updat whether'
    ),
    4.9: (
        '#2 across ago airplan almost app ask australia believ bill british chairman collaps '
        'comment crisis dat dax delivery demand display fourth full hard important intel intend '
        'investment july lowest main onlin operation option own p past project public requir '
        'reserv respectiv respons russian seen short similar stak think thursday washington '
        'worry yesterday'
    ),
    5.0: (
        '#200 #25 annual automotiv bailout ban center compar complet creat data december delay '
        'digital effort engin german go half hit investor lat look macintosh nikkei obama '
        'packag papermaster particular pass poor recover rival sav sign signal siz smaller soon '
        'sub test took top trademark tuesday whit worth'
    ),
    5.1: (
        '#13 #2003 #2004 address aer affect challeng charg demonstrat director download '
        'dramatical fact forward get great happen head hom improv keep led lingus lion measur '
        'meet nano ongo original player position prevent rout russia saturn search seat seek '
        'step taken term thousand toyota volum went within'
    ),
    5.2: (
        '#27 #5000 3gs agr associat attempt award away beatl behind benefit black cam capital '
        'cent chang cisco cit competition concern confidenc corporation despit different direct '
        'doubl ever factory found good grumman indicat interest ipad kingdom latest left less '
        'lif majority massiv must northrop oil other period play plung popular produc profitabl '
        'protection quick re retail revenu san screen senat shareholder singl situation slight '
        'song spac special suggest talk taurus though uaw usaf'
    ),
    5.3: (
        '#199 #1991 #21 #29 #717 a330 ability aeroflot airway alongsid appear australian bad '
        'better build california carrier clear co cook decad defens disappoint distribut don '
        'email engineer enough every excit explain final financ finish focus hang impact india '
        'indonesia indonesian involv joint know known laptop local london lot mart messag '
        'microsoft mid mil minut mr mulal non normal party podcast positiv push real regard '
        'relat respond reveal ryanair sector senator senior serv small sourc st standard street '
        'suffer suit supplier target technical ten wal wid worst'
    ),
    5.5: (
        '#150 #2000 #2012 #250 #777 3g a350 access agency along amount anticipat asia assistanc '
        'aviation bar bell commission compet connect crash creditor daimlerchrysler decreas '
        'disput eight either eliminat emerg entir equity estimat eu exist experienc expert '
        'failur falcon film francisco generation greater hardwar higher hurt icloud indic '
        'internal keynot labor list maiden manag martin medical michigan might military '
        'necessary negotiation not occur partner performanc possibl primary question reason '
        'recommend research review rol roll security seng seven slow speech strength '
        "substantial sydney task team touch toulous toward truck unemployment wall warn we'r "
        "we'v websit win"
    ),
    5.6: (
        '#0 #1.5 #10000 #1998 #2.3 #23 #25000 #300 #30000 #55 #700 #8000 accident account '
        'acquisition action agre ahead aim alan appearanc approv asian asset bail bear began '
        'begun bit bondholder boost bought cac capability capabl certain cloud commitment '
        'condition content contractor control corporat d default defenc department division '
        'djamal electronic eligibl extend facility factor fail fami faster fi figur flag '
        'foreign french gao giant glitch health hear henderson highest ibm ilif initial instead '
        'institution internet irish john kind land law lawsuit leader leas let letter liv lockh '
        'louis m manager meanwhil member michael morn mutual nation negativ newest ontario '
        'owner ownership pag personal photo possibility privat put rally rather reception '
        'reduction regular republican rescu resolv respect retailer reviv risen scot select '
        'sent settlement sharp sia sid simp slid slip spe stay success surpris swap t temporary '
        'that thoma together tv typ university upon using via vot wi yen'
    ),
    5.8: (
        '#1.6 #19 #22 #225 #26 #3.5 #49 #50 #90 #9000 777-200lr a320 actual administration '
        'advanc aig airframer airtanker akerson alleviat amid ana angel apparent assemb audio '
        'await badly barack barclay becam body break breakthrough brief browser budget bumper '
        'bush buyer camera cancell cancer capacity cash centr ceremony changi chapter chicago '
        'chines citigroup class closur color commit component conclud confirm congress '
        'congressional consider construction cor currency david decid desktop detail die disney '
        'djia economist efficiency enabl environment equal equipment everyth exercis expand '
        'expectation express f fifteen fir fit flown forecast founder frankfurt gallois gas '
        'glob got hong howard hub hundr incident individual insuranc integrat invest '
        'investigation jim kansa kept key kong label least leopard lift limit liquidity lov '
        'material mean memory mileston moment movy nautical negotiat nin opel outsourc parent '
        'partnership pensk pixar placement policy potential present priority pro procurement '
        'programm promis protest prototyp r rar rebound recovery refuel relativ replacement '
        'representativ request retain roch saf secur sedan settl sever shift sit smartphon '
        'south speak specific spend spokesman spotlight strategist strategy stronger submit '
        'superjumbo surg suv thank thirty tiger tomorrow tour track trader transfer transplant '
        'try tumbl twin typical ultimat upgrad usd various view voic watch web weekend window '
        'winglet word yet'
    ),
    6.0: (
        '#1.2 #1996 #1997 #2.62 #2001 #2014 #290 #299 #3.2 #350 #400 #51 #57 #7.3 #78 #800 #82 '
        '#840 #99 787 act admit aeronautic aerospac aggressiv alabama alon alway amaz amidst '
        'analysis anger anyon appoint approach approval arrang arriv attract attribut au '
        'authoriz autumn barra bea blam blow blu bob bovespa brazilian brok brother bug buyout '
        'ca calculat carbon cargo carson cellular cerberus chanc charity charl child choic '
        'choos city client climb colour communication community compatibl competitor connection '
        'consecutiv consortium contrast controll cover critical criticism daimler darleen db '
        'deck declar defeat defin democrat departur deputy develop difficult dip direction '
        'discontinu discuss doubt dougla downturn driv druyun dub duty earn eastern employ '
        'encourag envision exact exampl extrem favor favour felt fight find flash fourteen '
        'fritz gb georg goe green ground grow guest halt haul hint hir holiday honor immediat '
        'improvement increasing incredibl infus injection inspir interfac jam join jr judg kill '
        'km korean layout lehman lend length lewis library licens light littl liver livery llc '
        'location logo longer mannion match mccain mcdonnell meeting memo mention merg merval '
        'mini monetary moscon motorola multi net nissan obtain often old outcom overall '
        'pancreatic paris partial participat paul payment pc pension pentagon percentag phas '
        'pictur plummet plus political politician portfolio power powerpc prais pre preliminary '
        'prepar prior propos publish pull qanta qatar radio react reaction read ready recall '
        'refund region register reject remainder remark renam requirement resign resolution '
        'restor richard rokr romanian round row royal royc rts rubl rumor safari safety sdk '
        'seamless section selection seller server sery shanghai ship shrink shuffl sky smith '
        'snow solution sound spain spok stem stockholder strait streak strongest studio study '
        'subprim successful sunday supply suspension tablet takeover television tell terminal '
        'text thought tom traditional trillion troubl tru turmoil turn twenty ugly unless viabl '
        'violat w wait weak welcom whilst whos william wireless workforc wors wwdc'
    ),
}
# fmt: on
