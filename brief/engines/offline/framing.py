"""The publisher's own framing: the loaded-language cue rules and the word lists they run on.

Words that judge rather than describe ("blatant", "provocateur", "tore into"), asides that show
the writer's view ("to put it mildly"), labels ("Opinion:") and a brochure's adjectives. Only the
publisher's own voice counts: ``caveats`` skips quotations and reported speech.
"""

from __future__ import annotations

# (type, pattern) as in ``cues.CUE_RULES``, which takes these in as its loaded-language rules.
LOADED_RULES: list[tuple[str, str]] = [
    ("loaded_language", r"^(?:opinion|analysis|news analysis|comment|editorial|commentary|perspective|viewpoint|op-ed|"
                        r"column)\s*[:|—–]"),
    ("loaded_language", r"\b(?:scandal|gaffe|crisis|corruption|controversy)-(?:plagued|ridden|hit|prone|tainted|mired)\b|"
                        r"\bembattled\b|\bdisgraced\b"),
    ("loaded_language", r"\b(?:score|rating|verdict|rated)\s*:?\s*\d(?:\.\d)? out of (?:5|10|five|ten)\b|"
                        r"\b\d(?:\.\d)? out of (?:5|five) stars\b"),
    # A publisher's disclaimer marks an opinion column; its "do not (reflect ours)" is no part of the cue.
    ("loaded_language", r"\b(?:the )?views (?:and opinions )?expressed(?: in (?:this|the) (?:article|piece|column))?"
                        r"(?= (?:are|do not|don't)\b)"),
    ("loaded_language", r"\b(?:seems?|seemed|appears?|appeared) (?:to be )?(?:intent|hell-bent|bent|determined|"
                        r"desperate|eager) (?:on|to)\b|\b(?:pour|add)(?:s|ed|ing)? fuel (?:on|to) the (?:fire|flames)\b|"
                        r"\bfan(?:s|ned|ning)? the flames\b|\b(?:far|much|way) too (?:little|late|much|few|slow|long)\b|"
                        r"\bkiller (?:disease|virus|bug|flu|storm|heatwave|drug|infection)\b|\bmedieval (?:disease|"
                        r"plague|practices?|punishments?|conditions|attitudes|laws?|torture|tactics)\b|"
                        r"\b(?:hardly|scarcely|not) surprising\b|\bunsurprisingly\b|\bnail in the coffin\b|"
                        r"\bspeaks? volumes\b|\b(?:good|bad|great|grim|terrible) news for\b"),
    # The publisher's disbelief in a claim: "claimed implausibly", "conveniently insisted".
    ("loaded_language", r"\b(?:claimed|claims|insisted|insists|asserted|asserts|argued|argues|maintained|maintains)\s+"
                        r"(?:implausibly|dubiously|unconvincingly|disingenuously|conveniently|baselessly)\b|"
                        r"\b(?:implausibly|dubiously|unconvincingly|disingenuously|conveniently|baselessly) (?:claimed|"
                        r"claims|insisted|insists|asserted|asserts|argued|argues|maintained|maintains)\b|"
                        r"\b(?:loose(?:ness)?|fast and loose|cavalier|careless) with the (?:facts|truth)\b"),
    # The publisher's own hyperbole about a side or a substance: "planet-cooking", "doing its best to stop them".
    ("loaded_language", r"\b(?:planet|earth|climate|world|job|soul|economy)-(?:cooking|wrecking|killing|frying|crushing|"
                        r"destroying|scorching)\b|\b(?:belch(?:ed|es|ing)?|spew(?:ed|s|ing)?)\b|\bout-and-out\b|"
                        r"\bdoing (?:its|his|her|their) (?:level |very )?(?:best|"
                        r"utmost|damnedest) to (?:stop|block|undermine|thwart|kill|sabotage|derail|gut|dismantle|"
                        r"obstruct|prevent)(?: (?:it|them|him|her|this|that|these|those))?\b"),
    # The writer's own taste, outside quotation marks: "Personally,", "I actually like", "glad to see".
    ("loaded_language", r"\b(?=personally,|frankly,)(?:(?<=^)|(?<=[.!?]\s))(?:personally|frankly),|\bfor my part,|"
                        r"\bin my (?:humble )?(?:opinion|view),|\bI (?:actually|really|personally|genuinely|honestly|"
                        r"truly) (?:like|love|hate|dislike|prefer|enjoy)\b|\b(?=glad |happy |relieved )(?:(?<=^)|"
                        r"(?<=[.!?] )|(?<=i['’]m )|(?<=i am )|(?<=and ))(?:glad|happy|relieved) to see\b"),
    # Praise of a profile's subjects in the publisher's voice: "women who are making history every day".
    ("loaded_language", r"\bmaking history (?:every day|each day|daily)\b|\bwho (?:are|is) making history\b"),
    # The writer's aside on what they report: "in something of an understatement", "to put it mildly".
    ("loaded_language", r"\b(?:something|a bit) of an understatement\b|\b(?:is|be|was) (?:an|a massive|a huge) "
                        r"understatement\b|\bto put "
                        r"it (?:mildly|lightly|charitably|kindly|politely|bluntly)\b|\bto say the least\b|\bif it['’]s "
                        r"any (?:small )?(?:comfort|consolation)\b|\bmake no mistake\b|\binsult (?:to )?(?:\w+['’]s? |"
                        r"the |our |your |their |anyone['’]s )?intelligence\b"),
    # The writer's judgment of how someone spoke: "brazenly suggested", "testily responded", "smugly declared".
    ("loaded_language", r"\b(?:brazenly|testily|smugly|snidely|petulantly|shamelessly|gleefully|breathlessly|"
                        r"bizarrely|absurdly|laughably|cynically|sneeringly|haughtily|churlishly) (?:suggested|said|says|"
                        r"responded|replied|declared|claimed|asserted|insisted|boasted|tweeted|wrote|told|called|"
                        r"dismissed|accused|argued|proclaimed|announced)\b"),
    # The writer reading a mind: "the stars appear completely oblivious to", "seemed to relish the chance".
    ("loaded_language", r"\b(?:appears?|appeared|seems?|seemed) (?:(?:completely|totally|utterly|entirely|wholly|"
                        r"blissfully|strangely|oddly) )?(?:oblivious|unaware|indifferent|clueless|to relish|to revel in|"
                        r"to delight in|to gloat)\b"),
    # The writer's certainty or endorsement: "will surely deal a blow", "and with good reason", "We think not."
    ("loaded_language", r"\b(?<!but )(?<!slowly but )surely (?:will|would|must|cannot|can['’]t|is|was|be|deal|mean|"
                        r"spell|lead|doom|hurt|help|make)\b|\bwill surely\b|\b(?:and|but) (?:with|for) good reason\b|"
                        r"\b(?:and|quite) rightly so\b|\bwe think not\b|\b(?:we|I) (?:would|should|must) (?:say|add|"
                        r"argue|submit)\b(?! (?:that )?(?:the|a|an|he|she|they|it)\b)|\bwe in the (?:news|newspaper|"
                        r"media|press|publishing) (?:business|industry|trade)\b"),
    # The writer's comment opening a sentence: "Predictably, the inquiry found", "Bizarrely,", "Sadly for fans",
    # "The truth is that", "There can be no serious doubt that".
    ("loaded_language", r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?][”\"] ))(?:predictably|bizarrely|mercifully|thankfully|"
                        r"inexplicably|astonishingly|shockingly|absurdly|laughably|tellingly|worryingly|alarmingly|"
                        r"disappointingly|embarrassingly|depressingly|unforgivably|outrageously)"
                        r"(?:,| for\b)|\bthe (?:simple |plain |sad |uncomfortable |awkward )?truth is,? (?:that )?|"
                        r"\bthere (?:can be|is) (?:little|no) (?:serious |real )?doubt (?:that|about)\b|\bin (?:yet )?"
                        r"another (?:[\w\-]+ )?(?:u-turn|blunder|gaffe|fiasco|embarrassment|humiliation|climbdown)\b"),
    # Speech told as a fight in the publisher's words: "tore into", "took aim at", "insinuating".
    ("loaded_language", r"\b(?:tore|tears|tearing|ripped|rips|ripping|laid|lays|laying)\s+into\b|\blash(?:ed|es|ing) "
                        r"out at\b|\b(?:took|takes|taking|take) (?:a )?(?:swipe|swipes|aim|shots?|potshots|a jab|jabs)"
                        r"\s+at\b|\binsinuat(?:ed|es|ing)\b"),
]

