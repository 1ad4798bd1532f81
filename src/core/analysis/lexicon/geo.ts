// Hand-made geography: countries with their aliases and demonyms, extra cities, world regions.
// Format of COUNTRY_TABLE rows: "Canonical Name|alias|alias;Demonym|plural|adjective".
// Aliases written in capitals (US, DPRK) are acronyms and only match capitalised text.

export const COUNTRY_TABLE = `
United States|US|U.S.|USA|U.S.A.|America|United States of America;American|Americans
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons|Englishman|Englishwoman|Scotsman|Scotswoman|Welshman|Welshwoman
Russia|Russian Federation;Russian|Russians
China|People's Republic of China|PRC;Chinese
North Korea|DPRK|Democratic People's Republic of Korea;North Korean|North Koreans
South Korea|ROK|Republic of Korea;South Korean|South Koreans|Korean|Koreans
Ukraine;Ukrainian|Ukrainians
Japan;Japanese
Germany;German|Germans
France;French|Frenchman|Frenchwoman|Frenchmen
Italy;Italian|Italians
Spain;Spanish|Spaniard|Spaniards
Portugal;Portuguese
Netherlands|Holland;Dutch|Dutchman|Dutchwoman|Dutchmen
Belgium;Belgian|Belgians
Switzerland;Swiss
Austria;Austrian|Austrians
Sweden;Swedish|Swede|Swedes
Norway;Norwegian|Norwegians
Denmark;Danish|Dane|Danes
Finland;Finnish|Finn|Finns
Iceland;Icelandic|Icelander|Icelanders
Ireland|Republic of Ireland;Irish|Irishman|Irishwoman
Poland;Polish|Pole|Poles
Czech Republic|Czechia;Czech|Czechs
Slovakia;Slovak|Slovakian|Slovaks
Hungary;Hungarian|Hungarians
Romania;Romanian|Romanians
Bulgaria;Bulgarian|Bulgarians
Greece;Greek|Greeks
Turkey|Türkiye|Turkiye;Turkish|Turk|Turks
Cyprus;Cypriot|Cypriots
Serbia;Serbian|Serb|Serbs
Croatia;Croatian|Croat|Croats
Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians
Slovenia;Slovenian|Slovene|Slovenes
Montenegro;Montenegrin
Albania;Albanian|Albanians
Kosovo;Kosovar|Kosovars
North Macedonia|Macedonia;Macedonian
Moldova;Moldovan|Moldovans
Belarus;Belarusian|Belarusians
Lithuania;Lithuanian|Lithuanians
Latvia;Latvian|Latvians
Estonia;Estonian|Estonians
Georgia;Georgian|Georgians
Armenia;Armenian|Armenians
Azerbaijan;Azerbaijani|Azerbaijanis|Azeri
Kazakhstan;Kazakh|Kazakhs
Uzbekistan;Uzbek|Uzbeks
Turkmenistan;Turkmen
Kyrgyzstan;Kyrgyz
Tajikistan;Tajik|Tajiks
Mongolia;Mongolian|Mongolians
Afghanistan;Afghan|Afghans
Pakistan;Pakistani|Pakistanis
India;Indian|Indians
Bangladesh;Bangladeshi|Bangladeshis
Sri Lanka;Sri Lankan|Sri Lankans
Nepal;Nepali|Nepalese
Bhutan;Bhutanese
Myanmar|Burma;Burmese
Thailand;Thai|Thais
Laos;Lao|Laotian
Cambodia;Cambodian|Cambodians
Vietnam|Viet Nam;Vietnamese
Malaysia;Malaysian|Malaysians
Singapore;Singaporean|Singaporeans
Indonesia;Indonesian|Indonesians
Philippines;Filipino|Filipinos|Philippine
Brunei;Bruneian
East Timor|Timor-Leste;Timorese
Taiwan;Taiwanese
Hong Kong;Hong Konger
Macau|Macao;Macanese
Australia;Australian|Australians
New Zealand;New Zealander|New Zealanders
Papua New Guinea;Papua New Guinean
Fiji;Fijian|Fijians
Iran;Iranian|Iranians|Persian
Iraq;Iraqi|Iraqis
Syria;Syrian|Syrians
Lebanon;Lebanese
Israel;Israeli|Israelis
Palestine|Palestinian Territories;Palestinian|Palestinians
Jordan;Jordanian|Jordanians
Saudi Arabia;Saudi|Saudis|Saudi Arabian
Yemen;Yemeni|Yemenis
Oman;Omani|Omanis
United Arab Emirates|UAE;Emirati|Emiratis
Qatar;Qatari|Qataris
Bahrain;Bahraini|Bahrainis
Kuwait;Kuwaiti|Kuwaitis
Egypt;Egyptian|Egyptians
Libya;Libyan|Libyans
Tunisia;Tunisian|Tunisians
Algeria;Algerian|Algerians
Morocco;Moroccan|Moroccans
Sudan;Sudanese
South Sudan;South Sudanese
Ethiopia;Ethiopian|Ethiopians
Eritrea;Eritrean|Eritreans
Somalia;Somali|Somalis|Somalian
Djibouti;Djiboutian
Kenya;Kenyan|Kenyans
Uganda;Ugandan|Ugandans
Tanzania;Tanzanian|Tanzanians
Rwanda;Rwandan|Rwandans
Burundi;Burundian
Democratic Republic of the Congo|DRC|DR Congo|Democratic Republic of Congo;Congolese
Republic of the Congo|Congo
Nigeria;Nigerian|Nigerians
Niger;Nigerien
Ghana;Ghanaian|Ghanaians
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Cote d’Ivoire;Ivorian|Ivorians
Senegal;Senegalese
Mali;Malian|Malians
Burkina Faso;Burkinabe
Chad;Chadian|Chadians
Cameroon;Cameroonian|Cameroonians
Gabon;Gabonese
Central African Republic
Angola;Angolan|Angolans
Zambia;Zambian|Zambians
Zimbabwe;Zimbabwean|Zimbabweans
Mozambique;Mozambican|Mozambicans
Malawi;Malawian|Malawians
Namibia;Namibian|Namibians
Botswana;Botswanan|Motswana|Batswana
South Africa;South African|South Africans
Madagascar;Malagasy
Mauritius;Mauritian
Liberia;Liberian|Liberians
Sierra Leone;Sierra Leonean
Guinea;Guinean
Gambia|The Gambia;Gambian
Mauritania;Mauritanian
Canada;Canadian|Canadians
Mexico;Mexican|Mexicans
Guatemala;Guatemalan|Guatemalans
Honduras;Honduran|Hondurans
El Salvador;Salvadoran|Salvadorans
Nicaragua;Nicaraguan|Nicaraguans
Costa Rica;Costa Rican|Costa Ricans
Panama;Panamanian|Panamanians
Cuba;Cuban|Cubans
Haiti;Haitian|Haitians
Dominican Republic;Dominican|Dominicans
Jamaica;Jamaican|Jamaicans
Puerto Rico;Puerto Rican|Puerto Ricans
Trinidad and Tobago;Trinidadian
Bahamas;Bahamian
Barbados;Barbadian
Saint Lucia|St. Lucia|St Lucia;St. Lucian|St. Lucians|Saint Lucian|Saint Lucians|St Lucian|St Lucians
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines;Vincentian|Vincentians
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis;Kittitian|Kittitians
Antigua and Barbuda;Antiguan|Antiguans
Grenada;Grenadian|Grenadians
Belize;Belizean|Belizeans
Cayman Islands;Caymanian|Caymanians
Bermuda;Bermudian|Bermudians
Guinea-Bissau;Bissau-Guinean|Bissau-Guineans
Faroe Islands|Faroes;Faroese
Colombia;Colombian|Colombians
Venezuela;Venezuelan|Venezuelans
Ecuador;Ecuadorian|Ecuadorians
Peru;Peruvian|Peruvians
Bolivia;Bolivian|Bolivians
Brazil;Brazilian|Brazilians
Chile;Chilean|Chileans
Argentina;Argentine|Argentinian|Argentines|Argentinians
Uruguay;Uruguayan|Uruguayans
Paraguay;Paraguayan|Paraguayans
Guyana;Guyanese
Suriname;Surinamese
England;English
Scotland;Scottish|Scot|Scots
Wales;Welsh
Northern Ireland
Luxembourg;Luxembourgish
Malta;Maltese
Monaco;Monegasque
Vatican|Vatican City|Holy See
Greenland;Greenlandic|Greenlander|Greenlanders
Cape Verde|Cabo Verde;Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans
Eswatini|Swaziland;Swazi|Swazis
São Tomé and Príncipe|Sao Tome and Principe;Santomean|Santomeans
Comoros;Comorian|Comorians
Samoa;Samoan|Samoans
Tonga;Tongan|Tongans
Maldives;Maldivian|Maldivians
Lesotho;Basotho|Mosotho
Togo;Togolese
Benin;Beninese
Seychelles;Seychellois
Solomon Islands;Solomon Islander|Solomon Islanders
Tuvalu;Tuvaluan|Tuvaluans
Nauru;Nauruan|Nauruans
Palau;Palauan|Palauans
Marshall Islands;Marshallese
Micronesia|Federated States of Micronesia;Micronesian|Micronesians
Andorra;Andorran|Andorrans
Vanuatu;Ni-Vanuatu|Vanuatuan|Vanuatuans
Western Sahara;Sahrawi|Sahrawis
Curaçao|Curacao;Curaçaoan|Curaçaoans
Somaliland;Somalilander|Somalilanders
New Caledonia;New Caledonian|New Caledonians
Soviet Union|USSR;Soviet|Soviets
`;

