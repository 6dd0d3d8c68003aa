"""Word lists the offline engine classifies by: kinds of names, titles and cue words.

Lists describe classes (state media, armed groups, head-of-state titles), never one article.
"""

from __future__ import annotations

# canonical name -> aliases (matched case-sensitively as written, whole words)
STATE_MEDIA: dict[str, tuple[str, ...]] = {
    "Tass": ("TASS", "Tass", "Itar-Tass"), "RIA": ("RIA Novosti", "RIA"), "RT": ("RT", "Russia Today"),
    "Sputnik": ("Sputnik",), "Interfax": ("Interfax",), "Xinhua": ("Xinhua",), "CGTN": ("CGTN",),
    "CCTV": ("CCTV",), "Global Times": ("Global Times",), "People's Daily": ("People's Daily", "People’s Daily"),
    "IRNA": ("IRNA",), "Press TV": ("Press TV", "PressTV"), "Fars": ("Fars",), "Tasnim": ("Tasnim",),
    "Mehr": ("Mehr",), "ISNA": ("ISNA",), "KCNA": ("KCNA",), "SANA": ("SANA",), "Anadolu": ("Anadolu",),
    "Saudi Press Agency": ("Saudi Press Agency", "SPA"), "WAM": ("WAM",), "KUNA": ("KUNA",),
    "Belta": ("BelTA", "Belta"), "Rossiya": ("Rossiya",), "Zvezda": ("Zvezda",),
}
OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters",), "Associated Press": ("Associated Press", "AP"), "AFP": ("AFP", "Agence France-Presse"),
    "Bloomberg": ("Bloomberg News", "Bloomberg"), "BBC": ("BBC",), "CNN": ("CNN",), "Fox News": ("Fox News",), "NBC": ("NBC News", "NBC"),
    "CBS": ("CBS News", "CBS"), "ABC": ("ABC News",), "The New York Times": ("The New York Times", "New York Times"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "The Wall Street Journal": ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    "The Guardian": ("The Guardian",), "Financial Times": ("Financial Times",), "The Hill": ("The Hill",),
    "Politico": ("Politico",), "Axios": ("Axios",), "Al Jazeera": ("Al Jazeera",), "Sky News": ("Sky News",),
    "The Independent": ("The Independent",), "Daily Mail": ("Daily Mail",), "The Telegraph": ("The Telegraph",),
    "The Times": ("The Times",), "Kyodo": ("Kyodo",), "Yonhap": ("Yonhap",), "NHK": ("NHK",), "CNBC": ("CNBC",),
    "Axel Springer": ("Axel Springer",), "Der Spiegel": ("Der Spiegel", "Spiegel"), "Le Monde": ("Le Monde",),
    "Haaretz": ("Haaretz",), "Nikkei": ("Nikkei",), "The Economist": ("The Economist",), "Vox": ("Vox",),
    "The Verge": ("The Verge",), "Eurogamer": ("Eurogamer",), "TechCrunch": ("TechCrunch",), "Engadget": ("Engadget",),
    "Ars Technica": ("Ars Technica",), "Wired": ("Wired",), "IGN": ("IGN",), "Polygon": ("Polygon",),
    "Kotaku": ("Kotaku",), "Gizmodo": ("Gizmodo",), "Mashable": ("Mashable",), "ZDNet": ("ZDNet",),
    "BuzzFeed News": ("BuzzFeed News", "BuzzFeed"), "HuffPost": ("HuffPost", "Huffington Post"),
    "Business Insider": ("Business Insider",), "MarketWatch": ("MarketWatch",), "Barron's": ("Barron's", "Barron’s"),
    "Forbes": ("Forbes",), "Fortune": ("Fortune magazine",), "Newsweek": ("Newsweek",), "USA Today": ("USA Today",),
    "Los Angeles Times": ("Los Angeles Times", "LA Times"), "Chicago Tribune": ("Chicago Tribune",),
    "New York Post": ("New York Post",), "The Atlantic": ("The Atlantic",), "The New Yorker": ("The New Yorker",),
    "NPR": ("NPR",), "PBS": ("PBS",), "ProPublica": ("ProPublica",), "Variety": ("Variety",),
    "The Hollywood Reporter": ("The Hollywood Reporter", "Hollywood Reporter"), "Billboard": ("Billboard",),
    "Rolling Stone": ("Rolling Stone",), "TMZ": ("TMZ",), "Page Six": ("Page Six",), "Bild": ("Bild",),
    "Le Figaro": ("Le Figaro",), "El País": ("El País", "El Pais"), "South China Morning Post": ("South China Morning Post",),
    "The Times of India": ("The Times of India", "Times of India"), "The Sun": ("The Sun",), "Daily Mirror": ("Daily Mirror",),
    "Sky": ("Sky News",), "ITV News": ("ITV News",), "Channel 4 News": ("Channel 4 News",), "Deutsche Welle": ("Deutsche Welle",),
    "Euronews": ("Euronews",), "The Lancet": ("The Lancet",), "BMJ": ("BMJ Case Reports", "BMJ"), "JAMA": ("JAMA",),
    "New England Journal of Medicine": ("New England Journal of Medicine",),
    # US papers, networks and sites; magazines; wires and papers abroad. A title that is also a common word or a
    # name ("People", "Time", "Elle", "Vice", "Deadline") only with the word that makes it the outlet.
    "MSNBC": ("MSNBC",), "Fox Business": ("Fox Business",), "CBC": ("CBC News", "CBC"), "ESPN": ("ESPN",),
    "Yahoo News": ("Yahoo News", "Yahoo Finance", "Yahoo Sports"), "The Daily Beast": ("The Daily Beast", "Daily Beast"),
    "Slate": ("Slate",), "Salon": ("Salon",), "Vice": ("Vice News", "VICE News", "Vice Media"), "Recode": ("Recode",),
    "CNET": ("CNET",), "Mother Jones": ("Mother Jones",), "The Intercept": ("The Intercept",),
    "National Review": ("National Review",), "Breitbart": ("Breitbart News", "Breitbart"),
    "The Daily Caller": ("The Daily Caller", "Daily Caller"), "The Boston Globe": ("The Boston Globe", "Boston Globe"),
    "Miami Herald": ("Miami Herald",), "San Francisco Chronicle": ("San Francisco Chronicle",),
    "Houston Chronicle": ("Houston Chronicle",), "The Dallas Morning News": ("Dallas Morning News",),
    "The Denver Post": ("Denver Post",), "The Seattle Times": ("Seattle Times",),
    "The Philadelphia Inquirer": ("Philadelphia Inquirer",), "Detroit Free Press": ("Detroit Free Press",),
    "Newsday": ("Newsday",), "Star Tribune": ("Star Tribune",), "Tampa Bay Times": ("Tampa Bay Times",),
    "The Atlanta Journal-Constitution": ("Atlanta Journal-Constitution",), "The Arizona Republic": ("Arizona Republic",),
    "Gothamist": ("Gothamist",), "New York magazine": ("New York magazine", "New York Magazine"),
    "Time": ("Time magazine", "TIME magazine"), "People": ("People magazine",), "Us Weekly": ("Us Weekly",),
    "Entertainment Weekly": ("Entertainment Weekly",), "Entertainment Tonight": ("Entertainment Tonight",),
    "E! News": ("E! News", "E! Online"), "Access Hollywood": ("Access Hollywood",), "TheWrap": ("TheWrap",),
    "Deadline": ("Deadline Hollywood",), "IndieWire": ("IndieWire", "Indiewire"), "Radar Online": ("Radar Online",),
    "GQ": ("GQ",), "Vogue": ("Vogue",), "Teen Vogue": ("Teen Vogue",), "Vanity Fair": ("Vanity Fair",),
    "Esquire": ("Esquire",), "Elle": ("Elle magazine",), "Glamour": ("Glamour magazine",),
    "Cosmopolitan": ("Cosmopolitan magazine",), "Harper's Bazaar": ("Harper's Bazaar", "Harper’s Bazaar"),
    "InStyle": ("InStyle",), "Sports Illustrated": ("Sports Illustrated",), "The Athletic": ("The Athletic",),
    "Bleacher Report": ("Bleacher Report",), "Pitchfork": ("Pitchfork",), "NME": ("NME",),
    "Refinery29": ("Refinery29",), "Bustle": ("Bustle",), "The Observer": ("The Observer",),
    "Evening Standard": ("Evening Standard",), "The Irish Times": ("The Irish Times", "Irish Times"),
    "The Globe and Mail": ("The Globe and Mail", "Globe and Mail"), "Toronto Star": ("Toronto Star",),
    "Sydney Morning Herald": ("Sydney Morning Herald",), "The Jerusalem Post": ("Jerusalem Post",),
    "The Times of Israel": ("Times of Israel",), "Al Arabiya": ("Al Arabiya",), "Hindustan Times": ("Hindustan Times",),
    "NDTV": ("NDTV",), "The Straits Times": ("Straits Times",), "The Moscow Times": ("Moscow Times",),
    "Meduza": ("Meduza",), "Novaya Gazeta": ("Novaya Gazeta",), "Kyiv Independent": ("Kyiv Independent",),
    "dpa": ("Deutsche Presse-Agentur", "dpa"), "EFE": ("EFE",), "ANSA": ("ANSA",), "Caixin": ("Caixin",),
}
ARMED_GROUPS: dict[str, tuple[str, ...]] = {
    "Hamas": ("Hamas",), "Hezbollah": ("Hezbollah", "Hizbollah"), "Houthis": ("Houthis", "Houthi", "Ansar Allah"),
    "Islamic State": ("Islamic State", "ISIS", "ISIL", "Daesh"), "al-Qaeda": ("al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda"),
    "Taliban": ("Taliban",), "al-Shabaab": ("al-Shabaab", "Al-Shabaab"), "Boko Haram": ("Boko Haram",),
    "Wagner Group": ("Wagner Group", "Wagner"), "PKK": ("PKK",), "Islamic Jihad": ("Islamic Jihad",),
    "Hayat Tahrir al-Sham": ("Hayat Tahrir al-Sham", "HTS"), "Rapid Support Forces": ("Rapid Support Forces", "RSF"),
    "M23": ("M23",), "Kataib Hezbollah": ("Kataib Hezbollah",),
}
INTL_ORGS: dict[str, tuple[str, ...]] = {
    "United Nations": ("United Nations", "UN", "U.N."), "NATO": ("NATO", "Nato"), "European Union": ("European Union", "EU"),
    "BRICS": ("BRICS", "Brics"), "G7": ("G7",), "G20": ("G20",), "World Health Organization": ("World Health Organization", "WHO"),
    "International Monetary Fund": ("International Monetary Fund", "IMF"), "World Bank": ("World Bank",),
    "OPEC": ("OPEC", "Opec"), "ASEAN": ("ASEAN", "Asean"), "African Union": ("African Union",), "OSCE": ("OSCE",),
    "IAEA": ("International Atomic Energy Agency", "IAEA"), "World Trade Organization": ("World Trade Organization", "WTO"),
    "Red Cross": ("International Committee of the Red Cross", "ICRC", "Red Cross"), "UNICEF": ("UNICEF", "Unicef"),
    "UNHCR": ("UNHCR",), "UN Security Council": ("UN Security Council", "Security Council"),
    "International Criminal Court": ("International Criminal Court", "ICC"), "European Commission": ("European Commission",),
    "European Space Agency": ("European Space Agency", "ESA"), "Interpol": ("Interpol",), "Arab League": ("Arab League",),
    "Shanghai Cooperation Organisation": ("Shanghai Cooperation Organisation", "SCO"),
}

