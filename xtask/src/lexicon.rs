//! The `lexicon` task: regenerate `crates/lexicon/data/` from the shared lexicon sources.
//!
//! `cargo run -p xtask -- lexicon [--data DIR] [--words FILE]`
//!
//! - `DIR` (default `$NEWSPREP_DATA` or `../shared/data`) holds `lexicons/` (see its SOURCE.md).
//! - `FILE` (default `/usr/share/dict/american-english`, Debian package `wamerican`, SCOWL) is the
//!   English word list behind the common-word filter.
//!
//! The output is deterministic: compact TSV/text files, each with a header naming this generator,
//! the data version and the sources' attribution. The GFDL given-name list is never read.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Bump when the generated data changes.
const DATA_VERSION: &str = "2026.11.26";

const ATTRIBUTION: &str = "Contains GeoNames data (https://www.geonames.org, CC BY 4.0); Wikidata (CC0); \
LocalNewsDataset (c) 2018 Leon Yin, MIT licence; countryinfo (MIT); i18n-iso-countries (MIT); \
US Census Bureau 1990 name files (public domain); SCOWL word list (c) Kevin Atkinson, permissive licence.";

/// Old spellings (transliterations) mapped to the current English spelling used as canonical name.
const PREFERRED: &[(&str, &str)] = &[
    ("Kiev", "Kyiv"),
    ("Kyiv City", "Kyiv"),
    ("Odessa", "Odesa"),
    ("Kharkov", "Kharkiv"),
    ("Zaporozhye", "Zaporizhzhia"),
    ("Zaporizhzhya", "Zaporizhzhia"),
    ("Zaporizhia", "Zaporizhzhia"),
    ("Lugansk", "Luhansk"),
    ("Nikolayev", "Mykolaiv"),
    ("Dnepropetrovsk", "Dnipropetrovsk"),
    ("Chernigov", "Chernihiv"),
    ("Lvov", "Lviv"),
    ("Rovno", "Rivne"),
    ("Vinnitsa", "Vinnytsia"),
    ("Zhitomir", "Zhytomyr"),
    ("Artemivsk", "Bakhmut"),
];