# Degree adverbs that are themselves a verdict, with what they grade: "stunningly good", "legendarily bad",
# "absurdly expensive". (Run like the lexicon's terms: the publisher's own voice only.)
_JUDGING = (r"(?:stunningly|spectacularly|astonishingly|ridiculously|absurdly|laughably|woefully|embarrassingly|"
            r"insanely|hilariously|hysterically|legendarily|comically|pathetically|miserably|gloriously|gorgeously|"
            r"outrageously|mind-bogglingly|jaw-droppingly|breathtakingly|appallingly|disgracefully|shamefully|obscenely|"
            r"grotesquely)")
JUDGING_DEGREE = (rf"\b{_JUDGING}(?:,? (?:{_JUDGING}|[a-z]+ly))? (?!(?:the|a|an|this|that|these|those|he|she|it|they|we|"
                  r"his|her|their|its|and|or|but|to|in|on|at|of)\b)[a-z][a-z\-]+\b")
# A critic's grade given as a label line: "Grade: C+.", "Verdict: B-".
GRADE_LINE = r"^\s*(?:grade|our grade|verdict|rating|score)\s*:\s*[a-f][+\-]?\.?\s*$"

# Words in the publisher's own voice that judge the person or the act (run as the lexicon's loaded terms are).
PEJORATIVES = ("bombastic", "specious", "devious", "malicious", "duplicitous", "unscrupulous",
               "underhanded", "scheming", "conniving", "vindictive", "petulant", "boorish", "demagogue", "demagoguery",
               "tirade", "diatribe", "screed", "bluster", "blustering", "grandstanding", "fearmongering",
               "fear-mongering", "scaremongering", "jingoistic", "ultra-zionist", "ultra-nationalist",
               "ultra-nationalists", "ultranationalist", "ultra-conservative", "ultraconservative", "ultra-right",
               "ultra-left", "ultra-liberal", "ultra-radical", "implausibly", "sleazy", "seedy", "odious",
               "contemptible", "deranged", "unhinged", "flat-earth", "provocateur", "provocateurs",
               "shenanigans", "snooze-fest", "blatant", "blatantly", "misleading", "humiliating", "short-sighted",
               "shortsighted", "control freak", "ulterior motive", "ulterior motives", "self-serving", "wrongheaded",
               "ill-conceived", "half-baked", "ham-fisted", "tone-deaf", "predatory", "bloated", "shameless",
               "shamelessly", "cash grab", "cash-grab", "power grab", "power-grab", "brazen", "vanity project", "bungling",
               "smirking", "long-suffering", "jaw-dropping", "firebrand", "rabble-rouser", "rabble-rousing", "mastermind",
               "clique", "greed", "fanatics", "tantrum", "diva", "cashing in on", "raid on pensions")

# A brochure's adjectives: only where the page says it is the company's own release (``context.is_release``),
# so the publisher is the side being described. News uses "exclusive" and "stunning" plainly.
MARKETING = ("nestled", "pristine", "luxurious", "breathtaking", "awe-inspiring", "story-worthy", "world-class",
             "unparalleled", "unrivalled", "unrivaled", "idyllic", "sumptuous", "unforgettable", "best-in-class",
             "industry-leading", "second to none")