/** Group and regional adjectives that are NORP but name no single country. */
export const NORP_EXTRA = `
European|Europeans|Asian|Asians|African|Africans|Arab|Arabs|Latino|Latinos|Latina|Hispanic|Hispanics|Western|Westerner|Westerners
|Quechua|Aymara|Mapuche|Guarani|Guaraní|Sámi|Saami|Inuit|Navajo|Ojibwe|Māori|Maori|Kichwa|Shuar|Wayuu|Garifuna|Miskito|Emberá|Embera|Yanomami|Kayapo|Mayan|Zapotec|Tuareg|Tuaregs|Hmong|Kachin|Sindhi|Punjabi|Bengali|Sinhalese|Chakma|Papuan|Papuans|Aboriginal|Cherokee|Lakota|Sherpa|Sherpas|Dayak|Igorot|Lumad|Ainu
|Ni-Vanuatu|Indigenous|Kurdish|Kurd|Kurds|Pashtun|Yoruba|Igbo|Hausa|Zulu|Xhosa|Maasai|Kikuyu|Amhara|Oromo|Fulani|Berber|Berbers|Druze|Alawite|Alawites|Rohingya|Tamil|Tamils|Uyghur|Uyghurs|Uighur|Uighurs|Tibetan|Tibetans|Basque|Catalan|Catalans|Flemish|Roma|Bedouin|Yazidi|Yazidis
|Muslim|Muslims|Christian|Christians|Jewish|Jew|Jews|Catholic|Catholics|Protestant|Protestants|Evangelical|Evangelicals|Hindu|Hindus|Buddhist|Buddhists
|Sikh|Sikhs|Sunni|Sunnis|Shia|Shiite|Shiites|Islamic|Islamist|Islamists|Orthodox|Mormon|Mormons|Anglican|Anglicans|Baptist|Methodist
|Christian Democrat|Christian Democrats|Social Democrat|Social Democrats|Free Democrats|Democrat|Democrats|Democratic|Republican|Republicans|Communist|Communists|Socialist|Socialists|Conservative|Conservatives|Liberal|Liberals|Labourite|Tory|Tories|Zionist|Bolshevik|Nazi|Nazis
|Palestinian|Palestinians|Nordic|Scandinavian|Scandinavians|Balkan|Caucasian|Slavic|Baltic|Pacific|Atlantic|Mediterranean|Transatlantic|Eurasian|Middle Eastern|Latin American|Latin Americans|Texan|Texans|Californian|Californians
`;

