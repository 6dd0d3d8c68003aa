"""Caveat cues and actor names in the many ways newsrooms phrase them, one invented sentence each.

The sentences are written for this test (no article's wording), one or more per phrasing class,
so a rule that only fits the golds it was written from fails here.
"""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import analyze

from .offline_probe import does_not_raise, each_caveat, each_near_miss, raises

CASES = [
    ("unverified", "The claims could not be verified by the newspaper."),
    ("unverified", "Reuters was unable to verify the footage."),
    ("unverified", "The Associated Press could not independently confirm the account."),
    ("unverified", "The figure has not been independently verified."),
    ("unverified", "He provided no evidence for the claim."),
    ("unverified", "She offered no proof of the payments."),
    ("anonymous_source", "Two officials, speaking on condition of anonymity, said the talks had stalled."),
    ("anonymous_source", "A diplomat, who asked not to be named, said the deal was close."),
    ("anonymous_source", "A person with knowledge of the matter said the bid would fail."),
    ("anonymous_source", "According to a source close to the family, the funeral is on Friday."),
    ("anonymous_source", "The plan was described by officials who were not authorized to speak publicly."),
    ("anonymous_source", "The newspaper, citing unnamed officials, said troops would leave."),
    ("anonymous_source", "A senior official told reporters the strike had failed."),
    ("denial", "The company did not respond to a request for comment."),
    ("denial", "The ministry did not immediately respond to questions."),
    ("denial", "The mayor could not be reached for comment."),
    ("denial", "The club refused to comment on the transfer."),
    ("denial", "He has denied any wrongdoing."),
    ("denial", "The firm rejected the accusations as baseless."),
    ("preliminary", "The death toll is expected to rise as rescuers dig."),
    ("preliminary", "Initial reports said three people were hurt."),
    ("preliminary", "Early estimates put the damage at $2 million."),
    ("preliminary", "Officials said the figures were provisional."),
    ("relayed_report", "Local media reported that the bridge had collapsed."),
    ("relayed_report", "The merger was first reported by the Daily Ledger."),
    ("relayed_report", "Unconfirmed reports said the minister had resigned."),
    ("relayed_report", "The singer has reportedly signed a new deal."),
    ("allegation", "The officer allegedly struck the man twice."),
    ("allegation", "He is accused of taking bribes."),
    ("allegation", "Prosecutors allege that the money was laundered."),
    ("allegation", "She faces charges of fraud."),
    ("conflicting_accounts", "It remains unclear who fired first."),
    ("conflicting_accounts", "Accounts of the clash varied widely."),
    ("conflicting_accounts", "The cause of the fire is disputed."),
    ("conflicting_accounts", "Police and protesters gave conflicting accounts of the clash."),
    ("official_account", "The army said in a statement that the raid had succeeded."),
    ("official_account", "A police spokeswoman said two men were arrested."),
    ("party_claim", "The rebels claimed to have shot down a drone."),
    ("single_source", "According to one official, the vote will be delayed."),
    ("state_media", "State broadcaster CCTV said the launch was a success."),
    ("loaded_language", "The regime cracked down on protesters."),
    ("anonymous_source", "Sources told the paper that the coach would be fired."),
    ("anonymous_source", "An insider said the album was delayed."),
    ("anonymous_source", "According to people familiar with the negotiations, the offer was rejected."),
    ("anonymous_source", "A US official, who requested anonymity, confirmed the strike."),
    ("anonymous_source", "Witnesses said the gunman fled on foot."),
    ("anonymous_source", "Residents said the water had risen overnight."),
    ("single_source", "The only account of the meeting comes from the minister's aide."),
    ("unverified", "The video, which has not been authenticated, shows a burning truck."),
    ("relayed_report", "The Guardian reported on Tuesday that the deal had collapsed."),
    ("relayed_report", "Citing a leaked memo, the website said layoffs were planned."),
    ("relayed_report", "Media reports say the president is ill."),
    ("relayed_report", "The story was first published by a regional newspaper."),
    ("state_media", "The official Xinhua news agency said the talks were productive."),
    ("state_media", "Iranian state TV showed the launch."),
    ("state_media", "KCNA said the missile flew 600 km."),
    ("official_account", "The ministry said in a statement on Monday that the plant was safe."),
    ("official_account", "Police said the suspect was arrested at his home."),
    ("official_account", "The company said in a filing that profits fell."),
    ("official_account", "A White House spokesperson said the president was briefed."),
    ("party_claim", "The opposition claims the vote was rigged."),
    ("party_claim", "The militants said they had killed ten soldiers."),
    ("party_claim", "The campaign insisted the poll was wrong."),
    ("denial", "The Kremlin denied the report."),
    ("denial", "A spokesman declined to comment."),
    ("denial", "The company has not commented on the claims."),
    ("conflicting_accounts", "The number of dead is in dispute."),
    ("conflicting_accounts", "Estimates of the crowd size ranged from 5,000 to 50,000."),
    ("conflicting_accounts", "The two sides gave contradictory accounts."),
    ("allegation", "The suit claims the firm hid the defect."),
    ("allegation", "He was arrested on suspicion of arson."),
    ("allegation", "The senator is under investigation for fraud."),
    ("preliminary", "At least 12 people were killed."),
    ("preliminary", "The count is not yet final."),
    ("preliminary", "Partial results show the incumbent ahead."),
    ("preliminary", "The numbers are likely to change."),
    ("loaded_language", "The dictator addressed the crowd."),
    ("loaded_language", "Opinion"),
    ("loaded_language", "The scandal-plagued minister resigned."),
    ("anonymous_source", "A government source said the minister would resign."),
    ("anonymous_source", "Two people with direct knowledge of the talks said a deal was near."),
    ("anonymous_source", "Officials speaking privately said the plan had been shelved."),
    ("anonymous_source", "A spokesperson, who was not authorised to speak on the record, confirmed the move."),
    ("unverified", "The photos could not be independently authenticated."),
    ("unverified", "There was no independent confirmation of the casualty figures."),
    ("unverified", "The claim is impossible to verify."),
    ("unverified", "The authenticity of the letter has not been established."),
    ("relayed_report", "According to local reports, the dam has been breached."),
    ("relayed_report", "The Sentinel quoted a police officer as saying three men were held."),
    ("relayed_report", "Citing sources, the broadcaster said the squad would be named on Friday."),
    ("relayed_report", "The agency said, in a report carried by several newspapers, that exports fell."),
    ("state_media", "State-run television said the rebels had surrendered."),
    ("state_media", "The official news agency reported that the president had recovered."),
    ("official_account", "The company said in a press release that no data was lost."),
    ("official_account", "In a post on X, the ministry said the border was open."),
    ("official_account", "The police statement said officers had acted lawfully."),
    ("party_claim", "The striking workers say management has refused to negotiate."),
    ("party_claim", "The rebels said they had captured the town, a claim the army disputed."),
    ("denial", "The minister denies any involvement."),
    ("denial", "The embassy did not reply to an emailed request for comment."),
    ("denial", "A lawyer for the singer called the accusations false."),
    ("denial", "The club has rejected the suggestion that the game was fixed."),
    ("conflicting_accounts", "Witnesses gave different versions of what happened."),
    ("conflicting_accounts", "The two accounts could not be reconciled."),
    ("conflicting_accounts", "It is not known how many people were on board."),
    ("allegation", "She is alleged to have taken the money."),
    ("allegation", "The charity is accused of misusing funds."),
    ("allegation", "Police are investigating claims that the referee was bribed."),
    ("preliminary", "The death toll stands at at least 40 and is expected to climb."),
    ("preliminary", "Early counts suggest the turnout was low."),
    ("preliminary", "These figures are provisional and may be revised."),
    ("loaded_language", "The thuggish regime silenced its critics."),
    ("loaded_language", "The so-called reform is a sham."),
    ("single_source", "The claim rests on a single witness."),
    ("anonymous_source", "A source in the prime minister's office said the reshuffle was imminent."),
    ("anonymous_source", "Insiders say the board is split."),
    ("anonymous_source", "One official, declining to be named, said the deal was dead."),
    ("unverified", "Her account could not be confirmed."),
    ("unverified", "We have not been able to verify these claims."),
    ("unverified", "The figures, which come from the group itself, have not been checked by outside auditors."),
    ("relayed_report", "The paper said it had seen a copy of the draft."),
    ("unverified", "Rumours circulated on social media that the singer had died."),
    ("relayed_report", "A report in a local newspaper said the factory would close."),
    ("relayed_report", "As reported by the Herald last week, the mayor has resigned."),
    ("state_media", "Xinhua said the talks were constructive."),
    ("state_media", "According to the state-owned broadcaster, turnout was high."),
    ("official_account", "Officials said the water was safe to drink."),
    ("official_account", "The White House said in a statement that the president was in good health."),
    ("official_account", "A government spokesman said the curfew would be lifted."),
    ("party_claim", "The rebel group claimed responsibility for the attack."),
    ("party_claim", "The campaign boasted of record fundraising."),
    ("denial", "The company has strenuously denied the allegations."),
    ("denial", "The minister declined to answer questions about the payments."),
    ("denial", "He refused to say whether he would stand again."),
    ("conflicting_accounts", "Reports of the number of casualties vary."),
    ("conflicting_accounts", "The circumstances of his death remain unclear."),
    ("conflicting_accounts", "Police and witnesses disagree about what happened."),
    ("allegation", "The singer was sued for allegedly copying the melody."),
    ("allegation", "Critics have accused the company of greenwashing."),
    ("allegation", "The indictment claims he hid $2 million offshore."),
    ("preliminary", "The toll could rise as rescuers search the rubble."),
    ("preliminary", "Officials warned that the number of dead was likely to increase."),
    ("loaded_language", "The despot clung to power."),
    ("loaded_language", "Analysis: Why the ceasefire is already failing"),
    ("single_source", "The only source for the figure is the ministry itself."),
    # Classes added from the sixth held-out set, in invented wording.
    ("state_media", "The country's official newspaper accused its neighbour of plotting an attack."),
    ("state_media", "The ruling party's mouthpiece praised the harvest figures."),
    ("state_media", "The Rodong Sinmun said in an editorial that the drills were a provocation."),
    ("unverified", "The convoy turned back in apparent retaliation for the arrests."),
    ("unverified", "The firm appears to have moved the money offshore before the audit."),
    ("unverified", "At the depot, she seemed to be the only person with a key."),
    ("unverified", "The blaze was an apparent arson attack on the warehouse."),
    ("unverified", "Staff at the plant passed on a rumour that it would close."),
    ("anonymous_source", "Three former employees told investigators the books had been falsified."),
    ("anonymous_source", "According to a former staffer, the memo was shredded in March."),
    ("anonymous_source", "The ex-contractor recalled being paid in cash."),
    ("anonymous_source", "A well-placed source said the vote would be delayed."),
    ("anonymous_source", "The source also said the minister had offered to resign."),
    ("anonymous_source", "Locals told us the water had turned brown."),
    ("anonymous_source", "A nurse, whose name has been withheld, described the ward as overwhelmed."),
    ("anonymous_source", "According to witness accounts, the van sped off after the crash."),
    ("denial", "The agency declined to provide a detailed response."),
    ("denial", "Asked about the payments, the treasurer insisted she had no idea."),
    ("denial", "The landlord hung up when asked about the repairs."),
    ("denial", "The club issued a short note dismissing it as gossip."),
    ("relayed_report", "The driver told a local affiliate that she had fallen asleep."),
    ("relayed_report", "The figures in this table were compiled from county records."),
    ("conflicting_accounts", "A rival team disputes the study's conclusions about sea ice."),
    ("conflicting_accounts", "Few economists share the view that rates will fall this year."),
    ("conflicting_accounts", "The new estimate sits well outside the scientific consensus."),
    ("party_claim", "Both directors have financial ties to the bidder."),
    ("party_claim", "An expert hired by the defense said the valuation was sound."),
    ("party_claim", "The developer accepted the fine but argued his plans were lawful."),
    ("party_claim", "The senator called the inquiry “a partisan witch hunt.”"),
    ("party_claim", "Moscow has branded the exercises a prelude to war."),
    ("party_claim", "According to Clean Rivers Now, a campaign group that opposes the dam, the valley will flood."),
    ("party_claim", "Greenfront, an environmental group, said it hopes the ban will spread to other states."),
    ("official_account", "Chia sales doubled, according to Grocerly's own sales data."),
    ("loaded_language", "The governor gave a bombastic speech to the chamber."),
    ("loaded_language", "He claimed implausibly that the files had been lost."),
    ("loaded_language", "The mogul's looseness with the facts cost him the case."),
    ("loaded_language", "An ultra-nationalist senator led the march."),
    # Classes added from the seventh held-out set, in invented wording.
    ("relayed_report", "Floods cut the coastal road on Sunday, reported Radio Kestrel."),
    ("relayed_report", "The shares slid amid reports that the chairman would quit."),
    ("relayed_report", "The charity has received reports of looting near the camp."),
    ("relayed_report", "The quarry closed in March (via The Moorland Courier)"),
    ("relayed_report", "According to a blog post by the curator, the frescoes are older than thought."),
    ("relayed_report", "Rents rose faster than wages last year, says a new report."),
    ("preliminary", "This article will be updated as more details emerge."),
    ("preliminary", "The botnet has been active since at least March, researchers said."),
    ("anonymous_source", "One nurse told the inquiry that shifts were routinely left unfilled."),
    ("anonymous_source", "Others said they had waited weeks for their wages."),
    ("unverified", "The airline did not say how many passengers were stranded."),
    ("unverified", "Investigators don't say how much fuel the plane carried."),
    ("official_account", "We are delighted that the archive is open to readers again."),
    ("official_account", "The dig will resume in spring, says Mara Olsen, the director of the Tidewater Museum."),
    ("official_account", "In a blog post, the bank set out its plans for the branches."),
    ("single_source", "The flaw lets attackers read mail, said Ivo Brandt of Norcrypt in a Tuesday analysis."),
    ("single_source", "A 2019 study found that the drug halved relapse rates."),
    ("single_source", "The researchers believe the bones belonged to a child."),
    ("single_source", "Exports fell 4 percent, according to Kestrel Metrics, a research firm that tracks shipping."),
    ("party_claim", "“Our own figures show demand is still rising,” the brewer's chief executive said."),
    ("loaded_language", "The smelter belched soot over the valley for decades."),
    ("loaded_language", "Critics called it a job-killing tax on small shops."),
    ("loaded_language", "The ministry is doing its best to block the inquiry."),
    ("loaded_language", "What began as teasing has become out-and-out contempt."),
    ("preliminary", "Forty-one boats have been seized in 2021 so far."),
    ("preliminary", "The register listed 312 claims as of Friday."),
    ("party_claim", "The petition contends that the zoning vote was rigged."),
    ("party_claim", "“They are trying to bury the findings,” the whistleblower said."),
    # Classes added from the eighth held-out set (softer pages), in invented wording.
    ("official_account", "Meridian Lodges announced the opening of its first cabin resort in the Andes."),
    ("official_account", "The name Meridian is used in this release to refer to the group and its subsidiaries."),
    ("loaded_language", "The map is bigger. Personally, the new layout is not for me."),
    ("loaded_language", "I really love the redesigned menus, so this patch matters to me."),
    ("loaded_language", "The fix lands today, and glad to see the studio listening to testers."),
    ("relayed_report", "The hidden setting was spotted by a developer on Reddit last week."),
    ("relayed_report", "On Mastodon, Priya Nair explains that the bug only hits older phones."),
    ("conflicting_accounts", "There is still debate over whether the comet broke up before impact."),
    ("single_source", "A new research paper published in the Journal of Soil Studies suggests that worms carry the fungus."),
    ("single_source", "Droughts will return within a decade, posit the researchers behind the study."),
    ("conflicting_accounts", "Cheese makers in the north would surely disagree."),
    ("party_claim", "“Nothing tastes like it,” the farmer said as she touted a jar of her honey."),
    ("official_account", "As seen in the reveal trailer, the racer gets a new paint job."),
    ("unverified", "From the screenshots, it looks like the phone will ship with two cameras."),
    ("unverified", "The filter appears to rely on the depth sensor."),
    ("loaded_language", "We profile founders who are making history in robotics."),
]


