//! Word lists the rules share. Written for newsline from general knowledge of English
//! news style.

/// Capitalized words that start sentences but are not names on their own.
pub(crate) const STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from",
    "of", "to", "with", "without", "but", "and", "or", "nor", "so", "yet", "if", "as", "after",
    "before", "when", "while", "where", "why", "how", "what", "who", "whom", "which", "whose",
    "under", "over", "since", "until", "though", "although", "because", "despite", "during",
    "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our",
    "your", "his", "its", "their", "there", "here", "then", "now", "still", "any", "some",
    "many", "most", "much", "more", "less", "few", "all", "both", "each", "every", "either",
    "neither", "no", "not", "none", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "first", "second", "third", "last", "next", "other", "another",
    "such", "only", "also", "even", "just", "yes", "equally", "would", "could", "should",
    "will", "may", "might", "must", "can", "shall", "do", "does", "did", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "however", "meanwhile", "moreover", "instead",
    "indeed", "already", "almost", "again", "once", "later", "earlier", "today", "tonight",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
    "nov.", "dec.", "sep.", "updated", "published", "posted", "edited", "additional",
    "reporting", "editing", "et", "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "kst",
    "am", "pm", "a.m.", "p.m.", "mr", "well", "oh", "ok", "please", "thank", "thanks", "dear",
    "let", "like", "about", "against", "among", "between", "into", "through", "toward",
    "towards", "upon", "within", "via", "per", "amid", "across", "behind", "beyond", "near",
    "outside", "inside", "around", "along", "above", "below", "off", "out", "up", "down",
    "historically", "simultaneously", "generally", "especially", "finally", "perhaps",
    "probably", "clearly", "officials", "experts", "analysts", "sources", "critics", "many",
    "several", "according", "asked", "said", "says", "photo", "video", "watch", "read",
    "related", "advertisement", "user", "input", "breaking", "exclusive", "update",
    "analysis", "opinion", "editorial", "commentary", "comment", "note", "correction",
];

/// Month and weekday names and time-zone words that never start a name.
pub(crate) const TIME_WORDS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.",
    "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "ET", "EST", "EDT", "GMT", "UTC", "PT", "PST", "PDT", "CT", "CST",
    "CDT", "KST", "JST", "BST", "CET", "IST", "Christmas", "Easter", "Thanksgiving",
];

/// Acronyms that are not organizations.
pub(crate) const NON_ORG_ACRONYMS: &[&str] = &[
    "ICBM", "ICBMs", "GDP", "CEO", "CEOs", "CFO", "COO", "AIDS", "HIV", "TV", "OK", "ID",
    "IDs", "DNA", "RNA", "COVID", "PhD", "MP", "MPs", "AM", "PM", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "UFO", "SUV", "SUVs", "GPS", "IT", "AI", "PR", "Q1",
    "Q2", "Q3", "Q4", "USD", "EUR", "KM", "MPH", "I", "A", "AD", "BC", "CE", "BCE", "MVP",
    "DJ", "VIP", "VIPs", "FAQ", "PDF", "URL", "LGBT", "LGBTQ", "NBA", "NFL",
];

/// Final words that make a capitalized sequence an organization.
pub(crate) const ORG_SUFFIX: &[&str] = &[
    "University", "Universiteit", "Université", "Universität", "Universidad", "Institute",
    "Institution", "Council", "Agency", "Ministry", "Department", "Center", "Centre", "Forum",
    "Program", "Programme", "Bank", "Fund", "Party", "Committee", "Commission", "College",
    "School", "Corp.", "Corp", "Corporation", "Inc.", "Inc", "Co.", "Ltd", "Ltd.", "LLC",
    "Group", "Association", "Organization", "Organisation", "Foundation", "Society", "Union",
    "League", "Federation", "Office", "Bureau", "Service", "Services", "Authority", "Board",
    "Court", "Assembly", "Parliament", "Congress", "Senate", "Army", "Navy", "Force", "Forces",
    "Guard", "Police", "Church", "Times", "Post", "News", "Press", "Journal", "Herald",
    "Tribune", "Radio", "Television", "Network", "Broadcasting", "Airlines", "Airways",
    "Company", "Companies", "Industries", "Motors", "Technologies", "Systems", "Holdings",
    "Partners", "Capital", "Hospital", "Clinic", "Academy", "Laboratory", "Laboratories",
    "Museum", "Library", "Club", "Team", "Movement", "Front", "Alliance", "Coalition",
    "Cabinet", "Administration", "Secretariat", "Directorate", "Command", "Corps",
    "Brigade", "Regiment", "Division", "Battalion", "Legion", "Studies", "Exchange",
    "Initiative", "Project", "Trust", "Network", "Watch", "Chamber", "Council’s",
];