/// Outlets missing from the shared seed list, written here from general knowledge (CC0):
/// id, kind, country, name, aliases, domains.
const SUPPLEMENT_OUTLETS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "outlet:wikinews",
        "online",
        "",
        "Wikinews",
        "",
        "wikinews.org",
    ),
    (
        "outlet:theonion",
        "online",
        "US",
        "The Onion",
        "",
        "theonion.com",
    ),
    (
        "outlet:newsmax",
        "tv",
        "US",
        "Newsmax",
        "Newsmax TV",
        "newsmax.com",
    ),
    (
        "outlet:propublica",
        "online",
        "US",
        "ProPublica",
        "",
        "propublica.org",
    ),
    (
        "outlet:theintercept",
        "online",
        "US",
        "The Intercept",
        "",
        "theintercept.com",
    ),
    (
        "outlet:time",
        "magazine",
        "US",
        "Time",
        "Time Magazine|TIME",
        "time.com",
    ),
    (
        "outlet:newsweek",
        "magazine",
        "US",
        "Newsweek",
        "",
        "newsweek.com",
    ),
    (
        "outlet:theatlantic",
        "magazine",
        "US",
        "The Atlantic",
        "",
        "theatlantic.com",
    ),
    (
        "outlet:newyorker",
        "magazine",
        "US",
        "The New Yorker",
        "New Yorker",
        "newyorker.com",
    ),
    (
        "outlet:rollingstone",
        "magazine",
        "US",
        "Rolling Stone",
        "Rolling Stone Magazine",
        "rollingstone.com",
    ),
    (
        "outlet:forbes",
        "magazine",
        "US",
        "Forbes",
        "",
        "forbes.com",
    ),
    (
        "outlet:fortune",
        "magazine",
        "US",
        "Fortune",
        "",
        "fortune.com",
    ),
    ("outlet:wired", "magazine", "US", "Wired", "", "wired.com"),
    (
        "outlet:techcrunch",
        "online",
        "US",
        "TechCrunch",
        "",
        "techcrunch.com",
    ),
    (
        "outlet:theverge",
        "online",
        "US",
        "The Verge",
        "",
        "theverge.com",
    ),
    (
        "outlet:engadget",
        "online",
        "US",
        "Engadget",
        "",
        "engadget.com",
    ),
    (
        "outlet:arstechnica",
        "online",
        "US",
        "Ars Technica",
        "",
        "arstechnica.com",
    ),
    (
        "outlet:businessinsider",
        "online",
        "US",
        "Business Insider",
        "Insider",
        "businessinsider.com",
    ),
    ("outlet:tmz", "online", "US", "TMZ", "", "tmz.com"),
    (
        "outlet:drudgereport",
        "online",
        "US",
        "Drudge Report",
        "",
        "drudgereport.com",
    ),
    (
        "outlet:motherjones",
        "magazine",
        "US",
        "Mother Jones",
        "",
        "motherjones.com",
    ),
    (
        "outlet:nationalreview",
        "magazine",
        "US",
        "National Review",
        "",
        "nationalreview.com",
    ),
    (
        "outlet:usnews",
        "magazine",
        "US",
        "U.S. News & World Report",
        "US News & World Report",
        "usnews.com",
    ),
    (
        "outlet:variety",
        "magazine",
        "US",
        "Variety",
        "",
        "variety.com",
    ),
    (
        "outlet:hollywoodreporter",
        "magazine",
        "US",
        "The Hollywood Reporter",
        "Hollywood Reporter",
        "hollywoodreporter.com",
    ),
    (
        "outlet:peoplemag",
        "magazine",
        "US",
        "People Magazine",
        "",
        "people.com",
    ),
    (
        "outlet:usweekly",
        "magazine",
        "US",
        "Us Weekly",
        "US Weekly",
        "usmagazine.com",
    ),
    (
        "outlet:pcworld",
        "magazine",
        "US",
        "PC World",
        "PCWorld",
        "pcworld.com",
    ),
    ("outlet:espn", "tv", "US", "ESPN", "", "espn.com"),
    ("outlet:c-span", "tv", "US", "C-SPAN", "", "c-span.org"),
    (
        "outlet:telemundo",
        "tv",
        "US",
        "Telemundo",
        "",
        "telemundo.com",
    ),
    (
        "outlet:univision",
        "tv",
        "US",
        "Univision",
        "",
        "univision.com",
    ),
    (
        "outlet:voanews",
        "radio",
        "US",
        "VOA News",
        "",
        "voanews.com",
    ),
    (
        "outlet:bbcworldservice",
        "radio",
        "GB",
        "BBC World Service",
        "",
        "",
    ),
    (
        "outlet:privateeye",
        "magazine",
        "GB",
        "Private Eye",
        "",
        "private-eye.co.uk",
    ),
    (
        "outlet:newstatesman",
        "magazine",
        "GB",
        "New Statesman",
        "",
        "newstatesman.com",
    ),
    (
        "outlet:spectator",
        "magazine",
        "GB",
        "The Spectator",
        "",
        "spectator.co.uk",
    ),
    (
        "outlet:edmontonsun",
        "newspaper",
        "CA",
        "Edmonton Sun",
        "",
        "edmontonsun.com",
    ),
    (
        "outlet:torontosun",
        "newspaper",
        "CA",
        "Toronto Sun",
        "",
        "torontosun.com",
    ),
    (
        "outlet:nationalpost",
        "newspaper",
        "CA",
        "National Post",
        "",
        "nationalpost.com",
    ),
    (
        "outlet:ninenews",
        "tv",
        "AU",
        "Nine News",
        "9News",
        "9news.com.au",
    ),
    ("outlet:sbs", "tv", "AU", "SBS News", "SBS", "sbs.com.au"),
    (
        "outlet:aftonbladet",
        "newspaper",
        "SE",
        "Aftonbladet",
        "",
        "aftonbladet.se",
    ),
    (
        "outlet:ansa_it",
        "agency",
        "IT",
        "Agenzia ANSA",
        "",
        "ansa.it",
    ),
    (
        "outlet:lastampa",
        "newspaper",
        "IT",
        "La Stampa",
        "",
        "lastampa.it",
    ),
    (
        "outlet:lesechos",
        "newspaper",
        "FR",
        "Les Echos",
        "",
        "lesechos.fr",
    ),
    (
        "outlet:handelsblatt",
        "newspaper",
        "DE",
        "Handelsblatt",
        "",
        "handelsblatt.com",
    ),
    ("outlet:stern", "magazine", "DE", "Stern", "", "stern.de"),
    ("outlet:focus", "magazine", "DE", "Focus", "", "focus.de"),
    (
        "outlet:tagesschau",
        "tv",
        "DE",
        "Tagesschau",
        "",
        "tagesschau.de",
    ),
    ("outlet:nhk", "tv", "JP", "NHK", "", "nhk.or.jp"),
    (
        "outlet:asahi",
        "newspaper",
        "JP",
        "The Asahi Shimbun",
        "Asahi Shimbun|Asahi",
        "asahi.com",
    ),
    (
        "outlet:yomiuri",
        "newspaper",
        "JP",
        "The Yomiuri Shimbun",
        "Yomiuri Shimbun|Yomiuri",
        "yomiuri.co.jp",
    ),
    (
        "outlet:nikkei",
        "newspaper",
        "JP",
        "Nikkei",
        "Nikkei Asia",
        "nikkei.com",
    ),
    (
        "outlet:chinadaily",
        "newspaper",
        "CN",
        "China Daily",
        "",
        "chinadaily.com.cn",
    ),
    (
        "outlet:globaltimes",
        "newspaper",
        "CN",
        "Global Times",
        "",
        "globaltimes.cn",
    ),
    (
        "outlet:peoplesdaily",
        "newspaper",
        "CN",
        "People's Daily",
        "",
        "people.com.cn",
    ),
    (
        "outlet:cctv",
        "tv",
        "CN",
        "CCTV",
        "China Central Television",
        "cctv.com",
    ),
    ("outlet:cgtn", "tv", "CN", "CGTN", "", "cgtn.com"),
    (
        "outlet:koreaherald",
        "newspaper",
        "KR",
        "The Korea Herald",
        "Korea Herald",
        "koreaherald.com",
    ),
    (
        "outlet:arabnews",
        "newspaper",
        "SA",
        "Arab News",
        "",
        "arabnews.com",
    ),
    (
        "outlet:gulfnews",
        "newspaper",
        "AE",
        "Gulf News",
        "",
        "gulfnews.com",
    ),
    (
        "outlet:mg",
        "newspaper",
        "ZA",
        "Mail & Guardian",
        "",
        "mg.co.za",
    ),
    (
        "outlet:rianovosti",
        "agency",
        "RU",
        "RIA Novosti",
        "",
        "ria.ru",
    ),
    (
        "outlet:izvestia",
        "newspaper",
        "RU",
        "Izvestia",
        "",
        "iz.ru",
    ),
    (
        "outlet:pravda",
        "newspaper",
        "RU",
        "Pravda",
        "",
        "pravda.ru",
    ),
    ("outlet:rbc", "online", "RU", "RBC", "", "rbc.ru"),
    (
        "outlet:euobserver",
        "online",
        "BE",
        "EUobserver",
        "",
        "euobserver.com",
    ),
];