/** Capitals and large cities not in the generated list (lower-case). */
export const EXTRA_CITIES = `
douala|kumasi|port harcourt|benin city|lubumbashi|mbuji-mayi|kisangani|pointe-noire|kisumu|arusha|mwanza|mekelle|hargeisa|omdurman|port sudan
|ndola|kitwe|bulawayo|blantyre|beira|nampula|toamasina|port louis|huambo|lobito|gqeberha|bloemfontein|ismailia|luxor|aswan|misrata|sfax|sousse
|marrakech|marrakesh|fez|fès|agadir|peshawar|quetta|multan|pokhara|jaffna|malé|pune|vadodara|agra|varanasi|srinagar|guwahati|kochi|thiruvananthapuram
|coimbatore|madurai|visakhapatnam|phuket|siem reap|ho chi minh city|haiphong|hai phong|da nang|george town|johor bahru|kota kinabalu|kuching|semarang
|palembang|denpasar|yogyakarta|quezon city|davao|davao city|zamboanga|shymkent|samarkand|bukhara|batumi|kutaisi|gyumri|shiraz|basra|erbil|najaf
|zarqa|dammam|kuwait city|manama|sharjah|salalah|aden|antalya|adana|gaziantep|diyarbakir|diyarbakır|cluj-napoca|iasi|iași|plovdiv|novi sad|rijeka
|mostar|durres|durrës|debrecen|szeged|brno|ostrava|lodz|łódź|szczecin|espoo|oulu|uppsala|stavanger|odense|limerick|aberdeen|dundee|inverness
|swansea|nottingham|portsmouth|plymouth|bradford|stoke-on-trent|norwich|exeter|braga|coimbra|zaragoza|bilbao
|murcia|las palmas|alicante|vigo|gijon|gijón|grenoble|dijon|charleroi|bruges|dusseldorf|düsseldorf
|hanover|hannover|nuremberg|nürnberg|innsbruck|lucerne|st petersburg|nizhny novgorod|samara|rostov-on-don|kaliningrad|lhasa|kobe|fukuoka
|hiroshima|sendai|gwangju|ulsan|adelaide|hobart|dunedin|quebec city|saskatoon|tucson|monterrey|san pedro sula|medellín|medellin|cartagena
|málaga|malaga|granada|bologna|valladolid|arequipa|cusco|cochabamba|valparaíso|valparaiso|rosario|porto alegre|belém|goiânia|cayenne|
bamako|niamey|ouagadougou|monrovia|freetown|lome|lomé|cotonou|porto-novo|yaounde|yaoundé|bujumbura|dodoma|lilongwe|gaborone|maseru|mbabane
|antananarivo|moroni|asmara|juba|bangui|malabo|praia|bissau|banjul|nouakchott|thimphu|naypyitaw|dili|port moresby|suva|honiara|apia|nuku'alofa
|port vila|tarawa|majuro|funafuti|castries|kingstown|basseterre|roseau|bridgetown|georgetown|paramaribo|belmopan|managua|port-au-prince|nassau
|sucre|asunción|asuncion|valletta|nicosia|podgorica|pristina|chisinau|chișinău|vaduz|ljubljana|port of spain|guatemala city|panama city|state of mexico
|washington|washington dc|washington d.c.|new york|new york city|houston|austin|dallas|san francisco|los angeles|chicago|boston|miami|atlanta|seattle|denver
|phoenix|las vegas|detroit|baltimore|philadelphia|pittsburgh|cleveland|cincinnati|columbus|indianapolis|minneapolis|st. louis|st louis|kansas city
|new orleans|nashville|charlotte|orlando|tampa|jacksonville|san diego|san jose|sacramento|portland|salt lake city|honolulu|anchorage|omaha|memphis
|louisville|milwaukee|buffalo|richmond|albany|hartford|providence|newark|jersey city|oakland|brooklyn|manhattan|queens|bronx|palm beach|mar-a-lago
|annapolis|carson city|north las vegas|reno|juneau|topeka|montpelier|des moines|st. paul|saint paul|oklahoma city|trenton|harrisburg|tallahassee|springfield|boise|cheyenne|santa fe|lansing|madison|raleigh|columbia|montgomery|jackson|little rock|baton rouge
|london|paris|berlin|rome|madrid|lisbon|dublin|brussels|amsterdam|vienna|prague|warsaw|budapest|bucharest|sofia|athens|ankara|istanbul|kyiv|kiev|kharkiv
|odesa|odessa|lviv|mariupol|bakhmut|kherson|zaporizhzhia|donetsk|luhansk|crimea|avdiivka|dnipro|minsk|vilnius|riga|tallinn|helsinki|stockholm|oslo|copenhagen
|reykjavik|bern|geneva|zurich|davos|munich|frankfurt|hamburg|cologne|milan|naples|turin|venice|florence|barcelona|valencia|seville|marseille|lyon|nice
|moscow|st. petersburg|saint petersburg|vladivostok|novosibirsk|kazan|sochi|belgorod|kursk|rostov|beijing|shanghai|hong kong|shenzhen|guangzhou|wuhan
|tokyo|osaka|kyoto|seoul|busan|pyongyang|taipei|manila|metro manila|hanoi|bangkok|jakarta|kuala lumpur|singapore|new delhi|delhi|mumbai|kolkata|chennai|bangalore
|karachi|lahore|islamabad|kabul|kandahar|tehran|baghdad|damascus|aleppo|beirut|amman|jerusalem|tel aviv|gaza|gaza city|rafah|khan younis|ramallah|riyadh
|jeddah|doha|dubai|abu dhabi|muscat|sanaa|cairo|alexandria|tripoli|tunis|algiers|rabat|casablanca|khartoum|addis ababa|nairobi|kampala|kigali|lagos|abuja
|accra|dakar|kinshasa|johannesburg|cape town|pretoria|harare|lusaka|luanda|maputo|ottawa|toronto|montreal|vancouver|calgary|mexico city|guadalajara
|havana|caracas|bogota|bogotá|lima|quito|santiago|buenos aires|montevideo|brasilia|brasília|rio de janeiro|sao paulo|são paulo|canberra|sydney|melbourne
|brisbane|perth|auckland|wellington|the hague|strasbourg|luxembourg|edinburgh|glasgow|cardiff|belfast|manchester|liverpool|birmingham|leeds
|tbilisi|yerevan|baku|astana|almaty|tashkent|bishkek|dushanbe|ulaanbaatar|kathmandu|dhaka|colombo|yangon|naypyidaw|phnom penh|vientiane|bandar seri begawan
|mombasa|wiesbaden|silicon valley|wall street|hollywood
|calif.|colo.|conn.|fla.|ariz.|okla.|tenn.|minn.|mich.|wis.|wyo.|nev.|neb.|alta.|sask.|ont.|que.|nfld.
`;

