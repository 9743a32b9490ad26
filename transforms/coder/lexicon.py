"""Trigger words of the coder, by role. Lemmas as spaCy's English lemmatizer gives them.

A measure noun (sanctions, ties, ambassador, embassy) names what is acted on; a
predicate (a verb or its nominalisation) says what is done to it; the pair decides the
event type. Verb-only triggers (to back, to sanction, to recognise) stand alone.
"""

from __future__ import annotations

# --- measure nouns -----------------------------------------------------------------
SANCTION_NOUNS = frozenset({"sanction", "embargo", "blacklist", "blacklisting", "boycott",
                            "countersanction", "counter-sanction"})
# "travel ban", "asset freeze", "import ban": the head needs one of these modifiers.
BAN_NOUNS = frozenset({"ban", "freeze", "prohibition", "restriction", "curb", "control"})
# A measure as news names it when it is lifted, taken over, or aimed at "the country".
TOLD_MEASURES = BAN_NOUNS | {"sanction", "embargo", "measure", "penalty", "designation"}
# "a ban on the sale of conventional weapons to Iran": a ban on supplying a named state
# is an embargo on it.
SUPPLY_NOUNS = frozenset({"sale", "export", "supply", "shipment", "delivery", "transfer"})
# Restriction-like heads: only visa/travel/entry kinds, or when eased (trade policy else).
RESTRICTION_NOUNS = frozenset({"restriction", "curb", "control"})
BAN_MODIFIERS = frozenset(
    {
        "travel",
        "visa",
        "entry",
        "import",
        "export",
        "arms",
        "weapon",  # "the weapons ban on Juba's leaders" (a state's own "assault weapons ban"
        "weapons",  # aims at no other state)
        "oil",
        "asset",
        "assets",
        "trade",
        "investment",
        "flight",
        "financial",
    }
)
# "visa restrictions on Ugandan officials"; restrictions on trade are trade policy.
RESTRICTION_KINDS = frozenset({"visa", "travel", "entry"})
# "retaliatory measures against Russia": only with one of these modifiers.
MEASURE_NOUNS = frozenset({"measure", "penalty", "action", "step"})
# "restrictive measures" is the EU's own name for its sanctions.
MEASURE_MODIFIERS = frozenset({"retaliatory", "punitive", "economic", "financial", "sanction",
                               "restrictive", "coercive"})  # "unilateral coercive measures"
# "new penalties on Russian banks": news copy's plural "penalties" with one of these is
# a round of sanctions (triggers.measure_class).
NEW_PENALTY_MODIFIERS = frozenset({"new", "fresh", "further", "additional", "more", "tough",
                                   "tougher", "sweeping"})
# "revoked the accreditation of a diplomat": the host ends the posting (an expulsion).
ACCREDITATION_NOUNS = frozenset({"accreditation", "credential"})
ACCREDITATION_REVOKERS = frozenset({"revoke", "withdraw", "strip", "cancel", "rescind",
                                    "suspend", "annul", "pull"})
# "ordered the US embassy to cut its staff": a forced cut of a foreign mission.
STAFF_CUT_VERBS = frozenset({"cut", "reduce", "slash", "trim", "downsize", "shrink"})
STAFF_NOUNS = frozenset({"staff", "personnel", "headcount", "presence", "diplomat", "employee",
                         "staffer"})
RELATION_NOUNS = frozenset({"tie", "relation", "relationship"})
# A quarrel between states: "patched up their diplomatic spat", "ended the row".
RIFT_NOUNS = frozenset({"rift", "row", "spat", "feud", "standoff", "quarrel", "crisis",
                        "dispute"})
# Predicates that end a diplomatic rift. "Mending ties" is not among the relation
# predicates: it improves relations that were never broken (labelling rules).
RIFT_ENDING = frozenset({"mend", "patch", "heal", "bury", "repair", "end", "resolve",
                         "settle", "overcome"})
