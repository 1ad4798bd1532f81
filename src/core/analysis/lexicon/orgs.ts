// Hand-made organisation and event lists. ORG_TABLE rows: organisations separated by ";", each "Canonical Name|alias|alias"
// (aliases in capitals are acronyms).

export const ORG_TABLE = `
United Nations|UN|U.N.
UN Security Council|U.N. Security Council|United Nations Security Council|UNSC|Security Council
UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly
UN Human Rights Council|U.N. Human Rights Council|Human Rights Council
UNICEF;UNESCO;UNHCR;UNRWA;World Health Organization|WHO
World Bank;International Monetary Fund|IMF
World Trade Organization|WTO
NATO|North Atlantic Treaty Organization
European Union|EU|E.U.
European Commission;European Parliament;European Council;European Central Bank|ECB
African Union|AU
Mercosur|Mercosul;ECOWAS;CARICOM;Organization of American States|OAS
Association of Southeast Asian Nations|ASEAN
Organization of the Petroleum Exporting Countries|OPEC|OPEC+
Group of Seven|G7|G-7
Group of 20|G20|G-20
BRICS
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International;Human Rights Watch;Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF;Greenpeace;Oxfam
White House
Kremlin
Pentagon
Congress
Senate
House of Representatives|House
Supreme Court
State Department|Department of State
Treasury|Treasury Department|Department of the Treasury
Justice Department|Department of Justice|DOJ
Defense Department|Department of Defense|DoD
Department of Homeland Security|Homeland Security|DHS
Commerce Department|Department of Commerce
National Security Council|NSC
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
Federal Reserve|Fed
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Food and Drug Administration|FDA
Centers for Medicare & Medicaid Services|Centers for Medicare and Medicaid Services|CMS
Centers for Disease Control and Prevention|CDC
Environmental Protection Agency|EPA
NASA
Internal Revenue Service|IRS
Democratic Party;Republican Party|GOP;Labour Party|Labour;Conservative Party|Tories;Liberal Democrats;Reform UK
Communist Party|Chinese Communist Party|CCP
Australian Labor Party|Labor;Australian Greens|Greens;Fine Gael;Fianna Fáil|Fianna Fail;Sinn Féin|Sinn Fein;Dáil|Dáil Éireann|Dail;Seanad;Oireachtas;An Garda Síochána|Garda Síochána|Gardaí|Garda
Scottish National Party|SNP;Plaid Cymru;Democratic Unionist Party|DUP;Bharatiya Janata Party|BJP;Indian National Congress;African National Congress|ANC
Christian Democratic Union|CDU|Christian Democrats;Social Democratic Party|SPD|Social Democrats;Alternative for Germany|AfD;National Rally|Rassemblement National;Likud;Fidesz;Law and Justice|PiS
Legislature;Bundestag;State Duma|Duma;Knesset;Politburo;Parliament;Downing Street;Elysee|Élysée;Whitehall;Bundesbank
Ministry of Defence|Ministry of Defense|Defense Ministry|Defence Ministry;Foreign Ministry;Foreign Office
National Intelligence Service|NIS
Korean Central News Agency|KCNA
Hamas;Hezbollah;Taliban;Islamic State|ISIS|ISIL;Al Qaeda|al-Qaeda;Houthis;Wagner Group|Wagner
Pacific Islands Forum|PIF;China Coast Guard|CCG;Philippine Coast Guard|PCG;Coast Guard;Western Conference;Eastern Conference;Victoria and Albert Museum|V&A;France Télévisions|France Televisions;CBC News;BBC News;ABC News;NBC News;CBS News;Environment Canada;Statistics Canada|StatCan;Parks Canada;Transport Canada;Elections Canada;Health Canada;Canada Post
PR Newswire|PRNewswire;Business Wire;GlobeNewswire;Reuters;Associated Press|AP;Agence France-Presse|AFP;Bloomberg;CNN;BBC;NBC;CBS;ABC;Fox News;MSNBC;NPR;PBS;Al Jazeera;Sky News;CNBC
New York Times;Washington Post;Wall Street Journal;Financial Times;Guardian;Economist;Politico;Axios;Bloomberg News
USA Today;Los Angeles Times;Chicago Tribune;Boston Globe;Daily Mail;Telegraph;Le Monde;Der Spiegel
Yonhap;Xinhua;TASS;RIA Novosti;Interfax;Kyodo;NHK;Nikkei;Benzinga;Forbes;Newsweek;Vox;BuzzFeed;HuffPost;Business Insider
Shutterstock;Getty Images|Getty;Alamy;EPA-EFE
Chatham House;Brookings Institution|Brookings;RAND Corporation|RAND;Council on Foreign Relations;Heritage Foundation;Carnegie Endowment
Apple;Google;Alphabet;Microsoft;Amazon;Meta;Facebook;Twitter;Tesla;SpaceX;Nvidia;Intel;AMD;IBM;Oracle;Samsung;Sony;Toyota;Volkswagen;BMW
Netflix;Disney;OpenAI;Anthropic;Uber;Airbnb;Boeing;Airbus;Lockheed Martin;Raytheon;ExxonMobil|Exxon;Chevron;BP;Gazprom;Rosneft;Aramco
JPMorgan Chase|JPMorgan;Goldman Sachs;Morgan Stanley;Citigroup;Bank of America;Wells Fargo;BlackRock;HSBC;Barclays;Walmart;Costco;Pfizer
S&P 500;Dow Jones Industrial Average|Dow Jones;Nasdaq Composite;FTSE 100;FTSE 250;CAC 40;DAX;Stoxx 600|STOXX 600;Euro Stoxx 50;Nikkei 225;Hang Seng;Kospi;Sensex;Nifty 50;ASX 200;IBEX 35;FTSE MIB;Shanghai Composite
Nordea;Danske Bank;Swedbank;Handelsbanken;DNB;
Asda;Aldi;Lidl;Morrisons;Waitrose;Ocado;Carrefour;Kroger;Woolworths Group|Woolworths;Loblaw;Auchan;Ahold Delhaize;Seven & i Holdings;Shein;Temu;Foxconn;Danone;Embraer;Qantas;ConocoPhillips
Kantar;Ipsos;Court of Arbitration for Sport;Reporters Without Borders|RSF;France 24|FRANCE 24;Court of Justice of the European Union|CJEU|European Court of Justice;HD Hyundai Heavy Industries|HD HHI;HD Hyundai;Hanwha Ocean;West Japan Railway Company|West Japan Railway Co.|West Japan Railway|JR West;East Japan Railway Company|JR East;Central Japan Railway Company|JR Central;M-Pesa|Mpesa;Safaricom;Vodacom;Airtel;MTN Group|MTN;Swiss Re;Munich Re;Hannover Re;Nielsen Holdings;Komeito;Unison;Royal Canadian Mounted Police|RCMP|Mounties
Moderna;Johnson & Johnson;Procter & Gamble;Coca-Cola;PepsiCo;McDonald's;Starbucks;Nike;Adidas;Huawei;Alibaba;Tencent;TikTok;ByteDance;Baidu;Xiaomi
FIFA;UEFA;International Olympic Committee|IOC;World Athletics;World Rugby;International Cricket Council|ICC Cricket;NFL;NBA;MLB;NHL;NCAA;Premier League;Formula One|F1
Paris St Germain|Paris Saint-Germain|PSG;Real Madrid;Real Sociedad;Atletico Madrid;Bayern Munich;Borussia Dortmund;Juventus;Inter Milan;AC Milan;Ajax;Benfica
Chelsea;Arsenal;Tottenham Hotspur|Tottenham;Ligue 1;Serie A;La Liga;Bundesliga;Eredivisie;Major League Soccer|MLS
Manchester United|Man United|Man Utd;Manchester City|Man City;Newcastle United;Aston Villa;West Ham United|West Ham;Crystal Palace;Everton;Fulham
Brentford;Wolverhampton Wanderers|Wolves;Nottingham Forest;Brighton & Hove Albion;Leeds United;Leicester City;Celtic;Rangers;Hibernian|Hibs
Heart of Midlothian|Hearts;Dundee United;St Mirren;St Johnstone;Scottish Premiership;FC Barcelona|Barca|Barça;Athletic Bilbao;Napoli;AS Roma|Roma
Atalanta;Bayer Leverkusen|Leverkusen;RB Leipzig;Eintracht Frankfurt;FC Porto;Sporting Lisbon|Sporting CP;PSV Eindhoven|PSV;Feyenoord;Galatasaray
Fenerbahce|Fenerbahçe;EuroLeague|Euroleague;Partizan|Partizan Belgrade;Olympiacos;Panathinaikos;Anadolu Efes;Maccabi Tel Aviv;Zalgiris|Žalgiris;Red Star Belgrade|Crvena Zvezda;Virtus Bologna;Olimpia Milano;Baskonia;ALBA Berlin|Alba Berlin;Los Angeles Lakers|Lakers;Golden State Warriors;Boston Celtics|Celtics;New York Yankees|Yankees;Dallas Cowboys;Inter Miami
AstraZeneca;GSK|GlaxoSmithKline;Sanofi;Roche;Merck;Eli Lilly|Lilly;Novo Nordisk;Shell;TotalEnergies;Rio Tinto;BHP;Stellantis;Renault;Lufthansa;Air France
Maersk;Mastercard;Deutsche Bank;Credit Suisse;BNP Paribas;Santander;Ericsson;Heineken;Equinor;Repsol;Eni;Enel;Iberdrola
Scuderia Ferrari|Ferrari;McLaren;Red Bull Racing;Red Bull;Sauber;Williams Racing;Haas F1 Team|Haas F1;Alpine F1 Team;Racing Bulls;Fédération Internationale de l'Automobile|FIA
Flamengo;Palmeiras;Corinthians;Fluminense;Botafogo;Vasco da Gama;Grêmio|Gremio;Internacional;Cruzeiro;Atlético Mineiro;São Paulo FC;Santos FC;Athletico Paranaense
Boca Juniors;Independiente;Racing Club;Club América;Cruz Azul;Chivas;Série A;Brasileirão;Liga MX;Brazilian Football Confederation|CBF
Canadian Press;Yonhap News Agency;Kyodo News;Press Trust of India|PTI;Anadolu Agency;ANSA;EFE;Billboard;Hybe;Civic Coalition;Third Way
Progressive Conservative Party|Progressive Conservative|Progressive Conservatives;New Democratic Party|NDP|New Democrats|New Democrat
New York Stock Exchange|NYSE;Nasdaq;London Stock Exchange;Euronext;Deutsche Börse;Tokyo Stock Exchange;Hong Kong Stock Exchange|HKEX;Borsa Istanbul;SIX Swiss Exchange
Johannesburg Stock Exchange|JSE;Bombay Stock Exchange|BSE;National Stock Exchange of India;Australian Securities Exchange|ASX;Toronto Stock Exchange|TSX;Shanghai Stock Exchange;Shenzhen Stock Exchange
U.S. Geological Survey|US Geological Survey|USGS;Irish Times;Irish Independent;RTÉ|RTE;Hindustan Times;Times of India;Straits Times;Sydney Morning Herald
Codelco;Albemarle;SQM;Lazard;Rabobank;ABN Amro|ABN AMRO;ING;Mubadala;Abu Dhabi Investment Authority|ADIA;Viessmann;Cinepolis|Cinépolis;PVR INOX;Pinterest;Lloyd's of London|Lloyd’s of London|Lloyd's|Lloyd’s;National Guard;Bloomberg Intelligence;Major League Baseball;Samurai Japan;Central League;Pacific League
Wipro;Infosys;Tata Consultancy Services|TCS;Flipkart;Reliance Jio|Jio;MediaTek;eBay;Telegram;Weibo;WeChat;Bluesky;Samsung Electronics
Free Democratic Party|FDP|Free Democrats;Liberal Democrats|Lib Dems|Lib Dem|Liberal Democrat;Scottish Labour;Scottish Conservatives;Scottish Greens;Scottish Liberal Democrats;Welsh Labour;Plaid Cymru
National Guard;BBC Radio 1;BBC Radio 4;BBC World Service;BBC News
Zara;Inditex;Uniqlo;Primark;Swatch Group;Omega;Rolex;Richemont;LVMH;Kering
Instagram;WhatsApp;YouTube;LinkedIn;Snapchat;Reddit;Spotify;Broadcom;Qualcomm;Marvell Technology|Marvell;Texas Instruments;Micron;TSMC;Arm Holdings
International Union for Conservation of Nature|IUCN;Transparency International;Rosatom;Kazatomprom;Lukoil;Saudi Aramco|Aramco;Sinopec;CNOOC;Pemex;Ecopetrol;Sonatrach;Nigerian National Petroleum Corporation|NNPC;QatarEnergy;Abu Dhabi National Oil Company|ADNOC;Korea Electric Power Corporation|KEPCO;Électricité de France|EDF;Engie;Vattenfall;Ørsted|Orsted;Eskom;Anglo American;BYD;CATL;POSCO;Gavi;Unitaid
International Federation of Red Cross and Red Crescent Societies|IFRC;UN Environment Programme|United Nations Environment Programme|UNEP;UN Development Programme|United Nations Development Programme|UNDP;World Food Programme|WFP;Food and Agriculture Organization|FAO
Southern African Development Community|SADC;Intergovernmental Authority on Development|IGAD;East African Community|EAC;Europol;Frontex;International Organization for Migration|IOM;UN Office for the Coordination of Humanitarian Affairs|OCHA;UN Population Fund|UNFPA;UN Office on Drugs and Crime|UNODC
International Labour Organization|International Labor Organization|ILO;World Meteorological Organization|WMO;International Civil Aviation Organization|ICAO;World Intellectual Property Organization|WIPO;UN Conference on Trade and Development|UNCTAD
European Bank for Reconstruction and Development|EBRD;Asian Development Bank|ADB;African Development Bank|AfDB;Asian Infrastructure Investment Bank|AIIB;European Investment Bank|EIB;World Anti-Doping Agency|WADA;International Judo Federation|IJF;Union Cycliste Internationale|UCI;International Tennis Federation|ITF
`;

