"""Names that are written differently in French and English: one entity, two spellings.

A translation may turn "États-Unis" into "United States" and still be right; it may
not turn "Pierre Lenoir" into "Stone Lenoir". These lists (countries, major cities,
institutions and ministries a news article names; regions, landmarks, parties, the
nicknames and metonyms news writes for bodies and teams, "Matignon", "the Met", "les
Bleus"; well-known transliterated names; peoples and nationalities) are what the
check accepts as the same name in the other language; any other name must come
through unchanged, or by the check's rules for names made of dictionary words. A
translation naming another listed entity of the same family ("ministère des Affaires
étrangères" for the Home Office) is told apart by `listed_names`.
"""

from __future__ import annotations

import re
from functools import cache

from reader.folding import fold

#: French spelling | English spelling(s), one entity a line; "/" separates variants.
_PAIRS = """
États-Unis/Etats-Unis | United States/US/U.S./USA
Royaume-Uni | United Kingdom/UK/Britain
Grande-Bretagne | Great Britain/Britain
Allemagne | Germany
Espagne | Spain
Italie | Italy
Chine | China
Japon | Japan
Russie | Russia
Inde | India
Brésil | Brazil
Mexique | Mexico
Belgique | Belgium
Suisse | Switzerland
Autriche | Austria
Pays-Bas | Netherlands
Grèce | Greece
Pologne | Poland
Suède | Sweden
Norvège | Norway
Danemark | Denmark
Finlande | Finland
Irlande | Ireland
Écosse | Scotland
Pays de Galles/Galles | Wales
Angleterre | England
Turquie | Turkey
Égypte | Egypt
Maroc | Morocco
Algérie | Algeria
Tunisie | Tunisia
Afrique du Sud | South Africa
Arabie saoudite | Saudi Arabia
Corée du Sud | South Korea
Corée du Nord | North Korea
Chypre | Cyprus
Hongrie | Hungary
Roumanie | Romania
Ukraine | Ukraine
Australie | Australia
Nouvelle-Zélande | New Zealand
Argentine | Argentina
Colombie | Colombia
Syrie | Syria
Liban | Lebanon
Irak | Iraq
Jordanie | Jordan
Israël | Israel
Libye | Libya
Soudan | Sudan
Éthiopie | Ethiopia
Somalie | Somalia
Érythrée | Eritrea
Nigeria/Nigéria | Nigeria
Cameroun | Cameroon
Tchad | Chad
Sénégal | Senegal
Mauritanie | Mauritania
Guinée | Guinea
Zambie | Zambia
Namibie | Namibia
Tanzanie | Tanzania
Ouganda | Uganda
République démocratique du Congo/RDC | Democratic Republic of the Congo/DRC
Haïti | Haiti
Cuba | Cuba
Jamaïque | Jamaica
Pérou | Peru
Bolivie | Bolivia
Équateur | Ecuador
Chili | Chile
Vénézuéla/Venezuela | Venezuela
Canada | Canada
Islande | Iceland
Lituanie | Lithuania
Lettonie | Latvia
Estonie | Estonia
Biélorussie/Bélarus | Belarus
Moldavie | Moldova
Bulgarie | Bulgaria
Croatie | Croatia
Serbie | Serbia
Slovénie | Slovenia
Slovaquie | Slovakia
Tchéquie/République tchèque | Czech Republic/Czechia
Albanie | Albania
Macédoine du Nord | North Macedonia
Arménie | Armenia
Azerbaïdjan | Azerbaijan
Kazakhstan | Kazakhstan
Ouzbékistan | Uzbekistan
Afghanistan | Afghanistan
Pakistan | Pakistan
Bangladesh | Bangladesh
Birmanie | Myanmar/Burma
Thaïlande | Thailand
Cambodge | Cambodia
Malaisie | Malaysia
Indonésie | Indonesia
Philippines | Philippines
Taïwan | Taiwan
Mongolie | Mongolia
Yémen | Yemen
Oman | Oman
Qatar | Qatar
Bahreïn | Bahrain
Émirats arabes unis | United Arab Emirates/UAE
Cisjordanie | West Bank
Bande de Gaza | Gaza Strip
Kiev/Kyiv | Kyiv/Kiev
Odessa/Odesa | Odesa/Odessa
Kharkiv/Kharkov | Kharkiv/Kharkov
Saint-Siège | Holy See
Vatican | Vatican
Europe | Europe
Afrique | Africa
Asie | Asia
Amérique | America
Londres | London
Bruxelles | Brussels
Genève | Geneva
Vienne | Vienna
Venise | Venice
Rome | Rome
Moscou | Moscow
Pékin | Beijing
Varsovie | Warsaw
Lisbonne | Lisbon
Athènes | Athens
Le Caire | Cairo
Copenhague | Copenhagen
Édimbourg | Edinburgh
Munich | Munich
Cologne | Cologne
Anvers | Antwerp
La Haye | The Hague
Séville | Seville
Nouvelle-Orléans | New Orleans
Alger | Algiers
Marseille | Marseille/Marseilles
Lyon | Lyon/Lyons
Union européenne/UE | European Union/EU
Commission européenne | European Commission
Parlement européen | European Parliament
Conseil européen | European Council
Banque centrale européenne/BCE | European Central Bank/ECB
Banque de France | Bank of France
Banque d'Angleterre | Bank of England
Banque mondiale | World Bank
Fonds monétaire international/FMI | International Monetary Fund/IMF
Organisation mondiale de la santé/OMS | World Health Organization/WHO
Organisation mondiale du commerce/OMC | World Trade Organization/WTO
Organisation des Nations unies/Nations unies/ONU | United Nations/UN
Conseil de sécurité | Security Council
OTAN | NATO
Assemblée nationale | National Assembly
Sénat | Senate
Conseil constitutionnel | Constitutional Council
Conseil d'État | Council of State
Cour des comptes | Court of Audit
Cour de cassation | Court of Cassation
Cour suprême | Supreme Court
Maison-Blanche/Maison Blanche | White House
Réserve fédérale/Fed | Federal Reserve/Fed
Élysée | Élysée/Elysee
Insee | INSEE/Insee/national statistics office/national statistics institute
Insee | statistics office/statistics institute/statistics agency
Bourse de Paris | Paris Stock Exchange
Mer du Nord | North Sea
Méditerranée | Mediterranean
Manche | Channel/English Channel
Coupe du monde | World Cup
Parti travailliste | Labour Party/Labour
Parti conservateur | Conservative Party/Conservatives/Tories
Parti socialiste | Socialist Party
Parti républicain | Republican Party/Republicans
Parti démocrate | Democratic Party/Democrats
Nil | Nile
Tamise | Thames
Rhin | Rhine
Alpes | Alps
Pyrénées | Pyrenees
Atlantique | Atlantic
Pacifique | Pacific
lac Léman/Léman | Lake Geneva
Abou Dhabi | Abu Dhabi
Dubaï | Dubai
Koweït | Kuwait
Singapour | Singapore
Le Cap | Cape Town
Nouvelle-Calédonie | New Caledonia
Corse | Corsica
Sicile | Sicily
Sardaigne | Sardinia
Bavière | Bavaria
Catalogne | Catalonia
Californie | California
Floride | Florida
Pennsylvanie | Pennsylvania
Caroline du Nord | North Carolina
Caroline du Sud | South Carolina
Virginie | Virginia
Géorgie | Georgia
Louisiane | Louisiana
Nouveau-Mexique | New Mexico
Nouvelle-York | New York
Bretagne | Brittany
Normandie | Normandy
Bourgogne | Burgundy
Irlande du Nord | Northern Ireland
Pays basque | Basque Country
Cornouailles | Cornwall
Douvres | Dover
Cantorbéry | Canterbury
Dunkerque | Dunkirk
Guernesey | Guernsey
Orcades | Orkney
Hébrides | Hebrides
Îles Anglo-Normandes/îles Anglo-Normandes | Channel Islands
Malouines | Falklands/Falkland Islands
Bâle | Basel
Mayence | Mainz
Aix-la-Chapelle | Aachen
Trèves | Trier
Cracovie | Krakow/Cracow
Gênes | Genoa
Padoue | Padua
Saragosse | Zaragoza/Saragossa
Cordoue | Cordoba
Grenade | Granada
Thessalonique/Salonique | Thessaloniki
Saint-Pétersbourg | St Petersburg/Saint Petersburg
Bucarest | Bucharest
La Valette | Valletta
Jérusalem | Jerusalem
Damas | Damascus
Bagdad | Baghdad
Téhéran | Tehran
La Mecque | Mecca
Tanger | Tangier
Séoul | Seoul
Bombay | Mumbai/Bombay
Philadelphie | Philadelphia
Provence | Provence
Flandre | Flanders
Wallonie | Wallonia
Trésor | Treasury
Croix-Rouge | Red Cross
ministère de l'Intérieur | Home Office/Interior Ministry
ministère des Affaires étrangères/Quai d'Orsay | Foreign Office/Foreign Ministry/State Department
Chambre des communes | House of Commons
Chambre des lords | House of Lords
Chambre des représentants | House of Representatives
aurores boréales | Northern Lights
Premier ministre | Prime Minister
PIB | GDP
PME | SMEs/SME
TVA | VAT
BCE | ECB
UE | EU
"""