/// Places missing from GeoNames' lists (continents, macro-regions, former states),
/// written here from general knowledge (CC0): id, type, country, name, aliases.
const SUPPLEMENT_PLACES: &[(&str, &str, &str, &str, &str)] = &[
    ("place:africa", "R", "", "Africa", ""),
    ("place:europe", "R", "", "Europe", ""),
    ("place:asia", "R", "", "Asia", ""),
    ("place:north-america", "R", "", "North America", ""),
    ("place:south-america", "R", "", "South America", ""),
    ("place:latin-america", "R", "", "Latin America", ""),
    ("place:central-america", "R", "", "Central America", ""),
    ("place:antarctica", "R", "", "Antarctica", ""),
    ("place:oceania", "R", "", "Oceania", ""),
    ("place:middle-east", "R", "", "Middle East", ""),
    ("place:eastern-europe", "R", "", "Eastern Europe", ""),
    ("place:western-europe", "R", "", "Western Europe", ""),
    ("place:central-europe", "R", "", "Central Europe", ""),
    (
        "place:southeast-asia",
        "R",
        "",
        "Southeast Asia",
        "South-East Asia|South East Asia",
    ),
    ("place:east-asia", "R", "", "East Asia", ""),
    ("place:central-asia", "R", "", "Central Asia", ""),
    ("place:south-asia", "R", "", "South Asia", ""),
    (
        "place:sub-saharan-africa",
        "R",
        "",
        "Sub-Saharan Africa",
        "",
    ),
    ("place:north-africa", "R", "", "North Africa", ""),
    ("place:west-africa", "R", "", "West Africa", ""),
    ("place:east-africa", "R", "", "East Africa", ""),
    ("place:balkans", "R", "", "Balkans", ""),
    ("place:caucasus", "R", "", "Caucasus", ""),
    ("place:scandinavia", "R", "", "Scandinavia", ""),
    ("place:siberia", "R", "RU", "Siberia", ""),
    ("place:sahel", "R", "", "Sahel", ""),
    ("place:caribbean", "R", "", "Caribbean", ""),
    ("place:midwest", "R", "US", "Midwest", ""),
    ("place:arctic", "R", "", "Arctic", ""),
    ("place:gaza-strip", "R", "PS", "Gaza Strip", "Gaza"),
    ("place:west-bank", "R", "PS", "West Bank", ""),
    ("place:kashmir", "R", "", "Kashmir", ""),
    ("place:donbas", "R", "UA", "Donbas", "Donbass"),
    (
        "place:soviet-union",
        "C",
        "SU",
        "Soviet Union",
        "USSR|U.S.S.R.",
    ),
    ("place:czechoslovakia", "C", "CS", "Czechoslovakia", ""),
    ("place:yugoslavia", "C", "YU", "Yugoslavia", ""),
    ("place:east-germany", "C", "DD", "East Germany", ""),
    ("place:west-germany", "C", "DE", "West Germany", ""),
    ("place:ottoman-empire", "C", "", "Ottoman Empire", ""),
    (
        "place:mediterranean",
        "R",
        "",
        "Mediterranean",
        "Mediterranean Sea",
    ),
    ("place:atlantic", "R", "", "Atlantic Ocean", ""),
    ("place:pacific", "R", "", "Pacific Ocean", ""),
    ("place:indian-ocean", "R", "", "Indian Ocean", ""),
    ("place:black-sea", "R", "", "Black Sea", ""),
    ("place:baltic-sea", "R", "", "Baltic Sea", ""),
    ("place:south-china-sea", "R", "", "South China Sea", ""),
    ("place:persian-gulf", "R", "", "Persian Gulf", ""),
    ("place:red-sea", "R", "", "Red Sea", ""),
    ("place:earth", "R", "", "Earth", ""),
    // Regions, mountains, rivers, lakes, seas and straits that news names
    // and GeoNames' lists of countries, first-level regions and cities lack.
    ("place:darfur", "R", "SD", "Darfur", ""),
    ("place:south-ossetia", "R", "GE", "South Ossetia", ""),
    ("place:north-kivu", "R", "CD", "North Kivu", "Nord-Kivu"),
    (
        "place:waziristan",
        "R",
        "PK",
        "Waziristan",
        "North Waziristan|South Waziristan",
    ),
    ("place:sinai", "R", "EG", "Sinai", "Sinai Peninsula"),
    ("place:golan-heights", "R", "SY", "Golan Heights", "Golan"),
    ("place:somaliland", "R", "SO", "Somaliland", ""),
    ("place:puntland", "R", "SO", "Puntland", ""),
    ("place:mindanao", "R", "PH", "Mindanao", ""),
    ("place:luzon", "R", "PH", "Luzon", ""),
    ("place:borneo", "R", "", "Borneo", ""),
    ("place:sumatra", "R", "ID", "Sumatra", ""),
    ("place:patagonia", "R", "", "Patagonia", ""),
    ("place:maghreb", "R", "", "Maghreb", ""),
    ("place:mesopotamia", "R", "", "Mesopotamia", ""),
    ("place:anatolia", "R", "TR", "Anatolia", ""),
    (
        "place:kurdistan",
        "R",
        "",
        "Kurdistan",
        "Kurdistan Region|Iraqi Kurdistan",
    ),
    ("place:transylvania", "R", "RO", "Transylvania", ""),
    ("place:bessarabia", "R", "", "Bessarabia", ""),
    ("place:ingushetia", "R", "RU", "Ingushetia", ""),
    ("place:tatarstan", "R", "RU", "Tatarstan", ""),
    (
        "place:bashkortostan",
        "R",
        "RU",
        "Bashkortostan",
        "Bashkiria",
    ),
    ("place:yakutia", "R", "RU", "Yakutia", "Sakha Republic"),
    ("place:negev", "R", "IL", "Negev", "Negev Desert"),
    ("place:galilee", "R", "IL", "Galilee", ""),
    ("place:urals", "R", "RU", "Urals", "Ural Mountains"),
    ("place:korean-peninsula", "R", "", "Korean Peninsula", ""),
    ("place:arabian-peninsula", "R", "", "Arabian Peninsula", ""),
    ("place:iberian-peninsula", "R", "", "Iberian Peninsula", ""),
    ("place:balkan-peninsula", "R", "", "Balkan Peninsula", ""),
    ("place:sahara", "R", "", "Sahara", "Sahara Desert"),
    ("place:gobi-desert", "R", "", "Gobi Desert", "Gobi"),
    (
        "place:kalahari-desert",
        "R",
        "",
        "Kalahari Desert",
        "Kalahari",
    ),
    ("place:atacama-desert", "R", "", "Atacama Desert", ""),
    ("place:horn-of-africa", "R", "", "Horn of Africa", ""),
    (
        "place:great-lakes-region",
        "R",
        "",
        "Great Lakes region",
        "",
    ),
    ("place:indo-pacific", "R", "", "Indo-Pacific", ""),
    (
        "place:nordic-countries",
        "R",
        "",
        "Nordic countries",
        "Nordics",
    ),
    ("place:baltic-states", "R", "", "Baltic states", "Baltics"),
    (
        "place:persian-gulf-region",
        "R",
        "",
        "Persian Gulf region",
        "",
    ),
    (
        "place:greater-manchester",
        "R",
        "GB",
        "Greater Manchester",
        "",
    ),
    ("place:west-midlands", "R", "GB", "West Midlands", ""),
    ("place:devon", "R", "GB", "Devon", ""),
    ("place:yorkshire", "R", "GB", "Yorkshire", ""),
    ("place:lancashire", "R", "GB", "Lancashire", ""),
    (
        "place:sussex",
        "R",
        "GB",
        "Sussex",
        "East Sussex|West Sussex",
    ),
    ("place:northumberland", "R", "GB", "Northumberland", ""),
    ("place:dorset", "R", "GB", "Dorset", ""),
    ("place:hampshire", "R", "GB", "Hampshire", ""),
    ("place:merseyside", "R", "GB", "Merseyside", ""),
    ("place:alps", "R", "", "Alps", "Swiss Alps|French Alps"),
    ("place:andes", "R", "", "Andes", "Andes Mountains"),
    ("place:himalayas", "R", "", "Himalayas", "Himalaya"),
    (
        "place:rocky-mountains",
        "R",
        "",
        "Rocky Mountains",
        "Rockies",
    ),
    ("place:pyrenees", "R", "", "Pyrenees", ""),
    (
        "place:carpathians",
        "R",
        "",
        "Carpathians",
        "Carpathian Mountains",
    ),
    ("place:hindu-kush", "R", "", "Hindu Kush", ""),
    ("place:mount-everest", "R", "", "Mount Everest", "Everest"),
    ("place:mont-blanc", "R", "", "Mont Blanc", ""),
    ("place:mount-fuji", "R", "", "Mount Fuji", ""),
    ("place:mount-etna", "R", "", "Mount Etna", "Etna"),
    (
        "place:appalachians",
        "R",
        "",
        "Appalachians",
        "Appalachian Mountains|Appalachia",
    ),
    ("place:nile", "R", "", "Nile", "Nile River"),
    (
        "place:danube",
        "R",
        "",
        "Danube",
        "Danube River|River Danube",
    ),
    ("place:rhine", "R", "", "Rhine", "Rhine River|River Rhine"),
    ("place:thames", "R", "GB", "Thames", "River Thames"),
    ("place:yangtze", "R", "CN", "Yangtze", "Yangtze River"),
    ("place:mekong", "R", "", "Mekong", "Mekong River"),
    ("place:euphrates", "R", "", "Euphrates", "Euphrates River"),
    ("place:tigris", "R", "", "Tigris", "Tigris River"),
    ("place:volga", "R", "RU", "Volga", "Volga River"),
    (
        "place:dnieper",
        "R",
        "UA",
        "Dnieper",
        "Dnipro River|Dnieper River",
    ),
    ("place:ganges", "R", "IN", "Ganges", "Ganges River"),
    ("place:indus", "R", "", "Indus", "Indus River"),
    ("place:zambezi-river", "R", "", "Zambezi River", ""),
    (
        "place:amazon-river",
        "R",
        "",
        "Amazon River",
        "Amazon basin|Amazon rainforest",
    ),
    (
        "place:mississippi-river",
        "R",
        "US",
        "Mississippi River",
        "",
    ),
    ("place:potomac-river", "R", "US", "Potomac River", ""),
    ("place:hudson-river", "R", "US", "Hudson River", ""),
    ("place:jordan-river", "R", "", "Jordan River", ""),
    ("place:seine", "R", "FR", "Seine", "River Seine"),
    ("place:elbe", "R", "DE", "Elbe", "Elbe River"),
    ("place:oder", "R", "", "Oder", "Oder River"),
    (
        "place:vistula-river",
        "R",
        "PL",
        "Vistula River",
        "River Vistula",
    ),
    ("place:don-river", "R", "RU", "Don River", ""),
    ("place:yellow-river", "R", "CN", "Yellow River", ""),
    ("place:congo-river", "R", "", "Congo River", ""),
    ("place:niger-river", "R", "", "Niger River", ""),
    ("place:colorado-river", "R", "US", "Colorado River", ""),
    ("place:missouri-river", "R", "US", "Missouri River", ""),
    ("place:lake-victoria", "R", "", "Lake Victoria", ""),
    ("place:lake-baikal", "R", "RU", "Lake Baikal", ""),
    ("place:lake-chad", "R", "", "Lake Chad", ""),
    ("place:lake-tanganyika", "R", "", "Lake Tanganyika", ""),
    ("place:dead-sea", "R", "", "Dead Sea", ""),
    ("place:sea-of-galilee", "R", "IL", "Sea of Galilee", ""),
    ("place:great-lakes", "R", "", "Great Lakes", ""),
    ("place:lake-michigan", "R", "US", "Lake Michigan", ""),
    ("place:lake-erie", "R", "", "Lake Erie", ""),
    ("place:lake-geneva", "R", "", "Lake Geneva", ""),
    ("place:caspian-sea", "R", "", "Caspian Sea", "Caspian"),
    ("place:north-sea", "R", "", "North Sea", ""),
    ("place:irish-sea", "R", "", "Irish Sea", ""),
    ("place:celtic-sea", "R", "", "Celtic Sea", ""),
    ("place:sea-of-azov", "R", "", "Sea of Azov", "Azov Sea"),
    ("place:sea-of-japan", "R", "", "Sea of Japan", ""),
    ("place:east-china-sea", "R", "", "East China Sea", ""),
    ("place:yellow-sea", "R", "", "Yellow Sea", ""),
    ("place:arabian-sea", "R", "", "Arabian Sea", ""),
    (
        "place:gulf-of-mexico",
        "R",
        "",
        "Gulf of Mexico",
        "Gulf of America",
    ),
    ("place:gulf-of-aden", "R", "", "Gulf of Aden", ""),
    ("place:gulf-of-oman", "R", "", "Gulf of Oman", ""),
    ("place:gulf-of-guinea", "R", "", "Gulf of Guinea", ""),
    ("place:bay-of-bengal", "R", "", "Bay of Bengal", ""),
    ("place:bay-of-biscay", "R", "", "Bay of Biscay", ""),
    (
        "place:strait-of-hormuz",
        "R",
        "",
        "Strait of Hormuz",
        "Hormuz Strait",
    ),
    ("place:taiwan-strait", "R", "", "Taiwan Strait", ""),
    ("place:bosphorus", "R", "TR", "Bosphorus", "Bosporus"),
    (
        "place:strait-of-gibraltar",
        "R",
        "",
        "Strait of Gibraltar",
        "",
    ),
    (
        "place:strait-of-malacca",
        "R",
        "",
        "Strait of Malacca",
        "Malacca Strait",
    ),
    (
        "place:bab-el-mandeb",
        "R",
        "",
        "Bab el-Mandeb",
        "Bab al-Mandab",
    ),
    ("place:kerch-strait", "R", "", "Kerch Strait", ""),
    ("place:suez-canal", "R", "EG", "Suez Canal", ""),
    ("place:panama-canal", "R", "PA", "Panama Canal", ""),
    ("place:english-channel", "R", "", "English Channel", ""),
    ("place:adriatic-sea", "R", "", "Adriatic Sea", "Adriatic"),
    ("place:aegean-sea", "R", "", "Aegean Sea", "Aegean"),
    ("place:ionian-sea", "R", "", "Ionian Sea", ""),
    ("place:tyrrhenian-sea", "R", "", "Tyrrhenian Sea", ""),
    ("place:barents-sea", "R", "", "Barents Sea", ""),
    ("place:bering-sea", "R", "", "Bering Sea", ""),
    ("place:bering-strait", "R", "", "Bering Strait", ""),
    ("place:sea-of-okhotsk", "R", "", "Sea of Okhotsk", ""),
    ("place:arctic-ocean", "R", "", "Arctic Ocean", ""),
    ("place:southern-ocean", "R", "", "Southern Ocean", ""),
    ("place:coral-sea", "R", "", "Coral Sea", ""),
    (
        "place:great-barrier-reef",
        "R",
        "AU",
        "Great Barrier Reef",
        "",
    ),
    (
        "place:guantanamo-bay",
        "R",
        "CU",
        "Guantanamo Bay",
        "Guantánamo Bay",
    ),
    ("place:gulf-coast", "R", "US", "Gulf Coast", ""),
    ("place:swat-valley", "R", "PK", "Swat Valley", ""),
    ("place:musa-qala", "R", "AF", "Musa Qala", ""),
];