@each_caveat(CASES)
def test_each_phrasing_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


def test_plain_reporting_raises_nothing():
    article = Article.from_paragraphs(["The council met on Tuesday and approved the budget for the new library.",
                                       "Construction starts in March and the building opens next year."])
    assert analyze(article).sourcing_caveats == []


NOT_CAVEATS = [
    ("unverified", "Investigators don't say whether the pilot was qualified."),  # an untold detail
    ("denial", "The company did not say which plants would be affected."),
    ("unverified", "It became apparent by noon that the bridge would hold."),
    ("unverified", "They seem to be determined to win the cup."),
    ("anonymous_source", "Maria Lopez, a former employee of the bank, said the vault was empty."),
    ("anonymous_source", "Two former employees were arrested on Tuesday."),
    ("conflicting_accounts", "Not everyone enjoys a cold swim in January."),
    ("conflicting_accounts", "She questioned the witness about the accident."),
    ("party_claim", "The two countries have strong trade ties with each other."),
    ("party_claim", "The storm has been called a once-in-a-century event."),
    ("relayed_report", "Water was drawn from the well each morning."),
    ("party_claim", "The bakery said it hopes to reopen next week."),
    ("relayed_report", "The team told its fans the match was postponed."),
    ("state_media", "An official from the newspaper guild spoke at the rally."),
    ("denial", "She declined to provide her full name."),
    ("loaded_language", "The ultra-Orthodox community held a vigil."),
    ("loaded_language", "The patient was paranoid and withdrawn after the surgery."),
    ("loaded_language", "Cafes line the so-called Golden Mile along the seafront."),
    ("loaded_language", "The trojan spreads through malicious links sent by text message."),
    ("loaded_language", "She won the award for playing a ruthless landlord in the film."),
    ("loaded_language", "The archive holds records of the Nazi regime's railway timetables."),
    ("unverified", "Even the most seemingly lifeless soils can recover with care."),
    ("unverified", "Perhaps surprisingly, sales rose through the winter."),
    ("unverified", "The valley seems to have its own weather."),
    ("party_claim", "Mayor Lin’s pledges to cut fares were soon forgotten."),
    ("official_account", "The announcement by the company is the latest in a series of cuts."),
    ("anonymous_source", "No one told the drivers about the new timetable."),
    ("relayed_report", "Prices climbed all year, reported earlier by the bureau."),
    ("preliminary", "The app is updated every week with new maps."),
    ("unverified", "The firm declined to say how many jobs would go."),
    ("preliminary", "So far the weather has held for the festival."),
    ("party_claim", "Engineers are trying to restore power to the district."),
    ("official_account", "Crowds gathered on Sunday for the opening of the new bridge."),
    ("official_account", "Apple fixed a dozen bugs in this release of its phone software."),
    ("loaded_language", "“Personally, I think the vote came too early,” the coach said."),
    ("loaded_language", "She said she was glad to see the park reopen."),
    ("loaded_language", "I spend far too much time on the train these days."),
    ("relayed_report", "The owl was spotted by hikers on the ridge above the town."),
    ("conflicting_accounts", "There was a debate on television last night between the two candidates."),
    ("single_source", "The paper published its final print edition in May."),
    ("unverified", "Perhaps no city in Europe has changed as fast as this one."),
    ("conflicting_accounts", "The two ministers disagreed sharply at the summit."),
    ("party_claim", "The baker said as he closed the shop that rents were too high."),
    ("official_account", "The trailer was released on Friday."),
    ("loaded_language", "In 1969 the crew made history by landing on the Moon."),
]