/** Non-political places: continents, world regions, seas, mountain ranges (lower-case). */
export const LOCATIONS = `
africa|asia|europe|pacific ring of fire|ring of fire|antarctica|oceania|north america|south america|latin america|central america|eurasia|the americas|americas
|east asia|southeast asia|south asia|central asia|west asia|north asia|northeast asia|asia-pacific|asia pacific|indo-pacific|middle east|near east|far east
|eastern europe|western europe|central europe|northern europe|southern europe|southeastern europe|north africa|west africa|east africa|southern africa
|central africa|sub-saharan africa|horn of africa|sahel|sahara|maghreb|balkans|the balkans|caucasus|the caucasus|south caucasus|scandinavia|baltics|the baltics
|persian gulf|the gulf|gulf region|arabian peninsula|korean peninsula|levant|caribbean|the caribbean|mediterranean|the mediterranean|pacific|the pacific
|atlantic|the atlantic|arctic|the arctic|antarctic|black sea|red sea|baltic sea|south china sea|east china sea|sea of japan|yellow sea|caspian sea
|north sea|aegean sea|adriatic|sea of azov|gulf of mexico|gulf of aden|strait of hormuz|taiwan strait|english channel|suez canal|panama canal|bosphorus
|pacific ocean|atlantic ocean|indian ocean|arctic ocean|southern ocean|himalayas|alps|the alps|andes|rockies|rocky mountains|urals|ural mountains
|amazon|amazon rainforest|nile|danube|brahmaputra|jamuna|indus|irrawaddy|salween|zambezi|limpopo|okavango|orinoco|parana|paraná|colorado river|columbia river|yukon|mackenzie river|st. lawrence|murray river|darling river|yellow river|pearl river|amur|ob|yenisei|lena|don river|elbe|oder|vistula|loire|seine|rhône|rhone|saône|garonne|po river|tiber|ebro|tagus|douro|shannon|severn|niger river|congo river|senegal river|lake victoria|lake chad|lake tanganyika|lake titicaca|dead sea|kilimanjaro|mount kenya|mount everest|everest|k2|mont blanc|matterhorn|hindu kush|karakoram|atlas mountains|pyrenees|carpathians|apennines|dolomites|tian shan|altai mountains|western ghats|eastern ghats|deccan|sundarbans|serengeti|kalahari|gobi|negev|atacama|outback|great barrier reef|dnipro river|dnieper|rhine|thames|mississippi river|yangtze|mekong|ganges|euphrates|tigris|jordan river|volga
|mallorca|majorca|ibiza|siberia|patagonia|tibetan plateau|kashmir|donbas|donbass|west bank|golan heights|sinai|sinai peninsula|kurdistan|nagorno-karabakh|darfur|tigray|transnistria
|midwest|the midwest|new england|deep south|the south|west coast|east coast|gulf coast|great plains|great lakes|appalachia|rust belt|sun belt|bay area
`;