# US federal agencies, as American papers write them (the New York Times dots its acronyms). Ambiguous
# acronyms ("SEC" is also a football conference, "ICE" a word) are left to their long forms.
US_AGENCIES: dict[str, tuple[str, ...]] = {
    "FBI": ("Federal Bureau of Investigation", "FBI", "F.B.I."), "CIA": ("Central Intelligence Agency", "CIA", "C.I.A."),
    "NSA": ("National Security Agency", "NSA", "N.S.A."), "NASA": ("NASA",),
    "Justice Department": ("Justice Department", "Department of Justice", "DOJ"),
    "Department of Homeland Security": ("Department of Homeland Security", "Homeland Security Department", "DHS"),
    "EPA": ("Environmental Protection Agency", "EPA", "E.P.A."), "FDA": ("Food and Drug Administration", "FDA", "F.D.A."),
    "CDC": ("Centers for Disease Control and Prevention", "Centers for Disease Control", "CDC", "C.D.C."),
    "IRS": ("Internal Revenue Service", "IRS", "I.R.S."), "FTC": ("Federal Trade Commission", "FTC", "F.T.C."),
    "SEC": ("Securities and Exchange Commission", "S.E.C."), "FCC": ("Federal Communications Commission", "FCC", "F.C.C."),
    "FAA": ("Federal Aviation Administration", "FAA", "F.A.A."), "NTSB": ("National Transportation Safety Board", "NTSB"),
    "DEA": ("Drug Enforcement Administration", "DEA", "D.E.A."), "ATF": ("ATF", "A.T.F."),
    "TSA": ("Transportation Security Administration", "TSA"), "FEMA": ("Federal Emergency Management Agency", "FEMA"),
    "NIH": ("National Institutes of Health", "NIH", "N.I.H."), "ICE": ("Immigration and Customs Enforcement",),
    "NOAA": ("National Oceanic and Atmospheric Administration", "NOAA"),
    "Federal Reserve": ("Federal Reserve", "Federal Reserve Board", "Fed"),
    "Federal Open Market Committee": ("Federal Open Market Committee", "FOMC"),
}