@each_near_miss(NOT_CAVEATS)
def test_a_near_miss_does_not_raise_the_caveat(kind, sentence):
    does_not_raise(kind, sentence)


def test_an_outlet_speaking_for_a_state_is_state_media_not_an_official_account():
    content = analyze(Article.from_paragraphs(["The Korean Central News Agency said the launch was a success."]))
    types = {c.type for c in content.sourcing_caveats}
    assert "state_media" in types and "official_account" not in types, types


def test_a_long_investigation_keeps_more_caveats_than_a_short_item():
    paragraph = "A former {} employee told investigators the ledger was altered, and the firm declined to comment."
    firms = [f"Firm{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(120)]
    content = analyze(Article.from_paragraphs([paragraph.format(f) for f in firms]))
    anonymous = [c for c in content.sourcing_caveats if c.type == "anonymous_source"]
    assert len(anonymous) > 8, len(anonymous)


def test_a_campaign_spokesman_speaks_for_a_side_not_an_institution():
    """The group is introduced once with its acronym; its spokeswoman is then a side's voice."""
    content = analyze(Article.from_paragraphs([
        "The Clean Coast Initiative (CCI), which campaigns against offshore drilling, organised the march.",
        "The spill is far worse than admitted, CCI spokeswoman Lena Dahl told reporters on Friday."]))
    spokes = [c.type for c in content.sourcing_caveats if "spokeswoman" in c.cue]
    assert spokes == ["party_claim"], [(c.type, c.cue) for c in content.sourcing_caveats]


def test_an_institution_spokesman_stays_an_official_account():
    content = analyze(Article.from_paragraphs([
        "The European Union (EU) opened talks with the port authority.",
        "The deal is close, port authority spokesman Karl Weiss told reporters."]))
    assert "official_account" in {c.type for c in content.sourcing_caveats if "spokesman" in c.cue}


def test_a_report_the_article_says_a_union_wrote_is_a_side_s_claim():
    content = analyze(Article.from_paragraphs([
        "Nurses are leaving the profession in record numbers, says a report published on Monday.",
        "The report by the Royal Nursing Union warns that wards are dangerously understaffed."]))
    first = [c.type for c in content.sourcing_caveats if c.evidence == ["p1"]]
    assert first == ["party_claim"], [(c.type, c.cue, c.evidence) for c in content.sourcing_caveats]


def test_two_judgements_far_apart_in_one_long_sentence_are_both_kept():
    sentence = ("The vicious campaign against the young goes well past gentle teasing about their work habits "
                "and lands, by the end of the season, in out-and-out contempt.")
    cues = [c.cue for c in analyze(Article.from_paragraphs([sentence])).sourcing_caveats if c.type == "loaded_language"]
    assert len(cues) == 2, cues


def test_a_company_s_own_release_is_marked_by_its_brochure_words_but_news_is_not():
    """Marketing adjectives are the publisher's framing only where the page says it is the company's release."""
    body = ["Tideline Hotels (NYSE: TDL) announced the debut of a resort nestled among the dunes. Its beaches are pristine.",
            "The term Tideline is used in this release to refer to Tideline Hotels and its affiliates."]
    loaded = {c.cue for c in analyze(Article.from_paragraphs(body)).sourcing_caveats if c.type == "loaded_language"}
    assert {"nestled", "pristine"} <= loaded, loaded
    quoted = body + ["“We are thrilled,” said Ana Ruiz, the group's chief executive."]
    own = {c.cue for c in analyze(Article.from_paragraphs(quoted)).sourcing_caveats if c.type == "official_account"}
    assert "said Ana Ruiz" in own, own
    news = ["The storm flattened a resort nestled among pristine dunes on Tuesday, the coastguard said.",
            "“It is gone,” said Ana Ruiz, who ran the resort."]
    caveats = analyze(Article.from_paragraphs(news)).sourcing_caveats
    assert not [c for c in caveats if c.type == "loaded_language" or c.cue == "said Ana Ruiz"], caveats


def test_an_interview_subject_describing_themselves_rests_on_their_own_word():
    qa = ["What drew you to engineering?", "My path has been a long detour through teaching and retail.",
          "What would you tell your younger self?", "Ask for help sooner."]
    found = [c for c in analyze(Article.from_paragraphs(qa)).sourcing_caveats if c.type == "single_source"]
    assert found and found[0].cue.startswith("My path"), found
    story = ["Who pays for the new road?", "My council has been asked that question for years, the mayor said."]
    assert not [c for c in analyze(Article.from_paragraphs(story)).sourcing_caveats if c.type == "single_source"]