/** Last words that make a capitalised run an organisation. */
export const ORG_HEADS = `
hf|hf.|ehf|ehf.|Kft|Kft.|Zrt|Zrt.|Nyrt|Nyrt.|s.r.o.|a.s.|d.o.o.|d.d.|AD|EAD|OOD|EOOD|PAO|OAO|ZAO|A.Ş.|AŞ|SRL|S.R.L.|S.p.A.|ApS|OÜ|UAB|SIA|Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|LLC|LLP|PLC|plc|Plc|SPC|Re|Bhd|Berhad|Tbk|JSC|PJSC|W.L.L.|WLL|AG|SA|GmbH|ASA|AS|AB|Oy|Oyj|BV|B.V.|NV|N.V.|SpA|S.A.|S.L.|Pty|Ltda|KGaA|Group|Holdings|Partners|Capital|Ventures|Technologies|Technology|Systems
|Industries|Motors|Airlines|Airways|Lines|Trains|Ferries|Cruises|Collective|Cooperative|Co-operative|Cooperatives|Shipping|Reederei|Trading|Knitwear|Garments|Apparel|Energy|Pharmaceuticals|Pharma|Labs|Laboratory|Laboratories|Bank|Banks|Fund|Trust|Securities|Insurance|Reinsurance|Assurance|Marine|Media|Network|Networks|Studios|Entertainment
|Party|Ministry|Council|Agency|Agencies|University|College|School|Institute|Institution|Academy|Committee|Commission|Department|Service|Services|Office
|Bureau|Authority|Authorities|Administration|Association|Federation|Union|Foundation|Society|League|Alliance|Coalition|Movement|Front|Organization|Organisation
|Court|Tribunal|Parliament|Senate|Assembly|Congress|Cabinet|Government|Police|Army|Navy|Marines|Guard|Corps|Force|Forces|Command|Brigade|Battalion
|Board|Reserve|Exchange|Transport|Center|Centre|Hospital|Clinic|Health|Healthcare|Water|Utilities|Transit|Rail|Church|Times|Post|News|Journal|Herald|Tribune|Gazette|Telegraph|Daily|Magazine|Press|Review
|Institut|Pictures|Films|Basket|Ledger|Chronicle|Courier|Dispatch|Bulletin|Observer|Monitor|Recorder|Sentinel|Inquirer|Examiner|Wire|Newswire
|Skyways|Aviation|Infrastructure|Power|Campaign|Digest|TV|Associations|Unions|Railway|Contracting|Contractors|Embassy|Consulate|Shipyard|Shipyards|Skipsverft|Verft|Varv|Telecom|Telecoms|Telecommunications|Petroleum|Steel|Railways|Broadcasting|Renewables|Wireless|Limited|Advisory|Commodities|Processors|Insights|Auctions
|Research|Zoo|Aquarium|Engineering|Consulting|Construction|Products|Foods|Brands|Logistics|Cycling|Infirmary|Bakeries|Bakery|Breweries|Brewery|Farms|Mills|Stores|Compute|Dairies|Fisheries|Textiles|Terminals|Logistik|Copper|Gold|Lithium|Nickel|Uranium|Coal|Cement|Machines|Records|Display|Displays|Chemical|Chemicals|Diagnostics|Biotech|Devices|Instruments|Aerospace|Automotive|Software|Beverages|Brewing|Apparel|Realty|Properties|Resorts|Hotels|Bancshares|Bankshares|Bancorp|Savings|Lending|Mining|Minerals|Metals|Mines|Analytics|Consulting|Advisors|Advisers|Associates|Solutions|Logistics|Resources|Brands|Foods|Communications|Electronics|Robotics|Therapeutics|Biosciences|Lifesciences|Semiconductor|Semiconductors
|Survey|Club|FC|AFC|FF|CF|AI|Unit|United|Rovers|Wanderers|Albion|Hotspur|Team|Museum|Programme|Program|Project|Initiative|Observatory|Watch|Council|Caucus|Chamber|Directorate|Secretariat|Inspectorate|Commissariat|House
`;