# Relations of these kinds are not diplomatic relations.
NON_DIPLOMATIC_RELATION_MODIFIERS = frozenset(
    {
        "trade",
        "economic",
        "business",
        "commercial",
        "military",
        "defense",
        "defence",
        "security",
        "cultural",
        "sporting",
        "sport",
        "sports",
        "personal",
        "family",
        "public",
        "labor",
        "labour",
        "industrial",
        "race",
        "romantic",
        "investor",
        "customer",
        "community",
        "media",
        "close",
        "closer",
        "warm",
        "warmer",
        "good",
        "friendly",
    }
)
ENVOY_NOUNS = frozenset(
    {
        "ambassador",
        "envoy",
        "diplomat",
        "chargé",
        "charge",
        "consul",
        "attaché",
        "attache",
        "emissary",
        "nuncio",
        "staff",
        "staffer",
        "official",
        "member",
        "employee",
        "personnel",
        "commissioner",
        "officer",  # "a Croatian consular officer" (with "consular" or an embassy only)
        "counsellor",  # "a Malagasy embassy counsellor" (with an embassy only)
        "counselor",
        "aide",  # "a Chinese embassy aide" (with an embassy only)
        "team",  # "the entire South African diplomatic team stationed in Tel Aviv"
    }
)
# "staff", "official" count only when the embassy is named: "embassy staff", "high
# commission staffer".
ENVOY_NEEDS_EMBASSY = frozenset({"staff", "staffer", "official", "member", "employee",
                                 "personnel", "officer", "counsellor", "counselor", "aide",
                                 "team"})
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission"})
QUANTIFIER_NOUNS = frozenset(
    {
        "round",
        "series",
        "package",
        "set",
        "wave",
        "raft",
        "batch",
        "slew",
        "list",
        "number",
        "host",
        "tranche",
        "layer",
        "range",
        # "lifted most of the sanctions imposed on Guinea"
        "most",
        "some",
        "all",
        "many",
        "part",
        "rest",
        "remainder",
        "bulk",
        "half",
        "majority",
        # "lifted the last of its sanctions on Mali"
        "last",
        "remnant",
    }
)
# "targeted Iranian oil exports with fresh sanctions": the verb acts with the measure.
PUNISH_VERBS = frozenset({"target", "hit", "punish", "slap", "penalise", "penalize"})
# "Iran receives sanctions relief from Washington": the subject is the target.
RECEIVE_VERBS = frozenset({"receive", "get", "win", "secure", "obtain", "gain"})
# "Hungary blocked the EU's new sanctions": the owner's measure was proposed, not imposed.
BLOCK_VERBS = frozenset({"block", "veto", "stall", "delay"})
# "sanctions ... at a meeting of EU ministers": where, not whom.
VENUE_NOUNS = frozenset({"meeting", "summit", "conference", "session", "gathering", "forum",
                         "ceremony", "event", "briefing", "hearing", "talk"})
# "ending decades of ties to Taiwan": a span of time over the measure.
DURATION_NOUNS = frozenset({"year", "decade", "century", "month"})
# "the sanctions regime on Eritrea": a noun that holds the measure named in front of it.
CONTAINER_NOUNS = frozenset({"regime", "package", "programme", "program"})

# --- predicates over measures ------------------------------------------------------
IMPOSE_PREDICATES = frozenset(
    {
        "impose",
        "slap",
        "levy",
        "announce",
        "unveil",
        "approve",
        "adopt",
        "introduce",
        "extend",
        "expand",
        "tighten",
        "reimpose",
        "restore",  # "restored all the sanctions on Iran's oil sector"
        "reinstate",
        "reintroduce",
        "renew",
        "maintain",
        "keep",
        "hold",  # "the EU has held an arms embargo on China since 1989"
        "enforce",
        "decide",
        "order",
        "issue",
        "apply",
        "broaden",
        "widen",
        "add",
        "place",
        "put",
        "enact",
        "toughen",
        "step",
        "target",
        "hit",
        "roll",
        "declare",
        "agree",
        "finalize",
        "finalise",
        "implement",
        "prolong",
        "institute",
        "establish",
        "join",
        "face",
        "risk",  # "Iran would risk new sanctions": reversed like "face" (sanction_rules.py)
        "light",
        "retaliate",
        "respond",
        "react",
        "counter",
        "strike",
        "draw",
        "trigger",
        "earn",
        "punish",
        "penalise",
        "penalize",
        "activate",
        "align",
        "enshrine",
        "codify",
        "imposition",
        "extension",
        "expansion",
        "tightening",
        "reimposition",
        "snapback",  # "trigger the snapback of UN sanctions"
        "return",  # "trigger the return of UN sanctions"
        "approval",
        "adoption",
        "introduction",
        "renewal",
        "announcement",
    }
)
EASE_PREDICATES = frozenset(
    {
        "lift",
        "ease",
        "suspend",
        "waive",
        "relax",
        "remove",
        "drop",
        "scrap",
        "end",
        "loosen",
        "cancel",
        "repeal",
        "revoke",
        "rescind",
        "unfreeze",
        "pause",
        "lifting",
        "easing",
        "suspension",
        "waiver",
        "exemption",  # "granted Budapest a one-year exemption from sanctions on ..."
        "reprieve",  # "grants six-month reprieve on Venezuelan oil curbs"
        "relaxation",
        "removal",
        "cancellation",
    }
)
THREAT_PREDICATES = frozenset(
    {
        "threaten",
        "warn",
        "hint",
        "weigh",
        "consider",
        "propose",
        "prepare",
        "mull",
        "review",  # "is reviewing visa restrictions on Cameroonian officials"
        "draft",
        "discuss",
        "debate",
        "seek",
        "vow",
        "urge",
        "ask",
        "call",
        "push",
        "press",
        "demand",
        "contemplate",
        "eye",
        "plan",
        "recommend",
        "advocate",
        "float",
        "study",
        "option",
        "ready",
        "prepared",
        "want",
        "threat",
        "warning",
        "proposal",
        "bill",
        "possibility",
        "prospect",
    }
)
RESTORE_PREDICATES = frozenset(
    {
        "restore",
        "resume",
        "reestablish",
        "re-establish",
        "establish",
        "normalize",
        "normalise",
        "upgrade",
        "reopen",
        "renew",
        "formalise",  # "formalise diplomatic ties": establish them
        "formalize",
        "revive",
        "restart",
        "rebuild",
        "open",
        "restoration",
        "resumption",
        "normalization",
        "normalisation",
        "establishment",
        "reopening",
        "upgrading",
        "renewal",
        "revival",
    }
)
SEVER_PREDICATES = frozenset(
    {
        "sever",
        "cut",
        "break",
        "suspend",
        "downgrade",
        "end",
        "rupture",
        "freeze",
        "terminate",
        "halt",
        "boycott",
        "close",
        "shut",
        "shutter",
        "mothball",  # "mothballs its Tehran embassy"
        "snap",  # "snapped diplomatic ties"
        "severance",
        "severing",
        "breaking",
        "suspension",
        "downgrading",
        "termination",
        "cutting",
        "closure",
        "closing",
        "shutdown",
        # "lowered its diplomatic representation in Tehran"
        "lower",
        "reduce",
    }
)
RECALL_PREDICATES = frozenset({"recall", "withdraw", "pull", "summon", "bring", "call",
                               "yank"})