#: A country may come out as its adjective ("l'équipe de France", "the French team"):
#: each line's French spellings, then the English ones, all accepted for each other.
_ADJECTIVES = """
France/français/française/françaises | French/France
Allemagne/allemand/allemande/allemands/allemandes | German/Germans/Germany
Royaume-Uni/britannique/britanniques | British/Britain/United Kingdom/UK
États-Unis/américain/américaine/américains/américaines | American/Americans/United States/US
Espagne/espagnol/espagnole/espagnols/espagnoles | Spanish/Spain
Italie/italien/italienne/italiens/italiennes | Italian/Italians/Italy
Chine/chinois/chinoise/chinoises | Chinese/China
Japon/japonais/japonaise/japonaises | Japanese/Japan
Russie/russe/russes | Russian/Russians/Russia
Ukraine/ukrainien/ukrainienne/ukrainiens/ukrainiennes | Ukrainian/Ukrainians/Ukraine
Europe/européen/européenne/européens/européennes | European/Europeans/Europe
Belgique/belge/belges | Belgian/Belgium
Suisse/suisse/suisses | Swiss/Switzerland
Canada/canadien/canadienne/canadiens/canadiennes | Canadian/Canadians/Canada
Inde/indien/indienne/indiens | Indian/India
Israël/israélien/israélienne/israéliens | Israeli/Israelis/Israel
Iran/iranien/iranienne/iraniens | Iranian/Iran
Grèce/grec/grecque/grecs | Greek/Greece
Pologne/polonais/polonaise | Polish/Poland
Pays-Bas/néerlandais/néerlandaise | Dutch/Netherlands
Irlande/irlandais/irlandaise | Irish/Ireland
Turquie/turc/turque/turcs | Turkish/Turkey
Écosse/écossais/écossaise/écossaises | Scottish/Scots/Scotland
Angleterre/anglais/anglaise/anglaises | English/England
Pays de Galles/Galles/gallois/galloise | Welsh/Wales
Portugal/portugais/portugaise | Portuguese/Portugal
Autriche/autrichien/autrichienne | Austrian/Austria
Suède/suédois/suédoise | Swedish/Sweden
Norvège/norvégien/norvégienne | Norwegian/Norway
Danemark/danois/danoise | Danish/Denmark
Mexique/mexicain/mexicaine | Mexican/Mexico
Brésil/brésilien/brésilienne | Brazilian/Brazil
Maroc/marocain/marocaine | Moroccan/Morocco
Algérie/algérien/algérienne | Algerian/Algeria
Australie/australien/australienne | Australian/Australia
Corée du Sud/sud-coréen/sud-coréenne | South Korean/South Korea
Olympiques/olympique/olympiques | Olympic/Olympics
"""