/// First words that make a capitalized sequence an organization (`University of …`).
pub(crate) const ORG_HEAD: &[&str] = &[
    "University", "Universiteit", "Université", "Institute", "Ministry", "Department",
    "Bank", "Council", "Committee", "Commission", "College", "School", "Church", "Office",
    "Bureau", "Agency", "Federation", "Association", "Organization", "Organisation",
    "Society", "Union", "League", "Academy", "Museum", "Board", "Court", "House", "Center",
    "Centre", "Fund", "Party", "Group", "Foundation", "Municipality", "Order", "Daughters",
    "Sons", "Friends", "Federal", "National", "Supreme", "Royal", "Central",
];

/// Final words of event names.
pub(crate) const EVENT_SUFFIX: &[&str] = &[
    "Summit", "Games", "Olympics", "Cup", "War", "Festival", "Championship", "Championships",
    "Expo", "Revolution", "Crisis", "Election", "Elections", "Conference", "Congress",
    "Tournament", "Open", "Marathon", "Awards", "Prize", "Uprising", "Massacre", "Olympiad",
];

/// Final words of facility names.
pub(crate) const FAC_SUFFIX: &[&str] = &[
    "Airport", "Bridge", "Stadium", "Tower", "Towers", "Square", "Street", "Avenue", "Road",
    "Palace", "Hall", "Mosque", "Cathedral", "Temple", "Station", "Building", "Arena",
    "Park", "Highway", "Port", "Harbor", "Harbour", "Base", "Prison", "Plaza", "Gate",
    "Dam", "Canal", "Tunnel", "Terminal",
];

/// Final words of non-political places.
pub(crate) const LOC_SUFFIX: &[&str] = &[
    "River", "Sea", "Ocean", "Mountains", "Mountain", "Mount", "Lake", "Island", "Islands",
    "Valley", "Peninsula", "peninsula", "Desert", "Bay", "Gulf", "Strait", "Coast", "Basin",
    "Plateau", "Hills", "Forest", "Delta",
];

/// Final words of political places.
pub(crate) const GPE_SUFFIX: &[&str] = &[
    "City", "County", "Province", "Prefecture", "District", "Region", "Oblast", "State",
    "Republic", "Kingdom", "Empire", "Emirate", "Territory", "Borough", "Township",
    "Village", "Town",
];

/// Capitalized titles that precede a person's name inside a capitalized sequence.
pub(crate) const TITLES: &[&str] = &[
    "President", "Minister", "Secretary", "Chancellor", "Premier", "Governor", "Senator",
    "Representative", "Congressman", "Congresswoman", "Mayor", "King", "Queen", "Prince",
    "Princess", "Emperor", "Pope", "Ambassador", "Judge", "Justice", "Chairman",
    "Chairwoman", "Chair", "Leader", "Comrade", "Director", "Spokesman", "Spokeswoman",
    "Commander", "General", "Admiral", "Colonel", "Captain", "Lieutenant", "Sergeant",
    "Major", "Professor", "Prof.", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
    "Miss", "Sir", "Dame", "Lord", "Lady", "Gov.", "Sen.", "Rep.", "Gen.", "Col.", "Lt.",
    "Sgt.", "Capt.", "Adm.", "Maj.", "Rev.", "Father", "Sister", "Brother", "Bishop",
    "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Ayatollah", "Chief", "Envoy",
    "Speaker", "Commissioner", "Superintendent", "Inspector", "Detective", "Officer",
    "Coach", "Dean", "Vice", "Deputy", "CEO", "Chairperson", "Marshal", "Field",
];