/**
 * Abbreviations of states and provinces, as datelines and news copy write them ("RALEIGH, N.C.", "a NSW supplement
 * maker"). Rows: "canonical name|abbreviation|…". Only dotted or capitalised forms that are no English word ("Mass.",
 * "Miss.", "La." and "Ind." are left out).
 */
export const REGION_ABBREVIATIONS = `
new south wales|NSW;queensland|QLD|Qld;north carolina|N.C.;south carolina|S.C.;new york|N.Y.;new jersey|N.J.;new hampshire|N.H.
new mexico|N.M.;north dakota|N.D.;south dakota|S.D.;rhode island|R.I.;west virginia|W.Va.;california|Calif.;colorado|Colo.
connecticut|Conn.;florida|Fla.;arizona|Ariz.;oklahoma|Okla.;tennessee|Tenn.;minnesota|Minn.;michigan|Mich.;wisconsin|Wis.
wyoming|Wyo.;nevada|Nev.;nebraska|Neb.;oregon|Ore.;kansas|Kan.;arkansas|Ark.;alabama|Ala.;kentucky|Ky.;maryland|Md.
quebec|Que.;ontario|Ont.;alberta|Alta.;saskatchewan|Sask.;nova scotia|N.S.;prince edward island|P.E.I.;newfoundland and labrador|Nfld.
`;