#: Places, periods, bodies and events that each language calls by a name of its own:
#: regions and seas, landmarks, the world wars, parties and employers' bodies,
#: ministries and the French bodies known by their acronyms, nicknames of bodies and
#: national teams, the metonyms news writes for a government's seats ("Matignon",
#: "Downing Street", "the Met"), holidays, the Games, tournaments and works. One entity
#: a line, as in the list above (one with many spellings may take two); the first
#: spelling of each side is the one a repair writes.
_NICKNAMES = """
Moyen-Orient | Middle East
Proche-Orient | Near East
Extrême-Orient | Far East
Amérique latine | Latin America
Amérique du Nord | North America
Amérique du Sud | South America
Asie du Sud-Est | South-East Asia/Southeast Asia
Afrique de l'Ouest | West Africa
Afrique du Nord | North Africa
Afrique de l'Est | East Africa
Corne de l'Afrique | Horn of Africa
Caucase | Caucasus
Scandinavie | Scandinavia
Sibérie | Siberia
Crimée | Crimea
Donbass | Donbas/Donbass
golfe Persique | Persian Gulf
mer Rouge | Red Sea
mer Noire | Black Sea
mer Baltique/Baltique | Baltic Sea/Baltic
mer Égée | Aegean Sea/Aegean
mer de Chine méridionale | South China Sea
océan Indien | Indian Ocean
Arctique | Arctic
Antarctique | Antarctic/Antarctica
Groenland | Greenland
Nouvelle-Angleterre | New England
Hawaï | Hawaii
Malte | Malta
Nouvelle-Delhi | New Delhi
Beyrouth | Beirut
Riyad | Riyadh
Kaboul | Kabul
Hanoï | Hanoi
Alep | Aleppo
Mossoul | Mosul
Naplouse | Nablus
Hébron | Hebron
Jénine | Jenin
Khan Younès | Khan Younis
Marioupol | Mariupol
Zaporijia | Zaporizhzhia
Bakhmout | Bakhmut
Tel-Aviv | Tel Aviv
Champs-Élysées | Champs-Elysees/Champs-Élysées
Croisette | Croisette/Cannes seafront/seafront promenade
palais de Westminster/Parlement britannique | Palace of Westminster/Houses of Parliament
Seconde Guerre mondiale/Deuxième Guerre mondiale | Second World War/World War II/World War Two/WWII
Première Guerre mondiale/Grande Guerre | First World War/World War I/World War One/WWI/Great War
Downing Street/gouvernement britannique | Downing Street/Number 10/No 10
police de Londres/police londonienne | Met/Metropolitan Police/Met Police/Scotland Yard
Scotland Yard/police métropolitaine | Met/Metropolitan Police/Met Police/Scotland Yard
service météorologique britannique/Met Office | Met Office
office météorologique britannique/agence météorologique britannique | Met Office
Météo-France | Météo-France/Meteo-France/French weather service/French weather agency
BBC | BBC/Beeb
NHS/service de santé britannique/système de santé britannique | NHS/National Health Service
service de santé anglais/système de santé anglais | NHS/National Health Service
Matignon/hôtel de Matignon | Matignon/prime minister's office/French prime minister's office
Bercy/ministère de l'Économie/ministère des Finances | Bercy/finance ministry/economy ministry
Bercy | Ministry of Finance/Ministry of the Economy
place Beauvau/Beauvau | interior ministry/Ministry of the Interior
Kremlin | Kremlin
Capitole | Capitol/Capitol Hill
Holyrood/Parlement écossais | Holyrood/Scottish Parliament
Stormont | Stormont/Northern Ireland Assembly
Rassemblement national/RN | National Rally/RN
Front national/FN | National Front/FN
La France insoumise/France insoumise/LFI/Insoumis | France Unbowed/LFI
Les Républicains/LR | Les Républicains/Republicans/LR
libéraux-démocrates/Libéraux-démocrates | Liberal Democrats/Lib Dems/Lib Dem
Parti national écossais/SNP | Scottish National Party/SNP
Parti unioniste démocrate/DUP | Democratic Unionist Party/DUP
Likoud | Likud
Hezbollah | Hezbollah/Hizbollah
État islamique/EI/Daech | Islamic State/IS/Isis/ISIS/Isil
Frères musulmans | Muslim Brotherhood
Medef/patronat | Medef/MEDEF/employers' federation/employers' organisation
Medef/patronat | employers' association/business lobby
CBI/patronat britannique | CBI/Confederation of British Industry
TGV | TGV/high-speed train/high-speed trains/high-speed rail
Smic | Smic/minimum wage
HLM | HLM/social housing/council housing
Samu | Samu/emergency medical service/emergency medical services/ambulance service
Pôle emploi/France Travail | Pôle emploi/France Travail/jobcentre/job centre
Pôle emploi/France Travail | employment agency/job agency
Bleus/équipe de France | France/French team/French side/Les Bleus
Bleues | France/French women's team/French women/Les Bleues
XV de France | France/French team/French side/French rugby team
Lionnes/Anglaises | Lionesses/England
Three Lions/équipe d'Angleterre/Anglais | Three Lions/England
All Blacks/Néo-Zélandais | All Blacks/New Zealand
Wallabies | Wallabies/Australia
Springboks | Springboks/South Africa
Azzurri/Squadra Azzurra/Italiens | Azzurri/Italy
Diables rouges | Red Devils/Belgium
délégation britannique/équipe britannique/équipe de Grande-Bretagne | Team GB
Canaris | Canaries/Nantes
Olympique de Marseille/OM | Marseille/OM
Olympique lyonnais/OL | Lyon/OL
Girondins | Bordeaux/Girondins
Crous | Crous/student welfare agency/student services agency/student services
Cnil/CNIL | data protection authority/data protection watchdog/privacy watchdog/CNIL
Quai des Orfèvres/police judiciaire | criminal police/Paris criminal police/judicial police
Ultramarins/outre-mer | overseas territories/overseas France/French overseas territories
Nouveau Front populaire/NFP | New Popular Front/NFP
CAF/caisse d'allocations familiales | family allowance fund/family allowance office/CAF
DGSE | DGSE/foreign intelligence service/foreign intelligence agency
DGSI | DGSI/domestic intelligence service/domestic intelligence agency
Urssaf | Urssaf/social security contributions agency
ARS/agence régionale de santé | regional health agency/ARS
Arcom | Arcom/media regulator/broadcasting regulator
ministère de la Justice | Ministry of Justice/Justice Ministry
ministère de la Justice | Justice Department/Department of Justice
ministère de la Défense/ministère des Armées | Ministry of Defence/Defence Ministry
ministère de la Défense/ministère des Armées | Defense Department
ministère de la Santé | Department of Health/Health Ministry/Ministry of Health
ministère de l'Éducation/ministère de l'Éducation nationale | Department for Education
ministère de l'Éducation/ministère de l'Éducation nationale | Education Ministry
ministère de l'Éducation/ministère de l'Éducation nationale | Ministry of Education
ministère des Finances/ministère de l'Économie | Finance Ministry/Ministry of Finance
ministère des Transports | Department for Transport/Transport Ministry
ministère du Travail | Labour Ministry/Ministry of Labour/Department of Labor
ministère de l'Agriculture | Ministry of Agriculture/Agriculture Ministry
ministère de la Culture | Culture Ministry/Ministry of Culture
ministère du Logement | Housing Ministry/Ministry of Housing
Croissant-Rouge | Red Crescent
Old Bailey/cour criminelle centrale de Londres | Old Bailey/Central Criminal Court
Grande Boucle/Tour de France | Tour de France
Vieux-Port | Old Port/Vieux-Port
Sages/Conseil constitutionnel | Constitutional Council/Sages
Nouvel An/jour de l'An | New Year/New Year's Day
Saint-Sylvestre/réveillon du Nouvel An | New Year's Eve
fête nationale/14 Juillet/14-Juillet | Bastille Day
Noël | Christmas/Christmas Day
Pâques | Easter
Toussaint | All Saints' Day
Jeux olympiques/JO/Jeux | Olympics/Olympic Games/Games
Jeux paralympiques | Paralympics/Paralympic Games
Grand Chelem | Grand Slam
Joconde | Mona Lisa
Côte d'Azur | French Riviera/Riviera/Côte d'Azur/Cote d'Azur
"""