# country -> (demonym, capital/metonyms)
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Russia": ("Russian", ("Moscow", "Kremlin")), "Iran": ("Iranian", ("Tehran",)), "Ukraine": ("Ukrainian", ("Kyiv", "Kiev")),
    "China": ("Chinese", ("Beijing",)), "United States": ("American", ("Washington", "White House")),
    "United Kingdom": ("British", ("London", "Downing Street")), "France": ("French", ("Paris", "Elysee")),
    "Germany": ("German", ("Berlin",)), "Israel": ("Israeli", ("Jerusalem",)), "Turkey": ("Turkish", ("Ankara",)),
    "North Korea": ("North Korean", ("Pyongyang",)), "South Korea": ("South Korean", ("Seoul",)), "Japan": ("Japanese", ("Tokyo",)),
    "India": ("Indian", ("New Delhi",)), "Pakistan": ("Pakistani", ("Islamabad",)), "Saudi Arabia": ("Saudi", ("Riyadh",)),
    "Syria": ("Syrian", ("Damascus",)), "Iraq": ("Iraqi", ("Baghdad",)), "Afghanistan": ("Afghan", ("Kabul",)),
    "Venezuela": ("Venezuelan", ("Caracas",)), "Cuba": ("Cuban", ("Havana",)), "Belarus": ("Belarusian", ("Minsk",)),
    "Egypt": ("Egyptian", ("Cairo",)), "Qatar": ("Qatari", ("Doha",)), "Yemen": ("Yemeni", ("Sanaa",)),
    "Lebanon": ("Lebanese", ("Beirut",)), "Brazil": ("Brazilian", ("Brasilia",)),
    "Mexico": ("Mexican", ("Mexico City",)), "Canada": ("Canadian", ("Ottawa",)), "Australia": ("Australian", ("Canberra",)),
    "Italy": ("Italian", ("Rome",)), "Spain": ("Spanish", ("Madrid",)), "Poland": ("Polish", ("Warsaw",)),
    "Turkmenistan": ("Turkmen", ("Ashgabat",)), "Kazakhstan": ("Kazakh", ("Astana",)), "Armenia": ("Armenian", ("Yerevan",)), "Azerbaijan": ("Azerbaijani", ("Baku",)), "Nigeria": ("Nigerian", ("Abuja",)),
    "South Africa": ("South African", ("Pretoria",)), "Ethiopia": ("Ethiopian", ("Addis Ababa",)), "Sudan": ("Sudanese", ("Khartoum",)),
    "Libya": ("Libyan", ("Tripoli",)), "Taiwan": ("Taiwanese", ("Taipei",)), "Hong Kong": ("Hong Kong", ()),
    "Vietnam": ("Vietnamese", ("Hanoi",)), "Indonesia": ("Indonesian", ("Jakarta",)), "Philippines": ("Filipino", ("Manila",)),
    "Myanmar": ("Myanmar", ("Naypyidaw",)), "Thailand": ("Thai", ("Bangkok",)), "Mongolia": ("Mongolian", ("Ulaanbaatar",)),
    "Hungary": ("Hungarian", ("Budapest",)), "Serbia": ("Serbian", ("Belgrade",)), "Greece": ("Greek", ("Athens",)),
    "Sweden": ("Swedish", ("Stockholm",)), "Norway": ("Norwegian", ("Oslo",)), "Finland": ("Finnish", ("Helsinki",)),
    "Netherlands": ("Dutch", ("Amsterdam", "The Hague")), "Belgium": ("Belgian", ("Brussels",)), "Switzerland": ("Swiss", ("Bern",)),
    "Austria": ("Austrian", ("Vienna",)), "Ireland": ("Irish", ("Dublin",)), "Argentina": ("Argentine", ("Buenos Aires",)),
    "Chile": ("Chilean", ("Santiago",)), "Colombia": ("Colombian", ("Bogota",)), "Peru": ("Peruvian", ("Lima",)),
    "Kenya": ("Kenyan", ("Nairobi",)), "Somalia": ("Somali", ("Mogadishu",)), "Algeria": ("Algerian", ("Algiers",)),
    "Morocco": ("Moroccan", ("Rabat",)), "Tunisia": ("Tunisian", ("Tunis",)), "Palestine": ("Palestinian", ("Ramallah",)),
    "Moldova": ("Moldovan", ("Chisinau",)), "Romania": ("Romanian", ("Bucharest",)), "Bulgaria": ("Bulgarian", ("Sofia",)),
    "Denmark": ("Danish", ("Copenhagen",)), "Portugal": ("Portuguese", ("Lisbon",)), "Bangladesh": ("Bangladeshi", ("Dhaka",)),
    "Sri Lanka": ("Sri Lankan", ("Colombo",)), "Nepal": ("Nepali", ("Kathmandu",)), "Malaysia": ("Malaysian", ("Kuala Lumpur",)),
    "Rwanda": ("Rwandan", ("Kigali",)), "Burundi": ("Burundian", ("Gitega",)), "Tanzania": ("Tanzanian", ("Dodoma",)),
    "Namibia": ("Namibian", ("Windhoek",)), "Cameroon": ("Cameroonian", ("Yaounde",)), "Uganda": ("Ugandan", ("Kampala",)),
    "Ghana": ("Ghanaian", ("Accra",)), "Senegal": ("Senegalese", ("Dakar",)), "Zimbabwe": ("Zimbabwean", ("Harare",)),
    "Zambia": ("Zambian", ("Lusaka",)), "Mozambique": ("Mozambican", ("Maputo",)), "Angola": ("Angolan", ("Luanda",)),
    "Mali": ("Malian", ("Bamako",)), "Niger": ("Nigerien", ("Niamey",)), "Togo": ("Togolese", ("Lome",)),
    "Eritrea": ("Eritrean", ("Asmara",)), "Botswana": ("Botswanan", ("Gaborone",)), "Kuwait": ("Kuwaiti", ()),
    "Oman": ("Omani", ("Muscat",)), "Bahrain": ("Bahraini", ("Manama",)), "Cambodia": ("Cambodian", ("Phnom Penh",)),
    "Laos": ("Laotian", ("Vientiane",)), "Ecuador": ("Ecuadorian", ("Quito",)), "Bolivia": ("Bolivian", ("La Paz",)),
    "Paraguay": ("Paraguayan", ("Asuncion",)), "Uruguay": ("Uruguayan", ("Montevideo",)),
    "Guatemala": ("Guatemalan", ()), "Honduras": ("Honduran", ("Tegucigalpa",)), "Nicaragua": ("Nicaraguan", ("Managua",)),
    "Haiti": ("Haitian", ("Port-au-Prince",)), "Croatia": ("Croatian", ("Zagreb",)), "Slovakia": ("Slovak", ("Bratislava",)),
    "Slovenia": ("Slovenian", ("Ljubljana",)), "Czech Republic": ("Czech", ("Prague",)), "Lithuania": ("Lithuanian", ("Vilnius",)),
    "Latvia": ("Latvian", ("Riga",)), "Estonia": ("Estonian", ("Tallinn",)), "Albania": ("Albanian", ("Tirana",)),
    "Kosovo": ("Kosovar", ("Pristina",)), "Iceland": ("Icelandic", ("Reykjavik",)), "Cyprus": ("Cypriot", ("Nicosia",)),
    "Tajikistan": ("Tajik", ("Dushanbe",)), "Kyrgyzstan": ("Kyrgyz", ("Bishkek",)),
    "Singapore": ("Singaporean", ()), "Soviet Union": ("Soviet", ()), "New Zealand": ("New Zealand", ("Wellington",)), "Uzbekistan": ("Uzbek", ("Tashkent",)),
}
COUNTRY_ALIASES = {"U.S.": "United States", "US": "United States", "USA": "United States", "America": "United States",
                   "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom"}

