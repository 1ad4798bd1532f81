// Hand-made closed word classes used by the entity rules ('|'-separated).

/** Capitalised titles and honorifics that precede a person's name and stay outside the PERSON span. */
export const TITLE_HEADS = `
President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Secretary|Secretary-General|Secretary General|Senator|Sen.|Sen|Representative|Rep.|Rep
|Governor|Gov.|Gov|Lieutenant Governor|Mayor|General|Gen.|Gen|Admiral|Adm.|Colonel|Col.|Lieutenant|Lt.|Captain|Capt.|Sergeant|Sgt.|Major|Maj.|Commander
|Cmdr.|Marshal|Field Marshal|Corporal|Cpl.|Private|Pvt.|Judge|Justice|Chief Justice|Magistrate|Chancellor|Vice Chancellor|King|Queen|Prince|Princess|Emperor
|Empress|Pope|Cardinal|Bishop|Archbishop|Rev.|Reverend|Father|Imam|Rabbi|Sheikh|Sheik|Ayatollah|Supreme Leader|Leader|Chairman|Chairwoman|Chair|Director
|Director-General|Ambassador|Envoy|Special Envoy|Spokesman|Spokeswoman|Spokesperson|Commissioner|Speaker|Coach|Manager|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Madam|Madame
|Miss|Mx.|Sir|Dame|Lord|Lady|Professor|Prof.|Detective|Det.|Officer|Sheriff|Deputy|Attorney General|Solicitor General|Attorney|Inspector|Superintendent
|CEO|CFO|COO|CTO|Chief Executive|Chief Executive Officer|President-elect|Premier|Emir|Crown Prince|Sultan|Fellow|Analyst|Economist|Editor|Correspondent
|Treasurer|Councillor|Councilor|Councilman|Councilwoman|Congressman|Congresswoman|Assemblyman|Assemblywoman|Lawmaker|Delegate|Founder|Co-founder|Co-author|Co-authors|Executive
|Adviser|Advisor|Counsel|Head|Dean|Provost|Principal|Comptroller|Auditor|Prosecutor|District Attorney|Gov.-elect|Senator-elect|Officer
|Coordinator|Chief|Boss|Striker|Midfielder|Defender|Goalkeeper|Quarterback|Pitcher|Forward|Guard|Captain|Skipper|Rapper|Singer|Actor|Actress|Author
|MP|MEP|MSP|MLA|MPP|Member|Councilmember|Alderman|Alderwoman|Alderperson|Ald.|Selectman|Selectwoman|Supervisor|Trustee|Eng.|Engr.|Engineer|Arch.|Atty.|Hon.|Fr.|Insp.|Supt.|COP|DCOP|ACP|DSP|ASP|SSP|IGP|DIG|RHP|LHP|Exchequer|Prof|Fly-half|Scrum-half|Closer|Reliever|Shortstop|Catcher|Outfielder|Infielder|Ratu|Cllr|Cllr.|Datuk|Daw|Oknha|Samdech|Reeve|Hajji|Haji|Alhaji|Alhaja|Hajiya|Elhadji|Elhadj|El-Hadji|Hadja|Dato|Dato'|Dato’|Tan Sri|Tun|Taoiseach|Tánaiste|TD|Opener|Batter|Batsman|Bowler|Spinner|Wicketkeeper|All-rounder|Winger|Jockey
|Det|Supt|Insp|Sgt|Ch Supt|Ch Insp|Ch Con|DCI|DCS|PC|PCSO|Constable|Chief Constable|Chief Superintendent|Chief Inspector
|Cdr|Cdr.|Lt Cdr|Lt Col|Lt-Col.|Wg Cdr|Sqn Ldr|Flt Lt|Lt Gen|Maj Gen|Brig Gen|Brig|Cdre|Cmdre|Lieutenant-Colonel|Lieutenant-General|Major-General|Brigadier-General|Brigadier|Rear-Admiral|Vice-Admiral|Rear Admiral|Vice Admiral|Lieutenant-Commander|Sergeant-Major|Colonel-Major|Lt.-Col.|Lt-Col|Lt. Col.|Lt. Gen.|Maj. Gen.|Brig. Gen.
`;