#: Well-known names that each language writes in its own letters ("Poutine",
#: "Putin"): transliterated from Russian, Arabic, Hebrew or Ukrainian.
_TRANSLITERATED = """
Poutine | Putin
Zelensky/Zelenski | Zelensky/Zelenskyy
Prigojine | Prigozhin
Choïgou | Shoigu
Loukachenko | Lukashenko
Navalny/Navalnyï | Navalny
Gorbatchev | Gorbachev
Khrouchtchev | Khrushchev
Staline | Stalin
Lénine | Lenin
Eltsine | Yeltsin
Soljenitsyne | Solzhenitsyn
Tchekhov | Chekhov
Tolstoï | Tolstoy
Dostoïevski | Dostoevsky
Tchaïkovski | Tchaikovsky
Chostakovitch | Shostakovich
Pouchkine | Pushkin
Kadhafi | Gaddafi
Netanyahou/Nétanyahou | Netanyahu
Ben Laden | Bin Laden
Mohammed ben Salmane | Mohammed bin Salman
Raïssi | Raisi
Ahmadinejad | Ahmadinejad
Kim Jong-un | Kim Jong-un/Kim Jong Un
"""

#: Peoples and faiths, which English capitalises and French writes as it names them
#: ("Jews" / "Juifs", "Muslims" / "musulmans"): accepted for each other, as the
#: nationalities above are.
_PEOPLES = """
Juifs/juifs/juif/juive/juives | Jews/Jewish/Jew
musulmans/musulman/musulmane/musulmanes | Muslims/Muslim
chrétiens/chrétien/chrétienne/chrétiennes | Christians/Christian
catholiques/catholique | Catholics/Catholic
protestants/protestant/protestante | Protestants/Protestant
hindous/hindou/hindoue | Hindus/Hindu
bouddhistes/bouddhiste | Buddhists/Buddhist
sikhs/sikh | Sikhs/Sikh
Kurdes/kurdes/kurde | Kurds/Kurdish
Palestine/Palestiniens/palestiniens/palestinien/palestinienne | Palestinians/Palestinian/Palestine
Arabes/arabes/arabe | Arabs/Arab/Arabic
Roms | Roma
Ouïghours/ouïghours/ouïghour | Uyghurs/Uighurs/Uyghur/Uighur
Rohingyas/rohingya | Rohingya/Rohingyas
Nouvelle-Zélande/néo-zélandais/néo-zélandaise/Néo-Zélandais | New Zealander/New Zealanders
Nouvelle-Zélande/néo-zélandais/néo-zélandaise/Néo-Zélandais | New Zealand
Afrique du Sud/sud-africain/sud-africaine/Sud-Africains | South African/South Africans/South Africa
Argentine/argentin/argentins/Argentins | Argentine/Argentinian/Argentinians/Argentina
Nigeria/nigérian/nigériane/Nigérians | Nigerian/Nigerians/Nigeria
Égypte/égyptien/égyptienne/Égyptiens | Egyptian/Egyptians/Egypt
Syrie/syrien/syrienne/Syriens | Syrian/Syrians/Syria
Liban/libanais/libanaise/Libanais | Lebanese/Lebanon
Irak/irakien/irakienne/Irakiens | Iraqi/Iraqis/Iraq
Afghanistan/afghan/afghane/Afghans | Afghan/Afghans/Afghanistan
Pakistan/pakistanais/pakistanaise/Pakistanais | Pakistani/Pakistanis/Pakistan
Arabie saoudite/saoudien/saoudienne/Saoudiens | Saudi/Saudis/Saudi Arabia
Hongrie/hongrois/hongroise/Hongrois | Hungarian/Hungarians/Hungary
Roumanie/roumain/roumaine/Roumains | Romanian/Romanians/Romania
Bulgarie/bulgare/Bulgares | Bulgarian/Bulgarians/Bulgaria
Serbie/serbe/Serbes | Serbian/Serb/Serbs/Serbia
Croatie/croate/Croates | Croatian/Croat/Croats/Croatia
Tchéquie/tchèque/Tchèques | Czech/Czechs/Czechia
Slovaquie/slovaque/Slovaques | Slovak/Slovaks/Slovakia
Finlande/finlandais/finlandaise/Finlandais | Finnish/Finns/Finland
Islande/islandais/islandaise/Islandais | Icelandic/Icelanders/Iceland
Corée du Nord/nord-coréen/nord-coréenne/Nord-Coréens | North Korean/North Koreans/North Korea
Vietnam/Viêt Nam/vietnamien/vietnamienne/Vietnamiens | Vietnamese/Vietnam
Thaïlande/thaïlandais/thaïlandaise/Thaïlandais | Thai/Thais/Thailand
Indonésie/indonésien/indonésienne/Indonésiens | Indonesian/Indonesians/Indonesia
Philippines/philippin/philippine/Philippins | Filipino/Filipinos/Philippine/Philippines
Taïwan/taïwanais/taïwanaise/Taïwanais | Taiwanese/Taiwan
Tunisie/tunisien/tunisienne/Tunisiens | Tunisian/Tunisians/Tunisia
Sénégal/sénégalais/sénégalaise/Sénégalais | Senegalese/Senegal
Chili/chilien/chilienne/Chiliens | Chilean/Chileans/Chile
Colombie/colombien/colombienne/Colombiens | Colombian/Colombians/Colombia
Venezuela/vénézuélien/vénézuélienne/Vénézuéliens | Venezuelan/Venezuelans/Venezuela
Cuba/cubain/cubaine/Cubains | Cuban/Cubans/Cuba
Géorgie/géorgien/géorgienne/Géorgiens | Georgian/Georgians/Georgia
Arménie/arménien/arménienne/Arméniens | Armenian/Armenians/Armenia
Biélorussie/biélorusse/Biélorusses | Belarusian/Belarusians/Belarus
Lituanie/lituanien/lituanienne/Lituaniens | Lithuanian/Lithuanians/Lithuania
Lettonie/letton/lettone/Lettons | Latvian/Latvians/Latvia
Estonie/estonien/estonienne/Estoniens | Estonian/Estonians/Estonia
Moldavie/moldave/Moldaves | Moldovan/Moldovans/Moldova
Chypre/chypriote/Chypriotes | Cypriot/Cypriots/Cyprus
Malte/maltais/maltaise/Maltais | Maltese/Malta
Luxembourg/luxembourgeois/luxembourgeoise/Luxembourgeois | Luxembourger/Luxembourgers/Luxembourg
Irlande du Nord/nord-irlandais/nord-irlandaise/Nord-Irlandais | Northern Irish/Northern Ireland
Soudan/soudanais/soudanaise/Soudanais | Sudanese/Sudan
Éthiopie/éthiopien/éthiopienne/Éthiopiens | Ethiopian/Ethiopians/Ethiopia
Kenya/kényan/kényane/Kényans | Kenyan/Kenyans/Kenya
Mali/malien/malienne/Maliens | Malian/Malians/Mali
Côte d'Ivoire/ivoirien/ivoirienne/Ivoiriens | Ivorian/Ivorians/Ivory Coast
Cameroun/camerounais/camerounaise/Camerounais | Cameroonian/Cameroonians/Cameroon
Haïti/haïtien/haïtienne/Haïtiens | Haitian/Haitians/Haiti
Libye/libyen/libyenne/Libyens | Libyan/Libyans/Libya
Jordanie/jordanien/jordanienne/Jordaniens | Jordanian/Jordanians/Jordan
Yémen/yéménite/Yéménites | Yemeni/Yemenis/Yemen
Qatar/qatari/qatarie/Qataris | Qatari/Qataris/Qatar
Québec/québécois/québécoise/Québécois | Quebecer/Quebecers/Québécois/Quebec
Catalogne/catalan/catalane/Catalans | Catalan/Catalans/Catalonia
Bavière/bavarois/bavaroise/Bavarois | Bavarian/Bavarians/Bavaria
Flandre/flamand/flamande/Flamands | Flemish/Flanders
Wallonie/wallon/wallonne/Wallons | Walloon/Walloons/Wallonia
Corse/corse/Corses | Corsican/Corsicans/Corsica
Bretagne/breton/bretonne/Bretons | Breton/Bretons/Brittany
Sicile/sicilien/sicilienne/Siciliens | Sicilian/Sicilians/Sicily
"""