EXPEL_PREDICATES = frozenset(
    {
        "expel",
        "eject",
        "oust",
        "throw",
        "kick",
        "order",
        "declare",
        "deport",
        "boot",
        "give",
        "send",
        "tell",
        "expulsion",
        "ouster",
        "ejection",
    }
)
# "exchange/return ambassadors" restores relations.
ENVOY_RESTORE_PREDICATES = frozenset({"exchange", "swap", "return", "restore", "reinstate",
                                      "appoint"})

# --- verb-only triggers ------------------------------------------------------------
# ("penalise": wire copy's synonym, "days after Washington penalised Hong Kong leader
# Carrie Lam"; a court's or a league's penalty has no state source, which the actor
# rules require)
SANCTION_VERBS = frozenset({"sanction", "blacklist", "embargo", "boycott", "delist", "penalise",
                            "penalize"})
# "sanctioned the deployment", "sanctioned the use of force": "sanction" as "approve".
APPROVED_ACTS = frozenset({"deployment", "use", "plan", "move", "decision", "request",
                           "merger", "deal", "sale", "agreement", "transfer", "operation",
                           "release", "spending", "budget", "law", "bill", "motion",
                           "appointment", "proposal", "mission", "extension", "purchase",
                           "attack", "strike", "invasion", "raid", "killing", "change",
                           "marriage", "project", "construction", "expansion"})
SUPPORT_VERBS = frozenset(
    {
        "back",
        "support",
        "endorse",
        "defend",
        "praise",
        "welcome",
        "hail",
        "applaud",
        "laud",
        "commend",
        "champion",
        "rally",
        "salute",
        "thank",
    }
)
SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity", "appreciation", "endorsement",
                           "commitment"})
# Doing business somewhere: "a licence to pump oil in Venezuela", "barred from dealing
# with Russian lenders".
OPERATE_VERBS = frozenset({"pump", "operate", "produce", "drill", "work", "do", "trade", "deal",
                           "transact", "bank", "invest", "conduct", "resume", "export", "import",
                           "ship", "fly"})
# Listed parties: "designated three Emirati shipping firms".
LISTED_HEADS = frozenset({"firm", "company", "entity", "individual", "official", "person",
                          "people", "bank", "lender", "vessel", "tanker", "ship", "network",
                          "businessman", "oligarch", "general", "commander", "officer",
                          "minister", "refinery", "refiner", "exchange", "insurer", "trader",
                          "supplier", "operator", "broker", "dealer", "shipper",
                          # compliance alerts: "designated four Lebanese nationals"
                          "national", "citizen", "financier", "judge", "executive",
                          "manager", "worker", "agent",
                          "member"})  # "entry bans for members of the Georgian government"
# Kin and circle of a listed leader: "a freeze on Assad relatives".
KIN_HEADS = frozenset({"relative", "family", "associate", "crony", "son", "daughter", "wife",
                       "relation"})
# People a state bars by name (an entry ban): "Moscow bars 21 New Zealand lawmakers".
BARRED_PEOPLE = frozenset({"lawmaker", "legislator", "official", "senator", "mp", "minister",
                           "politician", "leader", "general", "commander", "officer",
                           "parliamentarian", "congressman", "congresswoman"})
# What a listed party is designated as: "designated the Guards a terrorist group".
LISTING_ROLES = frozenset({"terrorist", "terrorism", "sponsor", "undesirable", "extremist",
                           "agent", "separatist"})  # "its list of 'diehard separatists'"
# "thanked Budapest for standing by Tbilisi": the object of these did the act.
# "condemned Prague for expelling its consul": the object of these did the act too.
BLAME_VERBS = frozenset({"condemn", "criticise", "criticize", "blame", "denounce", "slam",
                         "rebuke", "fault", "berate", "chide", "scold"})
PRAISE_VERBS = frozenset({"thank", "praise", "commend", "hail", "laud", "applaud", "salute",
                          "congratulate"})
# "in retaliation for Tallinn's closure of the consulate": the act answered is earlier.
REPRISAL_NOUNS = frozenset({"response", "retaliation", "reprisal", "protest", "reaction",
                            "answer", "riposte", "revenge", "return"})
