//! Hand-written word classes used by the rules (general English knowledge,
//! not derived from any evaluation set).

/// Months: never names on their own ("March", "May", "August").
pub(crate) const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
];

/// Weekdays.
pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
    "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Capitalised words that are never a name on their own, wherever they stand.
pub(crate) const STOP: &[&str] = &[
    "Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West",
    "Nature", "Strategic", "Related", "Christmas", "Easter", "God", "Internet", "Web", "Islam",
    "Muslim", "Christian", "Catholic", "Jewish", "Arab", "Republican", "Democrat", "Democratic",
    "Republic", "Kingdom", "State", "States", "City", "County", "Province", "Region", "Island",
    "Islands", "Ocean", "Sea", "River", "Lake", "Mount", "Street", "Avenue", "Road", "Square",
    "Park", "Bridge", "Parliament", "Congress", "Senate", "Government", "Ministry", "Court",
    "Army", "Navy", "Police", "Union", "European", "English", "French", "German", "Spanish",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady", "Saint", "St", "Image", "Photo",
    "Photograph", "Video", "Update", "Breaking", "Opinion", "Analysis", "Editorial",
    "Interview", "Sources", "Source", "Credit", "Copyright", "Story", "News", "Today", "Tomorrow",
    "Yesterday", "Tonight", "Morning", "Evening", "Night", "Summer", "Winter", "Spring", "Autumn",
    "Fall", "Year", "Years", "Day", "Week", "Month", "Prime", "Minister", "President",
    "Chancellor", "Secretary", "General", "Supreme", "Federal", "National", "International",
    "Royal", "Imperial", "Old", "New", "Great", "Grand", "Little", "Upper", "Lower", "Holy",
];

/// Titles and honorifics written before a person's name; the name after one
/// is a person (the title is not part of the mention).
pub(crate) const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "President", "Premier",
    "Chancellor", "Minister", "Sen", "Senator", "Rep", "Representative", "Congressman",
    "Congresswoman", "Gov", "Governor", "Mayor", "Judge", "Justice", "King", "Queen", "Prince",
    "Princess", "Pope", "Sheikh", "Sheik", "Emir", "Sultan", "Ayatollah", "Rev", "Reverend",
    "Father", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Gen", "Col", "Colonel", "Lt",
    "Lieutenant", "Maj", "Major", "Capt", "Captain", "Sgt", "Sergeant", "Adm", "Admiral",
    "Commander", "Secretary", "Ambassador", "Speaker", "Chairman", "Chairwoman", "Chairperson",
    "Director", "Coach", "Detective", "Inspector", "Constable", "Sir", "Dame", "Lord", "Lady",
    "Mme", "Mlle", "Herr", "Frau", "Attorney", "Prosecutor", "Councillor", "Councilman",
    "Councilwoman", "Commissioner", "Marshal", "Superintendent", "Officer", "Deputy", "Spokesman",
    "Spokeswoman", "Spokesperson", "CEO", "Chief",
];

/// Words that may stand inside a title chain before the name ("Prime Minister",
/// "Foreign Minister", "Vice President", "Secretary of State").
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "Prime", "Vice", "Deputy", "Acting", "Former", "Foreign", "Defense", "Defence", "Interior",
    "Finance", "Health", "Justice", "Economy", "Trade", "Energy", "Education", "Labor", "Labour",
    "Transport", "Culture", "Agriculture", "Environment", "Home", "Attorney", "General", "Supreme",
    "Grand", "First", "Chief", "Executive", "Senior", "Junior", "Lieutenant", "Rear", "Field",
    "Staff", "State", "Treasury", "Homeland", "Security", "Crown", "Opposition", "Party",
    "Majority", "Minority", "Leader", "House", "Assistant", "Associate", "Managing", "Press",
];