/// Titles that are only honorifics: not recorded as roles.
pub(crate) const HONORIFICS: &[&str] = &[
    "Comrade", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady",
    "Dr.", "Dr",
];

/// Lowercase role nouns used in pre-modifiers and appositions.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "professor", "director", "spokesman", "spokeswoman", "spokesperson", "minister",
    "president", "leader", "chairman", "chairwoman", "chair", "head", "chief", "secretary",
    "analyst", "expert", "researcher", "fellow", "official", "ambassador", "envoy",
    "adviser", "advisor", "lawyer", "attorney", "editor", "reporter", "correspondent",
    "commander", "general", "governor", "senator", "mayor", "executive", "founder",
    "co-founder", "ceo", "manager", "member", "lecturer", "scholar", "economist",
    "historian", "dean", "coordinator", "officer", "diplomat", "negotiator", "author",
    "owner", "student", "teacher", "coach", "captain", "player", "deputy", "premier",
    "chancellor", "king", "queen", "prince", "judge", "prosecutor", "representative",
    "lawmaker", "legislator", "congressman", "congresswoman", "activist", "candidate",
    "strategist", "consultant", "specialist", "scientist", "engineer", "doctor",
    "physician", "spokesperson", "leaders", "heir", "dictator", "foreign", "defense",
    "prime", "vice", "former", "acting", "senior", "top", "assistant", "associate",
];

/// Role nouns that can head a role (not modifiers like `former`).
pub(crate) fn is_role_head(w: &str) -> bool {
    let lw = w.to_lowercase();
    ROLE_NOUNS.contains(&lw.as_str())
        && !matches!(
            lw.as_str(),
            "foreign"
                | "defense"
                | "prime"
                | "vice"
                | "former"
                | "acting"
                | "senior"
                | "top"
                | "assistant"
                | "associate"
                | "deputy"
        )
}

/// Speech and attribution verbs (all inflections listed).
pub(crate) const CUE_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
    "noted", "notes", "warned", "warns", "stressed", "stresses", "explained", "explains",
    "wrote", "writes", "asked", "asks", "agreed", "agrees", "argued", "argues", "claimed",
    "claims", "insisted", "insists", "announced", "announces", "confirmed", "confirms",
    "stated", "states", "continued", "continues", "replied", "replies", "responded",
    "responds", "acknowledged", "acknowledges", "admitted", "admits", "declared",
    "declares", "emphasized", "emphasised", "emphasizes", "observed", "observes",
    "recalled", "recalls", "remarked", "reported", "reports", "suggested", "suggests",
    "urged", "urges", "predicted", "predicts", "cautioned", "cautions", "conceded",
    "concedes", "contended", "contends", "maintained", "maintains", "commented",
    "comments", "tweeted", "posted", "wondered", "thinks", "believes", "believed",
    "estimated", "estimates", "denied", "denies", "alleged", "alleges", "charged",
    "testified", "shouted", "whispered", "joked", "quipped", "complained", "complains",
    "boasted", "vowed", "vows", "promised", "promises", "pledged", "pledges", "demanded",
    "demands", "highlighted", "underlined", "underscored", "found", "finds", "shows",
    "showed", "concluded", "concludes", "mentioned", "revealed", "disclosed", "indicated",
    "indicates", "recounted", "described", "describes", "assured", "reiterated",
];

/// Multi-word cues, as lowercase word sequences.
pub(crate) const CUE_PHRASES: &[&[&str]] = &[
    &["pointed", "out"],
    &["points", "out"],
    &["according", "to"],
    &["went", "on"],
    &["goes", "on"],
    &["spelled", "out"],
];