/// Other names of countries (general knowledge, CC0): country, alias.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("MM", "Burma"),
    ("BA", "Bosnia"),
    ("CD", "Democratic Republic of Congo"),
    ("CG", "Congo-Brazzaville"),
];

/// Customary abbreviations of first-level regions (general knowledge, CC0):
/// country, region name as in GeoNames, aliases.
const REGION_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("CA", "British Columbia", "B.C."),
    ("CA", "Ontario", "Ont."),
    ("CA", "Quebec", "Que.|Québec"),
    ("CA", "Alberta", "Alta."),
    ("CA", "Saskatchewan", "Sask."),
    ("CA", "Nova Scotia", "N.S."),
    ("CA", "New Brunswick", "N.B."),
    ("CA", "Prince Edward Island", "P.E.I."),
    ("CA", "Newfoundland and Labrador", "Newfoundland|Nfld."),
    ("US", "California", "Calif."),
    ("US", "Florida", "Fla."),
    ("US", "Texas", "Tex."),
    ("US", "Massachusetts", "Mass."),
    ("US", "Pennsylvania", "Pa.|Penn."),
    ("US", "Washington", "Wash."),
    ("US", "Washington, D.C.", "D.C.|Washington D.C."),
    ("US", "New Jersey", "N.J."),
    ("US", "New Mexico", "N.M."),
    ("US", "North Carolina", "N.C."),
    ("US", "South Carolina", "S.C."),
    ("US", "Michigan", "Mich."),
    ("US", "Illinois", "Ill."),
    ("US", "Arizona", "Ariz."),
    ("US", "Connecticut", "Conn."),
    ("US", "Colorado", "Colo."),
    ("US", "Oklahoma", "Okla."),
    ("US", "Minnesota", "Minn."),
    ("US", "Wisconsin", "Wis."),
    ("US", "Tennessee", "Tenn."),
    ("US", "Kentucky", "Ky."),
    ("US", "Louisiana", "La."),
    ("US", "Mississippi", "Miss."),
    ("US", "Georgia", "Ga."),
    ("US", "Virginia", "Va."),
    ("US", "Maryland", "Md."),
    ("US", "Oregon", "Ore."),
    ("US", "Nevada", "Nev."),
    ("US", "Alabama", "Ala."),
    ("US", "Arkansas", "Ark."),
    ("US", "Kansas", "Kan."),
    ("US", "Nebraska", "Neb."),
];