/**
 * Legal forms written after a company's name in many countries ("Fjordvik AS", "Acme GmbH", "Nokia Oyj"): after a
 * capitalised name they make it a company, and later mentions may drop them.
 */
export const LEGAL_FORMS = 'hf|hf.|ehf|ehf.|Kft|Kft.|Zrt|Zrt.|Nyrt|Nyrt.|s.r.o.|a.s.|d.o.o.|d.d.|AD|EAD|OOD|EOOD|PAO|OAO|ZAO|A.Ş.|AŞ|SRL|S.R.L.|S.p.A.|ApS|OÜ|UAB|SIA|Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Ltd|Ltd.|LLC|LLP|PLC|plc|Plc|SPC|Bhd|Berhad|Tbk|JSC|PJSC|W.L.L.|WLL|AG|SA|S.A.|GmbH|NV|N.V.|SE|Limited|ASA|AS|AB|Oy|Oyj|BV|B.V.|SpA|S.L.|Pty|Ltda|KGaA';

/**
 * Words that open an organisation's name in Romance languages and others ("Banco Central de Chile", "Partido
 * Nacional", "Radio Pacífico", "Frente Amplio"): a capitalised run they start is an organisation, not a person.
 */
export const ORG_FIRST_WORDS = `
Maison|Save|Minera|Compañía|Compania|Empresa|Constructora|Inversiones|Corporación|Banco|Banca|Banque|Partido|Partito|Parti|Frente|Fronte|Movimiento|Movimento|Mouvement|Radio|Rádio|Televisión|Televisão|Televisione|Grupo|Gruppo
|Groupe|Fundación|Fundação|Fondazione|Fondation|Instituto|Istituto|Institut|Universidad|Universidade|Università|Université|Ministerio|Ministério
|Ministero|Ministère|Consejo|Conselho|Consiglio|Conseil|Tribunal|Corte|Cour|Asamblea|Assembleia|Congreso|Congresso|Cámara|Câmara|Comisión
|Comissão|Commissione|Servicio|Serviço|Servizio|Agencia|Agência|Agenzia|Agence|Compañía|Companhia|Compagnie|Compagnia|Empresa|Sociedad|Sociedade
|Società|Société|Asociación|Associação|Associazione|Federación|Federação|Federazione|Confederación|Confederação|Unión|União|Unione|Alianza
|Aliança|Alleanza|Coalición|Junta|Diario|Jornal|Giornale|Colegio|Escuela|Escola|Clube|Sindicato|Cooperativa|Ejército|Exército
|Policía|Polícia|Polizia|Guardia|Fuerza|Fuerzas|Bloque|Bloco|Editorial|Ediciones|Hospital|Hôpital|Ospedale|Musée|Museo|Museu|Teatro|Théâtre|Biblioteca|Bibliothèque|Galleria|Galerie|Orchestre|Orquesta|Lycée
|Astilleros|Estaleiros|Chantiers|Cantieri|Électricité|Electricité|Electricidade|Eléctrica|Electricidad|Aerolíneas|Ferrocarriles|Transportes|Industrias|Caisse|Crédit|Aéroports|Aeropuertos|Linhas|Líneas
`;