/// Lower-case role nouns that introduce a name ("spokesman Dmitry Peskov").
pub(crate) const ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "assistant", "adviser", "advisor", "aide",
    "minister", "secretary", "director", "chief", "executive", "ceo", "chairman", "chairwoman",
    "professor", "lawyer", "attorney", "judge", "colleague", "leader", "president", "senator",
    "congressman", "congresswoman", "governor", "mayor", "official", "analyst", "economist",
    "researcher", "scientist", "author", "writer", "journalist", "reporter", "correspondent",
    "editor", "columnist", "photographer", "actor", "actress", "singer", "artist", "player",
    "coach", "striker", "goalkeeper", "founder", "candidate", "activist", "businessman",
    "businesswoman", "billionaire", "commander", "general", "officer", "ambassador", "envoy",
    "diplomat", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
    "friend", "manager", "producer", "student", "teacher", "doctor", "nurse", "prosecutor",
    "detective", "host", "anchor", "presenter", "biologist", "physicist", "chemist", "historian",
    "lawmaker", "premier", "chancellor", "dictator", "rapper", "comedian", "filmmaker", "designer",
    "architect", "novelist", "poet", "musician", "drummer", "guitarist", "director", "captain",
    "champion", "winner", "runner", "driver", "rider", "boxer", "cyclist", "skier", "swimmer",
    "representative", "delegate", "negotiator", "mediator", "chairperson", "physician", "surgeon",
    "pilot", "soldier", "sergeant", "lieutenant", "colonel", "cardinal", "bishop", "priest",
    "rabbi", "imam", "cleric", "inventor", "entrepreneur", "investor", "banker", "chef",
    "commentator", "blogger", "spokespeople", "candidates", "opponent", "rival", "challenger",
    "incumbent", "successor", "predecessor", "nominee", "mr", "mrs", "ms", "dr",
];

/// Verbs of saying that, right after a name, mark it as a person ("Smith said").
pub(crate) const SAID_AFTER: &[&str] = &[
    "said", "says", "told", "added", "noted", "explained", "stated", "argued", "replied",
    "insisted", "warned", "claimed", "wrote", "tweeted", "recalled", "admitted", "acknowledged",
    "announced", "declared", "asked", "answered", "responded", "commented", "confirmed",
    "denied", "suggested", "believes", "thinks", "says.", "smiled", "laughed",
];

/// Words that, right before a name, mark it as a person ("said Smith").
pub(crate) const SAID_BEFORE: &[&str] = &["said", "says", "asked", "told", "wrote", "added"];

/// Heads of organisation names: a place followed by one of these inside the same
/// capitalised run ("Helsinki University"), or a place after "<head> of"
/// ("University of Helsinki"), is part of an organisation's name, not a place.
pub(crate) const ORG_HEADS: &[&str] = &[
    "University", "College", "Institute", "School", "Academy", "Bank", "Museum", "Hospital",
    "Department", "Ministry", "Council", "Court", "Club", "Federation", "Association", "Society",
    "Party", "Company", "Corporation", "Corp", "Inc", "Ltd", "Group", "Board", "Commission",
    "Agency", "Authority", "Foundation", "Fund", "Centre", "Center", "Church", "Cathedral",
    "Airport", "Station", "Stadium", "Times", "Post", "Herald", "News", "Journal", "Tribune",
    "Gazette", "Press", "Daily", "Review", "Magazine", "Radio", "TV", "Television", "Network",
    "Airlines", "Airways", "Railway", "Railways", "Police", "Army", "Navy", "Force", "Guard",
    "Team", "FC", "Orchestra", "Festival", "Zoo", "Library", "Office", "Service", "Services",
    "Exchange", "Stock", "Energy", "Oil", "Motors", "Holdings", "Partners", "Capital", "Trust",
    "Union", "League", "Cup", "Open", "Championship", "Championships", "Games", "Olympics",
    "Declaration", "Treaty", "Accord", "Agreement", "Protocol", "Convention", "Conference",
    "Summit", "Forum", "Assembly", "Parliament", "Senate", "Congress", "Government",
    "Administration", "Embassy", "Consulate", "Mission", "Command", "Brigade", "Battalion",
    "Division", "Regiment", "Corps", "Fleet", "Squadron", "Prize", "Award", "Awards", "Medal",
    "Hotel", "Theatre", "Theater", "Hall", "Palace", "Tower", "Building", "Studio", "Studios",
    "Records", "Pictures", "Films", "Media", "Labs", "Laboratory", "Laboratories", "Institution",
    "Initiative", "Project", "Program", "Programme", "Campaign", "Movement", "Front", "Alliance",
    "Coalition", "Organization", "Organisation", "Committee", "Tribunal", "Police",
];

/// Particles inside personal names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la",
    "bin", "ibn", "al", "el", "ben", "ter", "zu", "y", "bint",
];

/// Name suffixes ("Jr.", "III").
pub(crate) const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];