/// Suffixes of region names that news usually leaves out ("Sakhalin Oblast" -> "Sakhalin").
const REGION_SUFFIXES: &[&str] = &[
    " Oblast",
    " Province",
    " Region",
    " Governorate",
    " Prefecture",
    " Krai",
    " Voivodeship",
    " Department",
    " District",
    " County",
];

fn header(what: &str, columns: &str) -> String {
    format!(
        "# newsprep-lexicon data {DATA_VERSION}: {what}\n# Generated by `cargo run -p xtask -- lexicon`; do not edit.\n# {ATTRIBUTION}\n# columns: {columns}\n"
    )
}

struct Table {
    cols: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(path: &Path) -> Result<Table, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut lines = text.lines();
        let cols: Vec<String> = lines
            .next()
            .ok_or_else(|| format!("{}: empty", path.display()))?
            .split('\t')
            .map(str::to_string)
            .collect();
        let rows = lines
            .filter(|l| !l.is_empty())
            .map(|l| l.split('\t').map(|s| s.trim().to_string()).collect())
            .collect();
        Ok(Table { cols, rows })
    }
    fn col(&self, name: &str) -> Result<usize, String> {
        self.cols
            .iter()
            .position(|c| c == name)
            .ok_or_else(|| format!("no column {name}"))
    }
}