# Places that are never actors on their own.
US_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming",
}
# First words that make a capitalised span a description, never a person's name.
NOT_GIVEN_NAMES = {
    "Eastern", "Western", "Northern", "Southern", "Central", "Hey", "Maybe", "Big", "New", "Old", "Great", "Royal",
    "National", "Federal", "State", "International", "Global", "Digital", "United", "General", "Black", "White",
    "Red", "Blue", "Green", "Golden", "Grand", "Little", "Upper", "Lower", "North", "South", "East", "West", "Holy",
    "Home", "Super", "Apple", "Google", "Microsoft", "Amazon", "Uber", "Facebook", "Twitter", "Instagram",
    "Mount", "Fort", "Lake", "Port", "San", "Santa", "Los", "Las", "Saint", "Our", "Yes", "Oh", "Well",
}
PLACES = {
    "Middle East", "Gaza", "Gaza Strip", "West Bank", "Central Asia", "Europe", "Asia", "Africa", "Latin America",
    "South America", "North America", "Crimea", "Donbas", "Kazan", "Tibet", "Tibetan Plateau", "Inner Mongolia",
    "New York", "New York City", "Silicon Valley", "Wall Street", "Capitol Hill", "Western", "Eastern", "Arctic",
    "Pacific", "Atlantic", "Mediterranean", "Balkans", "Caucasus", "Sahel", "Kashmir", "Kurdistan", "Siberia",
    "Asia Pacific", "Asia-Pacific", "Southeast Asia", "South Asia", "East Asia", "Western Europe", "Eastern Europe",
    "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa", "Greater China", "Oceania", "Scandinavia",
}
# "Ann Lee, Group President, Acme", "a Software Engineer for SpaceX": the last word of a job written in
# capitals (surname-like trades, "Baker", "Judge", "Singer", are left out).
JOB_NOUNS = {"President", "Manager", "Engineer", "Consultant", "Director", "Officer", "Analyst", "Designer",
             "Developer", "Producer", "Coordinator", "Specialist", "Strategist", "Adviser", "Advisor", "Scientist",
             "Researcher", "Editor", "Correspondent", "Reporter", "Architect", "Associate", "Fellow", "Lead",
             "Administrator", "Supervisor", "Chairman", "Chairwoman", "Founder", "Co-Founder", "Partner", "CEO",
             "CTO", "CFO", "COO", "Evangelist", "Advocate", "Programmer", "Technologist", "Curator", "Sommelier",
             "Chef", "Winemaker", "Professor", "Lecturer", "Secretary", "Executive", "Head"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Holidays are dates too: "Happy Thanksgiving" is a greeting, not a person.
HOLIDAYS = ("Thanksgiving", "Christmas", "Easter", "Halloween", "Hanukkah", "Ramadan", "Eid", "Diwali", "Passover",
            "Kwanzaa", "Lent", "Memorial Day", "Labor Day", "Independence Day", "Veterans Day", "New Year",
            "Valentine’s Day", "Valentine's Day", "Mother’s Day", "Father’s Day", "Black Friday", "Cyber Monday")

# Capitalised titles written before a name ("Rep. Ilhan Omar"); stripped from the name, kept as role.
TITLES = {
    "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister", "Chancellor", "King", "Queen",
    "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor",
    "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Judge", "Justice", "Gen.",
    "General", "Lt.", "Col.", "Colonel", "Capt.", "Captain", "Sgt.", "Adm.", "Admiral", "Secretary", "Speaker",
    "Chief", "CEO", "Chairman", "Ambassador", "Attorney General", "U.S. Attorney", "Lord", "Lady", "Sir", "Dame", "Hon.", "Rt. Hon.",
    "Saint", "St.", "Inspector-General", "Commissioner", "Director", "Deputy", "Coach", "Det.", "Officer",
    "Executive", "Chief Executive", "Leader", "Majority Leader", "Minority Leader", "Superintendent", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Trooper", "Sheriff",
    "Chairwoman", "Founder", "Spokesman", "Spokeswoman", "Co-CEO", "Archbishop", "Bishop", "Rabbi", "Imam",
    "District Attorney", "State's Attorney", "State’s Attorney", "Prosecutor", "Police Chief", "Police Commissioner",
    "Lieutenant Governor", "Lt. Gov.", "Congressman", "Congresswoman", "Councillor", "Councilor", "Magistrate",
    "Coroner", "Comptroller", "Treasurer", "Chief Justice", "Lieutenant", "Sergeant", "Commander",
    # ranks stack ("Col. Maj.", "Lt. Gen."); the peeler takes one or two words at a time
    "Maj.", "Brig.", "Cpl.", "Pvt.", "Cmdr.", "Cdr.", "Rear Adm.", "Vice Adm.",
    "Staff Sgt.", "Master Sgt.", "Sgt. Maj.", "First Sgt.", "Lt. Cmdr.", "Lance Cpl.",
    # two-word offices whose last word is also a rank ("Solicitor General Ann Lee" is no general)
    "Solicitor General", "Surgeon General", "Inspector General", "Advocate General", "Auditor General",
    "Comptroller General", "Postmaster General", "Director General", "Secretary General", "Chair", "Chairperson",
}
# Lowercase role words that, just before a name, describe the person ("spokesman Dmitry Peskov").
ROLE_WORDS = {
    "president", "leader", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "chief", "head",
    "director", "founder", "co-founder", "ceo", "chairman", "chairwoman", "chair", "executive", "senator", "governor",
    "mayor", "lawmaker", "official", "ambassador", "envoy", "commander", "general", "officer", "lawyer", "attorney",
    "judge", "prosecutor", "analyst", "economist", "professor", "researcher", "scientist", "doctor", "dealer", "star",
    "player", "coach", "singer", "actor", "actress", "author", "writer", "journalist", "reporter", "correspondent",
    "editor", "counterpart", "activist", "candidate", "member", "representative", "deputy", "adviser", "advisor",
    "aide", "host", "owner", "investor", "manager", "premier", "diplomat", "negotiator", "quarterback", "end",
    "defender", "striker", "designer", "architect", "artist", "musician", "rapper", "founder", "strategist",
    "banker", "partner", "colleague", "businessman", "businesswoman", "billionaire", "entrepreneur", "rival",
    "opponent", "challenger", "nominee", "speaker", "ceo", "cfo", "coo", "cto", "boss", "inspector-general",
    "detective", "sheriff", "student", "teacher", "mother", "father", "son", "daughter", "brother", "sister", "wife",
    "husband", "widow", "resident", "survivor", "victim", "suspect", "defendant", "witness", "pilot", "soldier",
    "farmer", "worker", "engineer", "nurse", "driver", "shopkeeper", "fisherman", "villager", "economist", "expert",
    "historian", "lecturer", "commentator", "organiser", "organizer", "campaigner", "protester", "deportee",
    "diver", "swimmer", "runner", "sprinter", "golfer", "boxer", "wrestler", "cyclist", "skater", "pitcher",
    "goalkeeper", "goalie", "midfielder", "forward", "receiver", "linebacker", "captain", "champion", "rider",
}
# Plural common nouns for people that open sentences ("Authorities seized ...", "Investigators traced ..."):
# capitalised there only because they come first.
GENERIC_PLURALS = {
    "authorities", "investigators", "officials", "officers", "police", "prosecutors", "detectives", "agents",
    "deputies", "troopers", "firefighters", "rescuers", "regulators", "lawmakers", "legislators", "critics",
    "experts", "analysts", "economists", "researchers", "scientists", "doctors", "residents", "witnesses",
    "neighbors", "neighbours", "protesters", "demonstrators", "activists", "workers", "employees", "voters",
    "observers", "organizers", "organisers", "supporters", "opponents", "students", "teachers", "parents",
    "travelers", "travellers", "passengers", "insiders", "sources", "medics", "paramedics", "judges", "jurors",
}
# Words that, just before a single capitalised name, say it is an organisation ("monitoring group ElectWatch").
ORG_DESCRIPTORS = {
    "group": "civil_society", "agency": "government", "company": "company", "firm": "company", "party": "political_party",
    "union": "civil_society", "organisation": "civil_society", "organization": "civil_society", "charity": "civil_society",
    "outlet": "media_outlet", "newspaper": "media_outlet", "broadcaster": "media_outlet", "network": "company",
    "bank": "company", "carrier": "company", "utility": "company", "startup": "company", "insurer": "company",
    "airline": "company", "lender": "company", "investor": "company", "regulator": "government", "militia": "armed_group", "movement": "political_party",
    "publication": "media_outlet", "magazine": "media_outlet", "website": "media_outlet", "tabloid": "media_outlet",
    "blog": "media_outlet", "daily": "media_outlet", "site": "media_outlet", "manufacturer": "company",
    "supplier": "company", "maker": "company", "chipmaker": "company", "automaker": "company", "retailer": "company",
    "giant": "company", "conglomerate": "company", "brokerage": "company", "label": "company", "journal": "media_outlet",
    "studio": "company", "publisher": "company",
}
HEAD_TITLES = {"president", "leader", "prime minister", "premier", "chancellor", "head of state", "ruler", "king"}

# Heads of multiword organisation names -> actor type.
ORG_HEADS: dict[str, str] = {
    "Ministry": "government", "Department": "government", "Office": "government", "Agency": "government",
    "Administration": "government", "Government": "government", "Senate": "government", "Congress": "government",
    "Parliament": "government", "Assembly": "government", "Police": "government", "Court": "government",
    "Commission": "government", "Council": "government", "Authority": "government", "Service": "government",
    "Bureau": "government", "House": "government", "Kremlin": "government", "Cabinet": "government",
    "Army": "military", "Navy": "military", "Forces": "military", "Force": "military", "Guard": "military",
    "Guards": "military", "Corps": "military", "Command": "military",
    "Party": "political_party", "Democrats": "political_party", "Republicans": "political_party",
    "University": "other", "Foundation": "civil_society", "Association": "civil_society",
    "Institute": "civil_society", "Union": "civil_society", "Society": "civil_society", "Coalition": "civil_society",
    "Trustees": "other", "Committee": "civil_society", "Campaign": "civil_society", "Watch": "civil_society", "Church": "civil_society",
    "Inc": "company", "Inc.": "company", "Corp": "company", "Corp.": "company", "Corporation": "company",
    "Company": "company", "Co.": "company", "Co": "company", "Group": "company", "Holdings": "company", "Bank": "company",
    "Ltd": "company", "Ltd.": "company", "LLC": "company", "Airlines": "company", "Motors": "company",
    "Technologies": "company", "Systems": "company", "Clubs": "civil_society", "Capital": "company", "Partners": "company",
    "Times": "media_outlet", "News": "media_outlet", "Post": "media_outlet", "Journal": "media_outlet",
    "Daily": "media_outlet", "Herald": "media_outlet", "Tribune": "media_outlet", "Radio": "media_outlet",
    "TV": "media_outlet", "Television": "media_outlet", "Gazette": "media_outlet", "Podcast": "media_outlet",
    "Legislature": "government", "Statehouse": "government", "General": "government", "Senators": "government", "Ministers": "government",
    "School": "other", "College": "other", "Hospital": "other", "Academy": "other", "Schools": "other",
    "Club": "other", "League": "other", "Team": "other", "Federation": "other", "Organization": "other",
    "Organisation": "other", "Network": "other", "Studios": "other", "Labs": "other", "Records": "company",
    "Alliance": "political_party", "Front": "political_party", "Movement": "political_party", "Hydro": "company",
    "Brothers": "other", "Festival": "other", "Guild": "civil_society", "Programme": "civil_society", "Engineering": "company",
    "Brigade": "armed_group", "Brigades": "armed_group", "Battalion": "armed_group", "Militia": "armed_group",
    "Foods": "company", "Energy": "company", "Industries": "company", "Enterprises": "company",
    "Pharmaceuticals": "company", "Therapeutics": "company", "Biosciences": "company", "Telecom": "company",
    "Communications": "company", "Electronics": "company", "Logistics": "company", "Airways": "company",
    "Petroleum": "company", "Mining": "company", "Insurance": "company", "Brands": "company", "Ventures": "company",
    "Bancorp": "company", "Semiconductor": "company", "Software": "company", "Solutions": "company", "Equities": "company", "Research": "company", "Securities": "company", "Headquarters": "government",
    "Caucus": "political_party", "Sciences": "company", "Bros": "company", "Bros.": "company",
}
# Last words of place names, which are never actors ("Moscone Center", "Gaza Strip").
PLACE_HEADS = {
    "Street", "Avenue", "Road", "Square", "Park", "Bridge", "River", "Lake", "Mountain", "Mountains", "Island",
    "Islands", "County", "City", "Province", "Region", "Valley", "Beach", "Airport", "Stadium", "Arena", "Center",
    "Centre", "Hall", "Plaza", "Strip", "Bay", "Sea", "Ocean", "Coast", "Desert", "Plateau", "Peninsula",
    "Station", "Terminal", "Area", "Track", "District", "Conference", "Festival", "Summit", "Week", "Day", "Award", "Awards", "Prize", "Cup",
    "Championship", "Games", "Act", "Bill", "Law", "Treaty", "Accord", "Accords", "Agreement", "Pact", "Protocol", "Index", "Pro", "Series", "Edition", "Tour",
    "Monument", "Memorial", "Cathedral", "Basilica", "Abbey", "Chapel", "Temple", "Mosque", "Castle", "Cemetery",
    "Tower", "Towers", "Boulevard", "Highway", "Freeway", "Lane", "Harbor", "Harbour", "Pier", "Canal", "Dam",
}
# Party and political labels written before a name ("Republican Gov. Eric Holcomb").
POLITICAL = {"Republican", "Democratic", "Democrat", "Conservative", "Labour", "Liberal", "Tory", "Socialist",
             "Independent", "Green"}
COMPANY_CUES = ("company", "firm", "shares", "CEO", "founder", "startup", "giant", "Inc", "maker", "investors",
                "stock", "brand", "retailer", "chief executive", "subsidiary", "products", "suppliers", "customers",
                "revenue", "earnings", "shareholders", "lineup", "sales", "Ltd", "Corp", "analyst")

# Lowercase words that end a verb phrase after a subject: "X said", "X has", "X continues".
AGENT_VERBS = {
    "said", "says", "say", "told", "tells", "added", "has", "have", "had", "is", "was", "were", "are", "will",
    "would", "could", "can", "may", "might", "should", "must", "continues", "continued", "announced", "plans",
    "planned", "wants", "wanted", "denied", "denies", "claimed", "claims", "launched", "accused", "warned",
    "supplied", "funds", "funded", "agreed", "signed", "rejected", "confirmed", "reported", "reports", "insisted",
    "promised", "hopes", "hoped", "threatened", "sent", "released", "decided", "did", "does", "became",
    "invited", "hailed", "called", "urged", "backed", "sought", "seeks", "refused", "declined", "expects",
    "expected", "moved", "raised", "cut", "began", "launches", "sold", "bought", "filed", "sued", "struck",
}
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "claimed", "claims", "announced", "insisted",
    "warned", "argued", "noted", "wrote", "writes", "explained", "declared", "denied", "denies", "confirmed",
    "acknowledged", "admitted", "alleged", "asserted", "suggested", "hailed", "urged", "accused", "vowed", "pledged",
    "promised", "telling", "saying", "stressed", "tweeted", "posted", "responded", "replied", "maintained",
)