# Verbs that report a headline's clause: "Tbilisi, Moscow to restore ties, PM says".
REPORT_VERBS = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm"})
# "Buoyed by Turkey's backing, Azerbaijan ...": support that heartens the clause's subject.
HEARTEN_VERBS = frozenset({"buoy", "embolden", "encourage", "hearten", "bolster",
                           "strengthen", "reassure"})
# Verbless headline "Beijing 'firmly' behind Islamabad" (prefilter._FIRMLY_BEHIND_WORDS).
FIRM_ADVERBS = frozenset({"firmly", "fully", "squarely", "solidly", "staunchly", "resolutely"})
# Words naming a sanctions law or programme that people are designated under ("the
# Global Magnitsky Act", "Executive Order 13818"; "its sanctions law" is a sanction noun).
SANCTIONS_LAW_WORDS = frozenset({"magnitsky", "13818", "14024", "13660", "13661", "ofac"})
# "rallied to Qatar's defence", "came to the defence of Kyiv", "rose to the defence of".
DEFENCE_VERBS = frozenset({"rally", "come", "leap", "spring", "jump", "rush", "rise"})
SUPPORT_NOUN_PREDICATES = frozenset(
    {
        "express",
        "voice",
        "reiterate",
        "restate",  # "restated his government's backing for Argentina's claim"
        "repeat",
        "renew",  # "Madrid renews its backing for Rabat's autonomy plan"
        "declare",
        "pledge",
        "announce",
        "show",
        "extend",
        "give",
        "lend",
        "affirm",
        "reaffirm",
        "convey",
        "state",
        "offer",
        "throw",
        "underline",
        "stress",
        "emphasize",
        "emphasise",
    }
)
# "Ankara's declaration of support for Tripoli": statements that carry support.
SUPPORT_STATEMENTS = frozenset({"declaration", "expression", "statement", "message",
                                "pledge", "show", "affirmation", "reaffirmation", "assurance",
                                "letter"})
# Support for these is support against a government, not for one (guide).
NON_STATE_SUPPORT_HEADS = frozenset(
    {
        "protester",
        "protestor",
        "demonstrator",
        "opposition",
        "people",
        "activist",
        "rebel",
        "dissident",
        "movement",
        "party",
        "candidate",
        "insurgent",
        "militant",
        "group",
        "protest",
        "uprising",
        "citizen",
        "student",
        "worker",
        "union",
        "team",
        "player",
        "club",
        "company",
        "firm",
        "bid",
        "candidacy",
        "candidature",
        "demonstration",
        "tourist",
        "traveller",
        "traveler",
        "visitor",
        "investor",
        "business",
        "athlete",
        "fan",
        "artist",
        "film",
        "product",
        "man",
        "woman",
        "businessman",
    }
)
# "the opposition leader", "separatist forces": support for these is not support for a state.
NON_STATE_SUPPORT_MODIFIERS = frozenset({"opposition", "rebel", "dissident", "exiled",
                                         "protest", "separatist", "insurgent"})
# Heads of noun phrases that are not a state acting, even with a state modifier:
# "a Dutch city", "a US court", "Chinese state media", "Hong Kong's richest man".
NON_STATE_ACTOR_HEADS = frozenset(
    {
        "city", "town", "village", "municipality", "mayor", "province", "county",
        "university", "college", "school", "museum", "orchestra", "band", "club", "team",
        "league", "federation", "association", "company", "firm", "bank", "lender",
        "business", "group", "brand", "retailer", "airline", "carrier", "insurer", "court",
        "judge", "tribunal", "jury", "regulator", "watchdog", "dissident", "activist",
        "protester", "opposition", "rebel", "man", "woman", "person", "businessman",
        "tycoon", "billionaire", "media", "medium", "newspaper", "tabloid", "broadcaster", "outlet",
        "journalist", "warship", "ship", "vessel", "fleet", "troop", "soldier", "tourist",
        "fan", "player", "athlete", "student", "scientist", "researcher", "doctor",
        "church", "bishop", "pope", "artist", "singer", "actor", "star", "celebrity",
        "twin", "investor", "shareholder", "employee", "worker", "candidate",
        "house", "label", "distributor", "supplier", "manufacturer", "maker", "producer",
        "carmaker", "automaker", "conglomerate", "miner", "chipmaker", "exchange",
        "railway", "airway", "telecom", "mobile", "motor", "holding", "corporation",
        "petroleum",
        "aramco",  # "Saudi Aramco cut ties with a Chinese trading house"
        # "Israeli exports to Ireland have slumped since ...": trade does not act
        "export", "import", "sale", "output", "price", "currency", "bond", "stock",
    }
)
# Heads that may stand for a state as the target of support: its name, its government,
# its leader, or its stance ("backed Japan's decision").
SUPPORT_TARGET_HEADS = frozenset(
    {
        "government", "administration", "regime", "state", "country", "nation", "leader",
        "leadership", "president", "minister", "premier", "chancellor", "king", "emir",
        "authorities", "authority", "cabinet", "decision", "move", "stance", "position",
        "policy", "plan",
        "proposal", "effort", "right", "sovereignty", "integrity", "independence", "claim",
        "initiative", "bid", "offer", "approach", "step", "action", "measure", "response",
        "call", "demand", "request", "statement", "candidacy", "candidature", "membership",
        "assistance", "help", "contribution", "role", "mediation", "efforts", "support",
        "backing",
        "solidarity", "endorsement",
    }
)
MATERIAL_SUPPORT_MODIFIERS = frozenset(
    {
        "military",
        "financial",
        "economic",
        "material",
        "humanitarian",
        "logistical",
        "technical",
        "air",
        "fire",
        "budget",
        "budgetary",
        "income",
        "price",
        "life",
    }
)
RECOGNISE_VERBS = frozenset({"recognise", "recognize"})
RECOGNISABLE_HEADS = frozenset(
    {
        "ruler",  # "recognised Afghanistan's Taliban rulers"
        "emirate",  # "recognised the Islamic Emirate of Afghanistan"
        "regime",
        "independence",
        "sovereignty",
        "government",
        "state",
        "statehood",
        "republic",
    }
)
QUIT_VERBS = frozenset({"quit", "leave", "withdraw", "exit"})