/** Capitalised words that qualify a title ("Defense Minister", "Senior Consulting Fellow"). */
export const TITLE_QUALIFIERS = `
Defense|Defence|Foreign|Interior|Finance|Economy|Economic|Health|Trade|Education|Home|Agriculture|Energy|Transport|Transportation|Culture|Labor|Labour
|Environment|Environmental|Justice|Commerce|Treasury|State|Homeland|Security|National|Intelligence|Communications|Strategic|Press|Public|Foreign Affairs
|Fire|Deputy|Vice|Acting|Former|Interim|Prime|First|Second|Chief|Senior|Junior|Associate|Assistant|Executive|General|Managing|Principal|Head|Grand|Supreme
|Consulting|Research|Political|Military|Special|Lead|Regional|Global|International|Opposition|Majority|Minority|House|Senate|Federal|Joint|Staff
|Secretary|Minister|Ministerial|Presidential|Royal|Honorary|Visiting|Distinguished|Emeritus|Technical|Operating|Financial|Technology|Information
|Infrastructure|Digital|Tourism|Housing|Social|Veterans|Sports|Youth|Fisheries|Mining|Water|Industry|Investment|Planning|Development|Climate|Science|Innovation|Immigration
|Strategy|Marketing|Commercial|Revenue|Risk|Data|People|Product|Sustainability|Compliance|Legal|Medical|Nursing|Customer
`;

/** Lower-case role nouns: right before a capitalised name they make it a PERSON ("spokesman John Kirby"). */
export const ROLE_CUES = `
leader|president|minister|spokesman|spokeswoman|spokesperson|adviser|advisor|ambassador|envoy|secretary|senator|governor|mayor|general|commander|chief
|director|chairman|chairwoman|chair|ceo|founder|co-founder|executive|official|officer|analyst|economist|expert|professor|researcher|scientist|fellow
|lawyer|attorney|prosecutor|judge|justice|defendant|plaintiff|suspect|witness|victim|coach|manager|striker|midfielder|defender|goalkeeper|quarterback
|opener|batter|batsman|bowler|spinner|wicketkeeper|all-rounder|winger|jockey|mp|mep|msp|mla|mpp|forecaster|meteorologist|campaigner|pensioner|midwife|nurse|teacher|farmer|shopkeeper|resident|passenger|commuter|motorist|trucker|vendor|undersecretary|under-secretary
|player|captain|star|singer|actor|actress|author|writer|journalist|reporter|correspondent|editor|columnist|photographer|producer|director|rapper
|candidate|nominee|lawmaker|legislator|congressman|congresswoman|representative|rep|councillor|councilman|councilwoman|deputy|aide|negotiator
|diplomat|colonel|lieutenant|sergeant|admiral|soldier|dissident|activist|opponent|rival|successor|predecessor|counterpart|boss|head|owner|investor
|billionaire|entrepreneur|businessman|businesswoman|tycoon|magnate|chancellor|premier|monarch|king|queen|prince|princess|pope|cleric|imam|rabbi|pastor
|priest|bishop|cardinal|archbishop|coordinator|strategist|pollster|historian|commentator|host|anchor|presenter|spokesperson|specialist|officials
|coordinator|partner|wife|husband|son|daughter|brother|sister|mother|father|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|friend|colleague
|teammate|driver|pilot|chef|artist|designer|architect|engineer|doctor|nurse|surgeon|physician|student|teacher|resident|dr|mr|mrs|ms
|epidemiologist|virologist|meteorologist|climatologist|hydrologist|geologist|seismologist|sociologist|psychologist|criminologist|demographer
|statistician|strategist|academic|lecturer|campaigner|organiser|organizer|volunteer|paramedic|firefighter|detective|inspector|regulator
`;

/** Verbs that make a preceding or following capitalised name a speaker (PERSON or ORG). */
export const SPEECH_VERBS = `
said|says|say|told|tells|added|adds|explained|explains|wrote|writes|stated|states|noted|notes|argued|argues|tweeted|posted|asked|asks|replied|replies
|warned|warns|insisted|insists|claimed|claims|announced|announces|declared|declares|confirmed|confirms|denied|denies|admitted|admits|acknowledged
|emphasized|emphasised|highlighted|stressed|urged|urges|suggested|suggests|believes|believed|thinks|thought|recalled|recalls|predicted|predicts
|revealed|reveals|reported|reports|testified|testifies|commented|comments|responded|responds|continued|concluded|cautioned|countered|conceded
|described|describes|accused|accuses|criticized|criticised|praised|praises|called|calls|met|meets|visited|visits|signed|signs|spoke|speaks|vowed|vows
`;