/** Last words that make a capitalised run an event. */
export const EVENT_HEADS = `
Forum|Summit|Airshow|Fest|Carnival|Carnaval|Olympics|Olympic Games|Games|Cup|World Cup|Trophy|Championship|Championships|Open|Grand Prix|Marathon|Festival|Expo|Fair|Conference|Congress
|War|Revolution|Uprising|Crisis|Massacre|Genocide|Holocaust|Election|Elections|Referendum|Series|Bowl|Tournament|Classic|Derby|Awards|Oscars|Grammys
|Fire|Wildfire|Show|Week|Finals|Puja|Mela|Slam|Regatta|Talks|Accords|Accord|Agreement|Treaty|Protocol|Convention|Dialogue|Offensive|Operation|Prix
`;

/** Events known by name alone. */
export const EVENT_NAMES = `
World War I|World War II|First World War|Second World War|Cold War|Vietnam War|Korean War|Gulf War|Iraq War|Holocaust|Brexit|Arab Spring|Olympics
|Paralympics|Super Bowl|World Cup|Final Four|Wimbledon|Tour de France|Champions League|Europa League|Europa Conference League|Conference League|Africa Cup of Nations|AFCON|Euro 2024|Oscars|Grammys|Emmys|Cannes Film Festival|Davos|COP28|COP27|COP29
|Japan Series|World Baseball Classic|Copa Libertadores|Copa Sudamericana|Copa América|Giro d'Italia|Giro d’Italia|Vuelta a España|Vuelta|Giro|Roland Garros|French Open|Australian Open|US Open|Paris-Roubaix|Ryder Cup|Six Nations|Ashes
|El Niño|La Niña|Hajj|Eid al-Adha|Eid al-Fitr|Diamond League|World Athletics Championships|Commonwealth Games|Asian Games|Boston Marathon|London Marathon|Ramadan|Oktoberfest|Carnival|Glastonbury|Eurovision|Eurovision Song Contest|Met Gala|Golden Globes|BAFTAs
|Eid|Christmas|Easter|Thanksgiving|Labour Day|Labor Day|Canada Day|Critérium du Dauphiné|Dauphiné|Tour de Suisse|Paris-Nice|Memorial Day|Boxing Day|Hanukkah|Passover|Diwali|Lunar New Year|Halloween|Black Friday|September 11|9/11|Great Depression
`;