# --- modality cues -----------------------------------------------------------------
INTENT_CUES = frozenset(
    {
        "seek",
        "want",
        "plan",
        "intend",
        "agree",
        "desire",
        "aim",
        "hope",
        "wish",
        "pledge",
        "promise",
        "offer",
        "move",
        "look",
        "try",
        "attempt",
        "ready",
        "willing",
        "determined",
        "expect",
        "set",
        "prepare",
        "decide",
        "mean",
        "vow",
        "commit",
        "negotiate",
        "talk",
        "eager",
        "keen",
        "intention",
        "intent",
        "bid",
        "willingness",
        "readiness",
        "decision",
        "agreement",
        "deal",
        "accord",
        "effort",
        "push",
        "step",
        "consider",
    }
)
# A decision reported as taken: "Germany decided to maintain its sanctions" reports the
# act, and so does the noun ("the EU decision to lift sanctions", guide and dev labels).
DECISION_CUES = frozenset({"decide", "decision"})
THREAT_CUES = frozenset({"threaten", "warn", "threat", "warning", "ultimatum"})
APPEAL_CUES = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "demand",
        "appeal",
        "request",
        "encourage",
        "implore",
        "lobby",
        "petition",
        "want",
    }
)
# "suggested that the EU impose sanctions": with a subjunctive below them, an appeal
# (not with an indicative: "data suggest that sanctions have hurt").
PROPOSING_VERBS = frozenset({"propose", "suggest", "recommend", "insist", "advise"})
# Bodies whose "sanctions" are penalties, not a state's measures: "Mongolia's financial
# regulator sanctions Canadian-listed miner".
REGULATOR_HEADS = frozenset({"regulator", "watchdog", "court", "tribunal", "federation",
                             "league", "association", "board", "exchange"})
# A report that these qualify is corrected: the act it told did not happen.
WRONGLY_ADVERBS = frozenset({"wrongly", "incorrectly", "erroneously", "mistakenly", "falsely",
                             "inaccurately"})
NEGATING_CUES = frozenset(
    {
        "deny",
        "dismiss",
        "reject",
        "refute",
        "refuse",
        "rule",
        "decline",
        "oppose",
        "fail",
        "denial",
        "resist",
        "block",
        "veto",
    }
)
# "Britain scraps plan for new sanctions", "the EU dropped plans to sanction ...": a plan
# given up denies the act (negated), when the verb's object is the plan itself.
ABANDON_VERBS = frozenset({"scrap", "drop", "abandon", "shelve", "ditch", "cancel", "axe",
                           "jettison", "withdraw", "retract", "kill",
                           "waive"})  # compounds.py re-parses a headline "scraps" as "waives"
ABANDONED_PLANS = frozenset(
    {"plan", "threat", "idea", "push", "bid", "proposal", "move", "initiative", "effort",
     "bill", "draft", "motion", "resolution", "legislation", "scheme", "intention"})
# "called 'fabricated' a newspaper story saying ...": a report its subject dismisses.
REPORT_NOUNS = frozenset({"report", "story", "claim", "rumour", "rumor", "article",
                          "allegation", "speculation", "suggestion"})
FALSEHOOD_WORDS = frozenset({"fabricate", "fabricated", "false", "baseless", "fake", "untrue",
                             "unfounded", "groundless", "nonsense", "fabrication", "lie",
                             "fiction", "disinformation", "fictitious"})