/** Words that may join two capitalised runs into one organisation name ("Bank of England", "Russia & Eurasia Programme"). */
export const NAME_CONNECTORS = 'of|for|on|&|de|del|der|des|du|la|le|von|van|y';

/** Lower-case name particles that stay inside person names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = 'von|van|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|al|el|ben|abu|st.|mac|ten|ter|zu';

export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
export const SEASONS = 'spring|summer|autumn|fall|winter';

/** Calendar units (singular and plural) that make a phrase a DATE. */
export const DATE_UNITS = 'day|days|week|weeks|weekend|weekends|month|months|year|years|decade|decades|century|centuries|quarter|quarters|fortnight|millennium';

/** Words before a unit that belong inside a DATE span ("this month", "coming months", "recent years"). */
export const DATE_DETERMINERS = 'this|next|last|past|coming|recent|previous|following|current|same|that|upcoming|prior|first|final|second|third|fourth|whole|entire|fiscal|calendar|financial';

/** Words between a number and a unit inside a DATE span ("5 Straight Months", "four consecutive years"). */
export const DURATION_MODIFIERS = 'straight|consecutive|full|more|additional|long|successive|subsequent|further|whole|short|few|recent|past|last|next|coming|previous';

export const NUMBER_WORDS = `a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen
|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|several|few|many|multiple|some|dozen|dozens|couple|half`;

/**
 * Single words that are DATEs on their own: month names of other calendars ("during Ramadan"). "today", "yesterday",
 * "tomorrow" have no calendar unit or name and are left out like "now" and "recently" (CONVENTIONS.md, DATE).
 */
export const DATE_WORDS = 'ramadan|muharram|shawwal';

/** Abbreviations whose period does not end a sentence. */
// (the last row: US state and Canadian province abbreviations of datelines, "SALEM, Ore.", "HINTON, Alta.")
export const ABBREVIATIONS = `mr|mrs|ms|mx|dr|prof|sr|jr|st|mt|ft|gen|lt|col|sgt|capt|cpl|pvt|maj|adm|cmdr|gov|sen|rep|rev|hon|pres|supt|det|insp|eng|engr|atty
|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|inc|corp|co|ltd|kft|zrt|nyrt|hf|ehf|bros|dept|univ|assn|ave|blvd|rd|no|nos|vs|v|etc|approx|est|fig|al|ca|cf|e.g|i.e|a.m|p.m
|md|mohd|ma|zh|kh|yu|sh|calif|colo|conn|fla|ariz|okla|tenn|minn|mich|wis|wyo|nev|neb|alta|sask|ont|que|nfld|kan|ark|vt|ky|ala|tex`;

/**
 * Capitalised words that begin sentences or headlines but are never names by themselves
 * (added to the generated common-word list).
 */
export const NEVER_NAMES = `
the|a|an|this|that|these|those|no.|nos.|however|while|although|though|in|on|at|by|for|with|from|to|as|if|when|where|why|how|what|who|which|whose|after|before
|since|until|during|despite|amid|amidst|among|against|about|above|below|under|over|into|onto|through|throughout|across|around|between|beyond|within
|without|but|and|or|nor|so|yet|also|still|meanwhile|moreover|furthermore|nevertheless|nonetheless|instead|indeed|thus|therefore|hence|accordingly
|sources|source|intelligence|officials|reports|report|analysts|experts|critics|observers|noteworthy|notably|importantly|interestingly|contrary|according
|earlier|later|now|then|today|yesterday|tomorrow|recently|currently|initially|finally|first|second|third|last|next|both|either|neither|each|every
|all|any|some|many|most|much|more|few|several|other|another|such|no|not|yes|it|its|it's|he|she|they|we|you|i|his|her|their|our|your|my|there|here
|read|photo|image|related|advertisement|share|sign|click|follow|subscribe|comment|comments|leave|reply|also|like|may|might|will|would|should|could
|can|must|shall|is|are|was|were|am|does|did|has|have|had|let|please|update|updated|breaking|exclusive|opinion|analysis|editorial|watch|listen|video|live|latest|new|news|faq|q|a|note
|sanctions|concerns|response|deal|deals|arms|talks|war|peace|air|strikes|data|shows|factory|worry|months|minister|president|leader|overall|together
|per|via|plus|minus|versus|unlike|like|including|excluding|regarding|concerning|following|given|considering|upon|toward|towards|beside|besides
`;