LOADED_TERMS = (
    "war of aggression", "dictator", "dictatorship", "regime", "despot", "tyrant", "tyranny", "puppet", "thug",
    "thugs", "warmonger", "strongman", "mouthpiece", "propaganda", "brutal", "brutality", "slaughter",
    "butcher", "terror state", "illegal invasion", "illegal war", "murderous", "barbaric", "genocidal", "henchmen",
    "cronies", "stooge", "junta", "rogue state", "hardliners", "sordid", "notorious", "arrogant", "pampered",
    "out-of-touch", "detached from reality", "orgy", "disgraceful", "shameful", "outrageous", "despicable", "vile",
    "heinous", "ludicrous", "pathetic", "crooked", "sinister", "nefarious", "hypocritical", "hypocrisy", "draconian",
    "tyrannical", "fanatical", "warmongering", "lackey", "lackeys", "kleptocrat", "kleptocracy", "autocrat",
    "failed state", "self-styled", "bloodthirsty", "savage", "evil",
)
# General evaluative and emotive words: in the publisher's own (unquoted) voice they judge rather than describe.
EVALUATIVE = (
    "deadly", "hit-or-miss", "troublesome", "unacceptable", "rightly", "wrongly", "disturbing",
    "horrific", "horrifying", "appalling", "atrocious", "reckless", "ruthless", "vicious", "cruel", "callous",
    "dubious", "shady", "botched", "bungled", "fiasco", "debacle", "farce", "sham", "disastrous", "shambolic",
    "scandalous", "deplorable", "damning", "scathing", "terrifying", "nightmarish", "carnage", "bloodbath",
    "rampage", "so-called", "staggering", "whopping", "bloody", "repressive", "oppressive", "mayhem", "hysteria",
    "hysterical", "embattled", "beleaguered", "disgraced", "infamous", "greedy", "incompetent", "inept", "hapless",
    "feckless", "spineless", "cowardly", "craven", "sickening", "chilling", "slammed", "lambasted", "blasted",
    "fat-cat", "fat cats", "lavish", "cushy", "repression", "police brutality", "excessive force", "pedophile",
    "paedophile", "incoherent", "flustered", "hell-bent", "cynical", "cynically",
    "revolutionary", "game-changing", "game changer", "groundbreaking", "trailblazing", "visionary",
)
# Function words: never a name, never a role.
STOPWORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "said", "says",
         "told", "is", "was", "were", "are", "has", "have", "had", "his", "her", "their", "its", "our", "as", "that",
         "who", "which", "when", "after", "before", "than", "but", "also", "says", "say", "according", "against",
         "between", "while", "if", "into", "over", "under", "about", "be", "been", "being", "this", "these"}