fn get(row: &[String], i: usize) -> &str {
    row.get(i).map(String::as_str).unwrap_or("")
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r', '|'], " ").trim().to_string()
}

fn short_id(id: &str) -> String {
    if let Some(n) = id.strip_prefix("geonames:") {
        format!("g{n}")
    } else {
        id.to_string()
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// An alias worth keeping: Latin letters, capitalised, no digits, not a plain English word
/// (unless `big`).
fn good_place_alias(a: &str, common: &HashSet<String>, big: bool) -> bool {
    let n = a.chars().count();
    (3..=40).contains(&n)
        && starts_upper(a)
        && !a.chars().any(|c| c.is_ascii_digit())
        && a.chars().all(|c| c.is_alphabetic() || " -'’.".contains(c))
        && (big || !common.contains(&a.to_lowercase()))
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut data: PathBuf = std::env::var_os("NEWSPREP_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"));
    let mut words = PathBuf::from("/usr/share/dict/american-english");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = PathBuf::from(it.next().ok_or("--data needs a value")?),
            "--words" => words = PathBuf::from(it.next().ok_or("--words needs a value")?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let src = data.join("lexicons");
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../crates/lexicon/data");
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;

    // Common English words (lower-case entries of the word list, no possessives).
    let wl = fs::read_to_string(&words).map_err(|e| {
        format!(
            "{}: {e} (install the Debian package wamerican or pass --words)",
            words.display()
        )
    })?;
    let common: BTreeSet<String> = wl
        .lines()
        .map(str::trim)
        .filter(|w| w.len() >= 2 && !w.contains('\'') && w.chars().all(|c| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect();
    let common_h: HashSet<String> = common.iter().cloned().collect();
    let mut s = header(
        "common English words (SCOWL lower-case entries), capitalised, for the common-word filter",
        "word",
    );
    for w in &common {
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            s.extend(f.to_uppercase());
            s.push_str(cs.as_str());
            s.push('\n');
        }
    }
    write(&out, "common.txt", &s)?;

    // Places.
    let preferred: HashMap<&str, &str> = PREFERRED.iter().copied().collect();
    let mut s = header(
        "places: countries (C), first-level regions (R), cities with population >= 15000 (c)",
        "id type country population name aliases(|) demonyms(|)",
    );
    let mut n_places = 0usize;
    for (file, ty) in [
        ("places/countries.tsv", 'C'),
        ("places/regions.tsv", 'R'),
        ("places/cities15000.tsv", 'c'),
    ] {
        let t = Table::read(&src.join(file))?;
        let (ci, cn, ca) = (t.col("id")?, t.col("name")?, t.col("aliases")?);
        let cc = if ty == 'C' {
            t.col("iso2")?
        } else {
            t.col("country")?
        };
        let cp = t.col("population").ok();
        let cd = t.col("demonyms").ok();
        for row in &t.rows {
            let raw_name = clean(get(row, cn));
            if raw_name.is_empty() {
                continue;
            }
            let mut aliases: BTreeSet<String> = BTreeSet::new();
            let name = match preferred.get(raw_name.as_str()) {
                Some(p) => {
                    aliases.insert(raw_name.clone());
                    p.to_string()
                }
                None => raw_name.clone(),
            };
            let big = ty != 'c'
                || cp
                    .map(|i| get(row, i))
                    .unwrap_or("")
                    .parse::<u64>()
                    .unwrap_or(0)
                    >= 500_000;
            for a in get(row, ca).split('|').map(clean) {
                if a != name && (ty == 'C' || good_place_alias(&a, &common_h, big)) {
                    aliases.insert(a);
                }
            }
            if ty == 'C' {
                for (ac, al) in COUNTRY_ALIASES {
                    if *ac == get(row, cc) {
                        aliases.insert((*al).to_string());
                    }
                }
            }
            if ty == 'R' {
                for (rc, rn, al) in REGION_ABBREVIATIONS {
                    if *rc == get(row, cc) && *rn == name {
                        aliases.extend(al.split('|').map(str::to_string));
                    }
                }
                for suf in REGION_SUFFIXES {
                    if let Some(short) = name.strip_suffix(suf) {
                        if good_place_alias(short, &common_h, false) {
                            aliases.insert(short.to_string());
                        }
                    }
                }
            }
            let pop = cp.map(|i| get(row, i)).unwrap_or("");
            let dem: Vec<String> = cd
                .map(|i| {
                    get(row, i)
                        .split('|')
                        .map(clean)
                        .filter(|d| !d.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            let al: Vec<&str> = aliases
                .iter()
                .map(String::as_str)
                .filter(|a| !a.is_empty())
                .collect();
            let _ = writeln!(
                s,
                "{}\t{ty}\t{}\t{pop}\t{name}\t{}\t{}",
                short_id(get(row, ci)),
                get(row, cc),
                al.join("|"),
                dem.join("|")
            );
            n_places += 1;
        }
    }
    for (id, ty, cc, name, aliases) in SUPPLEMENT_PLACES {
        let _ = writeln!(s, "{id}\t{ty}\t{cc}\t\t{name}\t{aliases}\t");
        n_places += 1;
    }
    write(&out, "places.tsv", &s)?;

    // Towns (population 1000-14999): names only.
    let t = Table::read(&src.join("places/cities1000_extra.tsv"))?;
    let (ci, cn, cc) = (t.col("id")?, t.col("name")?, t.col("country")?);
    let mut s = header(
        "towns with population 1000-14999, names only",
        "id country name",
    );
    let mut n_towns = 0usize;
    for row in &t.rows {
        let name = clean(get(row, cn));
        if !good_place_alias(&name, &common_h, false) {
            continue;
        }
        let _ = writeln!(s, "{}\t{}\t{name}", short_id(get(row, ci)), get(row, cc));
        n_towns += 1;
    }
    write(&out, "towns.tsv", &s)?;

    // People.
    let t = Table::read(&src.join("people/notable_seed.tsv"))?;
    let (ci, cn, ca, cs, cc) = (
        t.col("id")?,
        t.col("name")?,
        t.col("aliases")?,
        t.col("surname")?,
        t.col("country")?,
    );
    let mut s = header("notable people", "id country name aliases(|) surnames(|)");
    for row in &t.rows {
        let _ = writeln!(
            s,
            "{}\t{}\t{}\t{}\t{}",
            get(row, ci),
            get(row, cc),
            clean(get(row, cn)),
            get(row, ca),
            get(row, cs)
        );
    }
    write(&out, "people.tsv", &s)?;

    let t = Table::read(&src.join("people/given_names_census1990.tsv"))?;
    let (cn, cg) = (t.col("name")?, t.col("gender")?);
    let mut given: BTreeMap<String, String> = BTreeMap::new();
    for row in &t.rows {
        let g = given.entry(clean(get(row, cn))).or_default();
        if !g.contains(get(row, cg)) {
            g.push_str(get(row, cg));
        }
    }
    let mut s = header("given names (US Census 1990)", "name gender(M/F/MF)");
    for (n, g) in &given {
        let _ = writeln!(s, "{n}\t{g}");
    }
    write(&out, "given.tsv", &s)?;

    let t = Table::read(&src.join("people/surnames_census1990.tsv"))?;
    let cn = t.col("name")?;
    let mut s = header("surnames (US Census 1990), most frequent first", "name");
    for row in &t.rows {
        let _ = writeln!(s, "{}", clean(get(row, cn)));
    }
    write(&out, "surnames.txt", &s)?;

    // Outlets.
    let t = Table::read(&src.join("outlets/outlets.tsv"))?;
    let (ci, cn, ca, ck, cd, cc, cs) = (
        t.col("id")?,
        t.col("name")?,
        t.col("aliases")?,
        t.col("kind")?,
        t.col("domains")?,
        t.col("country")?,
        t.col("sources")?,
    );
    let mut s = header(
        "news outlets; flag s = curated (seed or hand-written supplement)",
        "id kind country flag name aliases(|) domains(|)",
    );
    let mut n_outlets = 0usize;
    let mut seen: HashSet<String> = HashSet::new();
    for row in &t.rows {
        let id = get(row, ci).to_string();
        let curated = get(row, cs).contains("seed");
        let name = clean(get(row, cn));
        if name.is_empty() || !seen.insert(id.clone()) {
            continue;
        }
        let aliases: Vec<String> = get(row, ca)
            .split('|')
            .map(clean)
            .filter(|a| a.chars().count() >= 2 && *a != name)
            .collect();
        let _ = writeln!(
            s,
            "{id}\t{}\t{}\t{}\t{name}\t{}\t{}",
            get(row, ck),
            get(row, cc),
            if curated { "s" } else { "" },
            aliases.join("|"),
            get(row, cd)
        );
        n_outlets += 1;
    }
    for (id, kind, cc, name, aliases, domains) in SUPPLEMENT_OUTLETS {
        if seen.insert(id.to_string()) {
            let _ = writeln!(s, "{id}\t{kind}\t{cc}\ts\t{name}\t{aliases}\t{domains}");
            n_outlets += 1;
        }
    }
    write(&out, "outlets.tsv", &s)?;
    write(&out, "VERSION", DATA_VERSION)?;
    println!(
        "lexicon data {DATA_VERSION}: {n_places} places, {n_towns} towns, {} given names, {n_outlets} outlets, {} common words -> {}",
        given.len(),
        common.len(),
        out.display()
    );
    Ok(())
}

fn write(dir: &Path, name: &str, s: &str) -> Result<(), String> {
    let p = dir.join(name);
    fs::write(&p, s).map_err(|e| format!("{}: {e}", p.display()))
}