#: Common words that institutions' names are made of ("Programme alimentaire mondial",
#: "World Food Programme"): a name's word may come through as its translation here,
#: as a name's word never may otherwise ("Pierre" is never "Stone"). No word that is
#: also a usual first name or surname is listed ("Marine", "Rose", "Blanc").
_NAME_WORDS = """
national/nationale/nationaux/nationales | national
régional/régionale/régionaux/régionales | regional
fédéral/fédérale/fédéraux/fédérales | federal
international/internationale/internationaux | international
mondial/mondiale/mondiaux/mondiales | world/global
public/publique/publics/publiques | public
social/sociale/sociaux/sociales | social
civil/civile | civil
sécurité | security/safety
santé | health
justice | justice
éducation | education
culture/culturel/culturelle | culture/cultural
agriculture/agricole | agriculture/agricultural/farming
environnement | environment/environmental
énergie | energy
finances/financier/financière | finance/financial
économie/économique/économiques | economy/economic/economics
travail | labour/labor/work
défense | defence/defense
intérieur | interior/home
affaires | affairs
étrangères | foreign
parquet | prosecutor/prosecutors/prosecution
procureur | prosecutor/attorney
correctionnel | criminal
appel | appeal/appeals
assises | assize/assizes
droits | rights
homme/hommes/humains | human/humans
alimentaire | food
forêts/forêt | forests/forest
eaux | water/waters
dépôts | deposits
comptes | accounts/audit
état | state
république | republic
peuple | people
travailleurs | workers
démocrate/démocrates/démocratique | democrat/democrats/democratic
républicain/républicains | republican/republicans
écologiste/écologistes/verts | green/greens
socialiste/socialistes | socialist/socialists
communiste/communistes | communist/communists
libéral/libérale/libéraux | liberal/liberals
conservateur/conservateurs | conservative/conservatives
travailliste/travaillistes | labour
nouveau/nouvelle | new
haut/haute | high
suprême | supreme
constitutionnel/constitutionnelle | constitutional
général/générale | general
central/centrale | central
indépendant/indépendante | independent
unis/unies/uni/unie | united
nations | nations
recherche | research
scientifique | scientific/science
sciences | sciences/science
météorologique | meteorological/weather
statistique/statistiques | statistics/statistical
transports/transport | transport
marché/marchés | market/markets
commerce | trade/commerce
industrie | industry
emploi | employment/jobs
logement | housing
protection | protection
patrimoine | heritage
cinéma | cinema/film
galerie | gallery
jardin/jardins | garden/gardens
assemblée | assembly
parti | party
rassemblement | rally
mouvement | movement
fédération | federation
ligue | league
union | union
association | association
fondation | foundation
institut | institute
académie | academy
autorité | authority
service/services | service/services
programme | programme/program
organisation | organisation/organization
chambre | chamber/house
fonds | fund
stade | stadium
théâtre | theatre/theater
bibliothèque | library
préfecture | prefecture
armée | army
police | police
spatial/spatiale/spatiaux | space
médecins/médecin | doctors/doctor
frontières/frontière | borders/border
sans | without
concurrence | competition
marchés | markets
vert/verte/verts/vertes | green
nord | north/northern
sud | south/southern
est | east/eastern
ouest | west/western
jeunes/jeune | young
agriculteurs | farmers
enseignants | teachers
étudiants | students
atomique | atomic
nucléaire | nuclear
aviation | aviation
enfance/enfants | children/children's
médaille | medal
garde | guard
chemins/chemin | railways/railway
heures/heure | hours/hour
parlement | parliament
sénat | senate
cour | court
tribunal | court/tribunal
conseil | council/board
comité | committee
commission | commission
ministère | ministry/department/office
agence | agency
église | church
société | society/company
banque | bank
université | university
musée/muséum | museum
école | school
hôpital | hospital
centre | centre/center
réseau | network
observatoire | observatory
laboratoire | laboratory
direction | directorate/department
syndicat | union
confédération | confederation
collège | college
brigade | brigade/squad
pompiers/sapeurs-pompiers | fire/firefighters/brigade
bourse | exchange/stock/market
sécu | security/social
entreprises/entreprise | business/enterprise/companies
économie | business
conseil/ministres | cabinet
retraites/retraite | pensions/pension
communes | commons
gouvernement | cabinet/government
rouge | red
noire | black
morte | dead
douanes/douane | customs
côtes/côte | coast/coastal
force/forces | force/forces
fer | rail/railways
littérature | literature
physique | physics
chimie | chemistry
médecine | medicine
paix | peace
médias | media
sport/sports | sport/sports
numérique | digital
jeunesse | youth
famille/familles | family/families
renseignement | intelligence
"""