/** Frequent news nouns and adjectives missing from the generated list (so "Sky Sports" or "Arms Deal" are not names). */
export const FREQUENT_WORDS = `
sport|sports|news|deal|arms|weapon|weapons|strike|strikes|war|wars|peace|talks|trade|market|markets|stock|stocks|share|shares|price|prices|rate|rates
|bank|banks|fund|funds|money|cash|tax|taxes|budget|debt|economy|growth|inflation|job|jobs|work|worker|workers|union|unions|strike|pay|wage|wages
|law|laws|court|courts|case|cases|trial|judge|jury|crime|crimes|police|officer|officers|prison|jail|charge|charges|ruling|appeal|appeals|bill|bills
|vote|votes|voter|voters|election|elections|poll|polls|campaign|party|parties|government|state|states|city|cities|country|countries|nation|nations
|world|global|international|national|federal|local|public|private|official|officials|minister|ministers|president|leader|leaders|chief|head|team
|teams|club|clubs|game|games|match|matches|season|league|cup|final|finals|goal|goals|win|wins|loss|losses|player|players|coach|fan|fans|title
|health|care|hospital|hospitals|doctor|doctors|patient|patients|virus|vaccine|vaccines|disease|drug|drugs|medicine|study|studies|research|report
|school|schools|student|students|university|college|education|teacher|teachers|child|children|family|families|home|homes|house|housing|rent
|energy|oil|gas|power|climate|weather|storm|storms|flood|floods|fire|fires|water|food|farm|farmers|land|border|borders|security|defense|defence
|military|army|navy|force|forces|troops|attack|attacks|missile|missiles|drone|drones|bomb|bombs|air|sea|ground|space|satellite|nuclear|data
|technology|tech|company|companies|business|businesses|industry|firm|firms|car|cars|vehicle|vehicles|plane|planes|train|trains|road|roads|car
|internet|online|digital|social|media|phone|phones|app|apps|software|chip|chips|computer|computers|network|networks|system|systems|service
|services|product|products|sale|sales|deal|deals|profit|profits|revenue|earnings|investor|investors|investment|plan|plans|policy|policies
|reform|reforms|crisis|risk|risks|threat|threats|warning|warnings|concern|concerns|response|issue|issues|problem|problems|change|changes
|day|days|week|weeks|month|months|year|years|time|times|life|lives|people|man|men|woman|women|girl|girls|boy|boys|group|groups|member|members
|north|south|east|west|northern|southern|eastern|western|central|new|old|big|small|great|high|low|top|best|worst|first|last|next|record|live
|breaking|exclusive|update|updates|video|photo|photos|image|images|watch|analysis|opinion|review|interview|feature|story|stories|column
|inside|outside|behind|beyond|ahead|amid|after|before|over|under|against|toward|towards|why|how|what|who|where|when|which|will|would|could
|may|might|must|should|can|says|said|say|tells|told|calls|called|makes|made|takes|took|gets|got|goes|went|comes|came|sees|saw|looks|shows
|beat|beats|go|goes|top|back|down|up|off|out|into|amid|hits|hit|rises|rise|falls|fall|surges|surge|slumps|slump|jumps|jump|drops|drop|soars
|plunges|cuts|cut|wins|loses|lose|faces|face|warns|warn|urges|urge|slams|slam|blasts|blast|backs|back|blocks|block|bans|ban|seeks|seek|eyes
|confirm|confirms|deny|denies|reveal|reveals|launch|launches|unveils|unveil|announce|announces|set|sets|vows|vow|plans|eye|mulls|weighs|nears
|successor|search|long|short|immigration|underground|classrooms|protect|factory|factories|worry|worries|shows|straight|finalised|finalized
|advance|advances|invasion|concerned|occupied|ongoing|recent|former|latest|final|major|minor|senior|junior|general|special|joint|royal
`;