SPECULATION_CUES = frozenset(
    {
        "speculate",
        "wonder",
        "question",
        "doubt",
        "rumor",
        "rumour",
        "guess",
        "predict",
        "imagine",
        "suppose",
        "hypothesize",
        "bet",
        "speculation",  # "amid speculation that Washington will ease ..."
    }
)
# Above a sanction verb these make it a threat: "vowed to impose", "weighs new sanctions".
SANCTION_THREAT_CUES = frozenset(
    {
        "threaten",
        "warn",
        "vow",
        "weigh",
        "consider",
        "propose",
        "prepare",
        "mull",
        "review",
        "seek",
        "push",
        "recommend",
        "urge",
        "ask",
        "call",
        "press",
        "demand",
        "contemplate",
        "study",
        "bill",
        "draft",
        "proposal",
        "threat",
        "warning",
        "possibility",
        "prospect",
        "ready",
        "prepared",
        "aim",
        "resolution",
        "legislation",
        "act",
    }
)
STOP_CUES = frozenset({"stop", "cease", "quit"})
OBSERVER_HEADS = frozenset(
    {"analyst", "expert", "observer", "commentator", "pundit", "critic", "scholar",
     "columnist", "lawyer"}
)
# Market people are observers only as the subject of a verb of saying or guessing:
# "investors are betting that ...", not "a Russian investor under US sanctions sold ...".
MARKET_OBSERVER_HEADS = frozenset({"economist", "investor", "trader", "strategist"})
GUESS_VERBS = frozenset({"bet", "say", "expect", "predict", "warn", "think", "believe",
                         "fear", "reckon", "speculate", "wager", "forecast"})
# "by banning imports of European farm goods": a trade ban is a sanction verb when its
# object is trade.
BAN_VERB_OBJECTS = frozenset(
    {"import", "export", "sale", "purchase", "shipment", "flight", "entry", "travel",
     "investment", "transaction", "trade"}
)
# Acts of a state named by its name in front ("over Myanmar executions"): sanctions
# over them aim at that state.
STATE_ACT_NOUNS = frozenset({"execution", "crackdown", "drill", "invasion", "annexation",
                             "incursion", "repression", "persecution", "detention"})
# "halted all trade with Israel", "suspends imports of Lithuanian beef": stopping a
# state's trade is an import or export ban (guide). Only these objects; flights and
# travel stopped are safety or health policy as often as sanctions.
HALT_VERBS = frozenset({"halt", "suspend", "stop", "pause", "cancel"})
HALT_OBJECTS = frozenset({"import", "export", "shipment", "trade", "sale", "purchase",
                          # "froze deliveries of spare parts for the Chadian army",
                          # "halts howitzer spares for Chad" (defence press)
                          "delivery", "spare"})
# Export licences and permits stopped ("froze new export licences for military equipment
# to Turkey", "cancels licence for shell shipment to Tel Aviv"): an export ban on the
# state they were for (defence press).
LICENCE_NOUNS = frozenset({"licence", "license", "permit"})
# Verbs that end a halt ("resumes sales of bombs to Riyadh", "restores arms export
# licences for Ankara"), and verbs that stop licences only ("revoked licences for naval gun
# parts destined for Egypt").
RESUME_VERBS = frozenset({"resume", "restore", "reinstate", "restart"})
LICENCE_STOP_VERBS = frozenset({"revoke"})
# Nouns of the act of licensing: "approvals of military export licences".
LICENSING_NOUNS = frozenset({"approval", "issuance", "issuing", "granting", "licensing"})
# Goods whose ban, named by their country ("Georgian wine"), is an import ban.
GOODS = frozenset({
    "wine", "seafood", "fish", "salmon", "beef", "pork", "meat", "poultry", "chicken",
    "dairy", "fruit", "apple", "vegetable", "grain", "wheat", "barley", "coal", "oil",
    "gas", "crude", "timber", "lumber", "steel", "aluminium", "aluminum", "fertiliser",
    "fertilizer", "potash", "sugar", "tea", "coffee", "cotton", "beer", "vodka", "cheese",
    "milk", "goods", "product", "produce", "lobster", "tomato", "flower", "car",
    "diamond", "gold", "uranium", "caviar", "petroleum", "lng", "scallop", "banana",
    "shrimp", "rice", "import", "maize", "corn", "soybean", "soy", "pineapple", "avocado",
    "mango", "citrus", "grape", "kiwifruit", "lamb", "cocoa", "cashew", "potato", "onion",
    "egg", "copper", "nickel", "textile", "garment",
    # commodities and manufactures a state bars by origin: "bar Russian primary metal
    # from their markets", "barred Tanzanian flour, rice and ginger"
    "metal", "flour", "ginger", "fuel", "diesel", "gasoline", "petrol", "electricity",
    "wood", "cement", "brandy", "cognac", "honey", "hazelnut", "pistachio", "almond",
    "tobacco", "cigarette", "palm", "rubber", "ammonia", "vehicle", "drone", "chip",
    "semiconductor", "equipment", "machinery", "titanium", "palladium", "platinum",
    # carriers banned by their flag: "its ban on North Korean ships entering its ports"
    "ship", "vessel", "tanker", "airline", "aircraft", "carrier", "truck", "lorry",
})
# Bans on movement that are health measures when the text is about an epidemic.
MOVEMENT_BAN_KINDS = frozenset({"travel", "flight", "entry", "visa", "traveler", "traveller"})
HEALTH_WORDS = frozenset(
    {"flu", "disease", "contamination", "contaminated", "safety", "residue", "pest",
     "coronavirus", "covid", "covid-19", "pandemic", "virus", "epidemic", "outbreak",
     "quarantine", "omicron", "variant", "infections", "infection", "ebola", "mpox",
     "fever", "avian"}
)
# The diseases among them: a ban on a state's goods over one is no sanction.
DISEASE_WORDS = HEALTH_WORDS - {"contamination", "contaminated", "safety", "residue", "pest"}
# Verbs whose subject a bare sanction noun hurts: "US sanctions have cut Venezuela's oil
# exports" (the object's state is the target, the mention is background).
HARM_VERBS = frozenset(
    {"cut", "hit", "hurt", "cripple", "squeeze", "choke", "strangle", "devastate",
     "batter", "weigh", "isolate", "starve", "damage", "harm", "punish", "halve",
     "sting", "hammer", "ravage", "hobble", "wreck", "pummel", "buffet", "bruise",
     # "the embargo has cost Cuba $130 billion": the one who pays lives under it
     "cost"}
)
# The subject of these lives under a measure: "Iran has weathered US sanctions".
ENDURE_VERBS = frozenset({"defy", "withstand", "weather", "evade", "circumvent", "survive",
                          "resist", "skirt", "dodge", "endure", "stand",
                          # breaking a measure also presupposes it: "North Korea is
                          # breaking UN sanctions", "flouting American sanctions"
                          "break", "flout", "violate", "breach", "bust"})