#: English words of institutions' names whose French is also a first name: they may
#: be translated from English ("Navy" / "la marine"), never into it ("Marine Le Pen").
_ENGLISH_WORDS_ONLY = """
marine | navy
"""

#: First names that sovereigns, popes and saints carry in each language
#: ("le pape Benoît XVI", "Pope Benedict XVI"): accepted after such a title only.
_REGNAL_NAMES = """
Élisabeth | Elizabeth
Guillaume | William/Willem
Benoît | Benedict
François | Francis
Jean-Paul | John Paul
Jean | John
Henri | Henry
Jacques | James
Philippe | Philip
Édouard | Edward
Georges | George
Frédéric | Frederick
Alexandre | Alexander
Pierre | Peter
Paul | Paul
Louis | Louis
Marie | Mary
Anne | Anne
Victoria | Victoria
Charles | Charles
"""


@cache
def _regnal_table() -> dict[str, dict[str, tuple[str, ...]]]:
    table: dict[str, dict[str, tuple[str, ...]]] = {"fr": {}, "en": {}}
    for line in _REGNAL_NAMES.strip().splitlines():
        french, english = ([fold(word) for word in _variants(side)] for side in line.split("|"))
        for word in french:
            table["fr"][word] = table["fr"].get(word, ()) + tuple(english)
        for word in english:
            table["en"][word] = table["en"].get(word, ()) + tuple(french)
    return table