/**
 * State abbreviations that are also words or titles ("Miss.", "La.", "Ill."): a place only inside a legislator's
 * party-state tag (", D-Miss.,").
 */
export const TAG_ONLY_STATE_ABBREVIATIONS = `
texas|Tex.;virginia|Va.;vermont|Vt.;pennsylvania|Pa.;georgia|Ga.;illinois|Ill.;indiana|Ind.;massachusetts|Mass.
mississippi|Miss.;louisiana|La.;washington|Wash.;montana|Mont.;delaware|Del.;missouri|Mo.;iowa|Iowa;ohio|Ohio;utah|Utah
idaho|Idaho;maine|Maine;alaska|Alaska;hawaii|Hawaii;new york|NY;california|CA;texas|TX;florida|FL
`;

/** Places among LOCATIONS that are usually treated as political units (GPE). */
export const GPE_REGIONS = 'mato grosso do sul|mato grosso|rio grande do sul|espírito santo|goiás|rondônia|roraima|amapá|tocantins|maranhão|piauí|ceará|alagoas|sergipe|paraíba|sindh|balochistan|khyber pakhtunkhwa|gilgit-baltistan|west bank|gaza strip|kashmir|crimea|donbas|donbass|kurdistan|nagorno-karabakh|tigray|darfur|transnistria|siberia|catalonia|scotland|wales|england|northern ireland|quebec|tibet|xinjiang|hong kong|macau|chechnya|abkhazia|south ossetia|gaza|south australia|western australia|new south wales|northern territory|australian capital territory|british columbia|nova scotia|new brunswick';