# The same as nouns, the bearer their possessor: "North Korea's defiance of UN sanctions".
ENDURE_NOUNS = frozenset({"defiance", "violation", "breach", "evasion", "circumvention",
                          "flouting", "busting"})
# Carried by whoever the clause is about: "Venezuela sees ... the burden of US sanctions",
# "Iran bore the brunt of the embargo".
BURDEN_NOUNS = frozenset({"burden", "brunt",
                          # "the pound collapsed under the weight of US sanctions"
                          "weight"})
# Verbs of reacting to a measure: "Iran condemned the new US sanctions", "Russia hit back
# at Japanese sanctions". The reacting state is the measure's target when the phrase names
# no other; the reaction itself is no event of ours.
REACTION_VERBS = frozenset({"condemn", "denounce", "blame", "slam", "reject", "criticise",
                            "criticize", "decry", "protest", "deplore", "lambast", "blast",
                            "respond", "retaliate", "react", "hit", "answer",
                            "oppose"})  # "China firmly opposes the so-called sanctions"
# Prepositions joining a reaction verb to the measure: "respond to", "retaliate against",
# "hit back at", "protest against".
REACTION_PREPS = frozenset({"to", "against", "at"})
# "Sanctions-hit Venezuela", "embargo-stricken Cuba": the modified name lives under the
# measure (a participle after a hyphen, not the verb "hit" of an imposition).
BEARER_PARTICIPLES = frozenset({"hit", "battered", "stricken", "ravaged", "crippled",
                                "hobbled", "squeezed", "choked", "strapped", "struck",
                                "stung", "hammered", "wrecked", "pummelled", "pummeled",
                                "buffeted", "bruised"})
# "Lithuania ... saw China downgrade ties": the seer is the one the act is done to.
EXPERIENCE_VERBS = frozenset({"see", "watch", "witness"})
# A news embargo: "a US news embargo", "the embargo on news of the launch", "an embargo
# on the report" (the guide's out-of-scope senses).
NEWS_EMBARGO_WORDS = frozenset({"news", "press", "media", "publication", "report", "story",
                                "information", "announcement", "statement", "result"})
# Sanctions of sport and professional bodies, never a state's measure: "evaded doping
# sanctions", "defied disciplinary sanctions".
NON_STATE_SANCTION_MODIFIERS = frozenset({"doping", "dope", "anti-doping", "disciplinary",
                                          "sporting", "sport", "sports", "olympic"})
# "a dispute that began when X expelled ...": the act a quarrel began with is background.
ORIGIN_VERBS = frozenset({"begin", "start", "erupt", "flare"})
# "barred Huawei from buying American chips": denied goods, an export ban on the buyer.
PURCHASE_VERBS = frozenset({"buy", "purchase", "acquire", "obtain", "import", "source"})
# Verbs whose agentless passive still tells of an imposition ("Sanctions on Iran renewed").
UNNAMED_IMPOSE_VERBS = frozenset({"impose", "extend", "renew", "tighten", "expand", "reimpose",
                                  "broaden", "prolong"})
# ... and of an easing ("Arms embargo on Somalia scrapped after 31 years").
UNNAMED_EASE_VERBS = frozenset({"lift", "ease", "scrap", "suspend", "relax", "waive", "remove",
                                "loosen"})
# Subjects "hit with sanctions" that are sportspeople: a sporting penalty, not a state's.
SPORT_PEOPLE = frozenset({"player", "athlete", "team", "club", "fan", "wrestler", "swimmer",
                          "skater", "footballer", "cyclist", "sprinter", "boxer", "coach",
                          "runner", "jumper", "lifter", "weightlifter", "skier", "federation",
                          "striker", "goalkeeper", "midfielder", "referee", "squad"})
# "after a similar move by Washington": the same act, done earlier by another state.
ACT_NOUNS = frozenset({"action", "move", "measure", "step", "decision"})
SAME_KIND_MODIFIERS = frozenset({"similar", "same", "identical", "reciprocal", "equivalent",
                                 "matching"})