def regnal_names(word: str, language: str) -> tuple[str, ...]:
    """Return a sovereign's or pope's first name (folded) in the other language, or ()."""
    return _regnal_table().get(language, {}).get(fold(word), ())


@cache
def nationality_words(language: str) -> frozenset[str]:
    """Return the words of nationalities that `language` capitalises, folded.

    English writes "the French team", "a Welsh minister", "Jewish": a capitalised
    word that is no name. French writes them in lower case, so its set is empty.
    """
    if language != "en":
        return frozenset()
    words: set[str] = set()
    for line in (_ADJECTIVES + _PEOPLES).split("\n"):
        if not line.strip():
            continue
        french, english = (_variants(side) for side in line.split("|"))
        words.update(
            fold(name)
            for name in english
            if " " not in name and fold(name) != fold(french[0]) and not _is_country(name)
        )
    return frozenset(words)


def _is_country(name: str) -> bool:
    """Tell whether an English spelling names a country of the list ("Britain", "US")."""
    return name in _english_names()


@cache
def _english_names() -> frozenset[str]:
    """Return the English spellings of the lists of names, as written.

    Read once: scanning the lines for each of 300 nationality words took 0.2 s,
    the first time a translation was checked (bench/translation.py).
    """
    return frozenset(name for line in _names_lines() for name in _variants(line.split("|")[1]))