/// True when `w` (any case) is a speech cue verb.
pub(crate) fn is_cue_verb(w: &str) -> bool {
    let lw = w.to_lowercase();
    CUE_VERBS.contains(&lw.as_str())
}

/// Words that may stand between a subject and its cue verb (`Miller also said`).
pub(crate) const CUE_SKIP: &[&str] = &[
    "also", "further", "later", "previously", "recently", "then", "reportedly", "has",
    "had", "have", "once", "again", "repeatedly", "publicly", "separately", "earlier",
    "quickly", "simply", "flatly", "previously", "himself", "herself", "itself",
    "elsewhere", "first", "had", "would", "will", "has", "was", "is", "often", "frequently",
];

/// Event nouns that can carry a time anchor.
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "summit", "visit", "talks", "meeting", "war", "launch", "report", "briefing", "election",
    "elections", "attack", "attacks", "bombing", "bombings", "crash", "trip", "journey",
    "negotiation", "negotiations", "conference", "speech", "interview", "vote", "referendum",
    "ceremony", "agreement", "deal", "treaty", "invasion", "strike", "strikes", "protest",
    "protests", "rally", "trial", "hearing", "ruling", "verdict", "sale", "sales",
    "earnings", "profit", "loss", "decline", "rise", "increase", "growth", "merger",
    "acquisition", "offer", "announcement", "statement", "crisis", "test", "tests",
    "exercise", "exercises", "drill", "drills", "explosion", "earthquake", "storm",
    "hurricane", "flood", "fire", "death", "deaths", "arrest", "release", "meeting",
    "session", "forum", "game", "match", "tournament", "festival", "celebration", "tour",
    "campaign", "operation", "raid", "shooting", "killing", "murder", "collapse", "outbreak",
    "quarter", "period", "season", "debate", "assault", "fighting", "battle", "conflict",
    "ceasefire", "truce", "withdrawal", "invasion", "occupation", "shutdown", "recession",
];

/// Auxiliaries and very common verbs recognized without morphology.
pub(crate) const COMMON_VERBS: &[&str] = &[
    "said", "says", "say", "told", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "made", "make", "makes", "met", "meet", "meets",
    "took", "take", "takes", "taken", "went", "go", "goes", "gone", "came", "come", "comes",
    "got", "get", "gets", "gave", "give", "gives", "given", "began", "begin", "begins",
    "begun", "left", "leave", "leaves", "held", "hold", "holds", "saw", "see", "sees",
    "seen", "became", "become", "becomes", "won", "win", "wins", "lost", "lose", "loses",
    "fell", "fall", "falls", "fallen", "rose", "rise", "rises", "risen", "sold", "sell",
    "sells", "bought", "buy", "buys", "paid", "pay", "pays", "brought", "bring", "brings",
    "kept", "keep", "keeps", "put", "puts", "set", "sets", "ran", "run", "runs", "spent",
    "spend", "found", "find", "finds", "thought", "think", "knew", "know", "known", "sent",
    "send", "built", "build", "struck", "strike", "fled", "flee", "flew", "fly", "killed",
    "kill", "hit", "hits", "led", "lead", "leads", "meant", "mean", "means", "showed",
    "shows", "shown", "grew", "grow", "grown", "cut", "cuts", "quit", "shut", "stood",
    "stand", "wrote", "write", "written", "spoke", "speak", "spoken", "chose", "choose",
    "chosen", "broke", "break", "broken", "drove", "drive", "driven", "began", "sought",
    "seek", "fought", "fight", "taught", "caught", "heard", "hear", "felt", "feel", "told",
    "tell", "returned", "visited", "launched", "arrived", "departed", "announced",
    "reported", "signed", "agreed", "attended", "skipped", "collapsed", "published",
    "expects", "expected", "plans", "planned", "happened", "happening", "continue",
    "continues", "continued", "fail", "failed", "died", "born", "elected", "resigned",
];