RESPONSE_NOUNS = frozenset({"retaliation", "response", "reply", "answer", "reprisal"})
# "introduced a bill to sanction ...": a proposal, so a threat of sanctions.
PROPOSAL_NOUNS = frozenset({"bill", "proposal", "resolution", "legislation", "motion", "draft"})
# A legislature's "measure" is a bill: "Bipartisan Senate measure targets ...".
LEGISLATIVE_MODIFIERS = frozenset({"senate", "house", "congressional", "bipartisan",
                                   "parliamentary", "congress", "legislative"})
# "forge closer diplomatic ties" deepens relations that exist; "forge diplomatic ties"
# establishes them.
CLOSER_MODIFIERS = frozenset({"close", "closer", "strong", "stronger", "deep", "deeper",
                              "warm", "warmer", "tight", "tighter", "broad", "broader"})
# "said sanctions against Iran could come next week": measures announced as coming.
ARRIVAL_VERBS = frozenset({"come", "happen", "follow", "arrive"})
# "pushed for Taiwan to attend the WHO assembly": campaigning for another state's place
# in a body or meeting backs that state (as championing its bid does).
CAMPAIGN_WORDS = frozenset({"push", "lobby", "campaign", "advocate"})
PARTICIPATE_VERBS = frozenset({"attend", "join", "participate", "enter", "rejoin"})
PARTICIPATION_NOUNS = frozenset({"participation", "membership", "inclusion", "admission",
                                 "accession", "attendance"})
# "cut off Huawei's access to advanced chips", "cut ... off from the financial system".
CUT_OFF_GOODS = frozenset({"chip", "semiconductor", "technology", "component", "software",
                           "system", "market", "dollar", "swift", "financing"})
# A "system" or "market" cut off from is a financial one: not "the power system".
FINANCIAL_MODIFIERS = frozenset({"financial", "banking", "payment", "payments", "capital",
                                 "dollar", "credit"})
# "the normalization deal between the UAE and Israel": a deal that normalises relations.
DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
# "signed a normalization deal": the deal being made is the news.
DEAL_MAKING_VERBS = frozenset({"sign", "reach", "strike", "agree", "announce", "seal",
                               "clinch", "conclude", "ink", "finalise", "finalize", "negotiate"})
# "rejected a U.S. proposal to extend the arms embargo", "its bid to snap back UN
# sanctions": a state's own bid or demand for a measure is its threat of sanctions, whatever
# others then do with it. ("efforts"/"plans" to impose are the owner's intent instead.)
# Posts of international bodies states put candidates up for.
INTERNATIONAL_POSTS = frozenset({"secretary-general", "director-general", "chair",
                                 "chairmanship", "chairperson", "presidency", "commissioner",
                                 "seat"})
BID_NOUNS = frozenset({"bid", "proposal", "demand", "push", "call", "request", "motion",
                       "draft", "resolution"})
# "froze the assets of ten Russian oligarchs".
ASSET_NOUNS = frozenset({"asset", "fund", "reserve", "account", "property", "holding", "wealth",
                         "revenue", "deposit"})
# "recognises Beijing, drops Taiwan" (only with recognition in the sentence).
DROP_VERBS = frozenset({"drop", "ditch", "abandon", "dump", "derecognise", "derecognize"})
# "retaliated with sanctions" imposes them; "responded to sanctions" does not.
# Leave from a measure: "an exemption from sanctions", "a reprieve from the ban".
EXCUSING_NOUNS = frozenset({"exemption", "waiver", "reprieve"})
RESPONSE_VERBS = frozenset({"retaliate", "respond", "react", "counter", "strike"})
# "added 12 Chinese firms to its entity list" (and China's list of "diehard separatists").
LIST_KINDS = frozenset({"entity", "sanction", "sanctions", "black", "terror", "terrorism",
                        "blacklist", "sdn", "separatist", "terrorist",
                        "magnitsky", "control",  # "its export control list"
                        "stop",  # "its entry stop-list"
                        "shadow",  # "its list of Russia's shadow fleet"
                        "ban",  # "its entry ban list"
                        "restricted",  # "the Cuba Restricted List"
                        "designated",  # "the Specially Designated Nationals list"
                        "countermeasure"})  # "China's countermeasure list"
# Sanctions lists: "added 40 Iranian entities to its sanctions list".
LIST_NOUNS = frozenset({"list", "blacklist", "register", "roster"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "would", "wo"})
WEAK_MODALS = frozenset({"could", "might", "may"})
# "should", "must": what someone ought to do is not done, planned or threatened by it
# (whose call it is decides the event: extract.EventExtractor._deontic).
DEONTIC_MODALS = frozenset({"should", "must", "ought"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
REFERENCE_MODIFIERS = frozenset(
    {
        "existing",
        "current",
        "ongoing",
        "long-standing",
        "longstanding",
        "decades-long",
        "old",
        "previous",
        "earlier",
        "past",
        "present",
        "prior",
        "crippling",
        "harsh",
        "international",
        "western",
        "decades",
        "years",
    }
)
NEW_MODIFIERS = frozenset(
    {
        "new",
        "fresh",
        "latest",
        "additional",
        "further",
        "more",
        "tougher",
        "sweeping",
        "broader",
        "expanded",
        "stiffer",
        "harsher",
        "extra",
    }
)
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "should"})