def _names_lines() -> list[str]:
    """Return the lines of the lists of names (not the adjectives), one entity each."""
    lines = (_PAIRS + _NICKNAMES + _TRANSLITERATED).splitlines()
    return [line for line in lines if line.strip()]


def _variants(side: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in side.split("/") if name.strip())


@cache
def _table() -> dict[str, dict[str, tuple[str, ...]]]:
    """Return, per language, each folded spelling's spellings in the other language.

    A country is on two lines, its name's and its people's ("Malte | Malta",
    "Malte/maltais/maltaise/Maltais | Maltese/Malta"): its spellings are given once,
    in the order the lines list them, the first still the one a repair writes.
    """
    table: dict[str, dict[str, tuple[str, ...]]] = {"fr": {}, "en": {}}
    for line in (_PAIRS + _NICKNAMES + _TRANSLITERATED + _ADJECTIVES + _PEOPLES).splitlines():
        if not line.strip():
            continue
        french, english = (_variants(side) for side in line.split("|"))
        for language, names, others in (("fr", french, english), ("en", english, french)):
            for name in names:
                spelled = table[language].get(fold(name), ()) + others
                table[language][fold(name)] = tuple(dict.fromkeys(spelled))
    return table


@cache
def known_names(language: str) -> re.Pattern[str]:
    """Return a pattern finding the listed names of a language in a text, longest first."""
    spellings: list[str] = []
    for line in _names_lines():
        french, english = (_variants(side) for side in line.split("|"))
        spellings += french if language == "fr" else english
    # A lower-case adjective is a word, not a name, where it stands in the source.
    spellings = [name for name in set(spellings) if name[0].isupper()]
    spellings.sort(key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in spellings)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@cache
def listed_names(language: str) -> re.Pattern[str]:
    """Return a pattern finding every listed spelling of a language in a folded text.

    "ministère des Affaires étrangères", "police de Londres", lower-case ones too:
    what a translation may write for a listed name, found to tell one listed
    entity from another.
    """
    spellings = sorted(_listed_spellings(language), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in spellings)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@cache
def _listed_spellings(language: str) -> dict[str, str]:
    spellings: dict[str, str] = {}
    for line in _names_lines():
        french, english = (_variants(side) for side in line.split("|"))
        for name in french if language == "fr" else english:
            spellings.setdefault(fold(name), name)
    return spellings


def listed_spelling(folded: str, language: str) -> str:
    """Return a listed name as the list writes it, from its folded form (or that form)."""
    return _listed_spellings(language).get(folded, folded)


def equivalents(name: str, language: str) -> tuple[str, ...]:
    """Return the spellings of `name` (written in `language`) in the other language."""
    return _table().get(language, {}).get(fold(name), ())


@cache
def _words_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """Return, per language, each folded name word's translations (folded)."""
    table: dict[str, dict[str, tuple[str, ...]]] = {"fr": {}, "en": {}}
    for line in _NAME_WORDS.strip().splitlines():
        french, english = ([fold(word) for word in _variants(side)] for side in line.split("|"))
        for word in french:
            table["fr"][word] = table["fr"].get(word, ()) + tuple(english)
        for word in english:
            table["en"][word] = table["en"].get(word, ()) + tuple(french)
    for line in _ENGLISH_WORDS_ONLY.strip().splitlines():
        french, english = ([fold(word) for word in _variants(side)] for side in line.split("|"))
        for word in english:
            table["en"][word] = table["en"].get(word, ()) + tuple(french)
    return table


def word_translations(word: str, language: str) -> tuple[str, ...]:
    """Return the translations (folded) of a common word of institutions' names, or ()."""
    return _words_table().get(language, {}).get(fold(word), ())
