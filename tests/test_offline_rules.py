"""Class rules of the offline engine: each test uses invented names and wording, so it checks
the class of phrasing or structure, not one article."""

from __future__ import annotations

from .offline_probe import actors as _actors, caveats as _caveats


def test_any_official_body_or_stakeholder_as_subject_is_an_account():
    got = _caveats("The city's water department reported on Friday that the pipes had burst.",
                   "Local farming groups estimated that half the crop was lost.",
                   "The dam will be inspected again, according to regional health officials.")
    assert any(t == "official_account" and "water department reported" in c for t, c in got)
    assert any(t == "party_claim" and "farming groups estimated" in c for t, c in got)
    assert any(t == "official_account" and c.startswith("according to") for t, c in got)


def test_documents_and_reports_passed_on_are_relayed():
    got = _caveats("Internal emails obtained by the Herald show the plan was known in May.",
                   "The report says the bridge was never inspected.",
                   "The driver told investigators he had not slept.")
    relayed = [c for t, c in got if t == "relayed_report"]
    assert any("obtained by the Herald" in c for c in relayed)
    assert any(c.lower() == "the report says" for c in relayed)
    assert ("single_source", "told investigators") in got  # the driver's own word, passed on: one source


def test_hedges_predictions_and_denials_in_any_form():
    got = _caveats("The fire was apparently started by a candle.",
                   "One analyst has long predicted a collapse.",
                   "The ministry flatly rejected any criticism of the plan.")
    assert ("unverified", "apparently") in got
    assert any(t == "single_source" and "predicted" in c for t, c in got)
    assert any(t == "denial" and "rejected any criticism" in c for t, c in got)


def test_evaluative_words_flagged_only_in_the_publishers_voice():
    got = _caveats("The disturbing decision left families stranded.",
                   "“It was a disgraceful and shocking day,” the mayor said.",
                   "Critics said the inquiry was a sham. The rules are draconian, according to the union.",
                   "The callous landlord, who owns forty flats, said he would appeal.")
    assert sorted(c for t, c in got if t == "loaded_language") == ["callous", "disturbing"]


def test_title_then_comma_names_a_person_and_a_place_begins_an_org():
    by_name = _actors("Chairman of the Board, Jane Okafor, resigned on Monday.",
                      "The Kenya Police said the protest was unlawful. The Kenya Police later arrested two men.")
    assert "Jane Okafor" in by_name and by_name["Jane Okafor"].role == "Chairman of the Board"
    assert by_name["Kenya Police"].type == "government"


def test_possessive_inside_an_org_name_and_a_chamber_in_a_title():
    by_name = _actors("The People’s Action Party said it would contest every seat.",
                      "Ohio Senate President Matt Huffman said the vote would wait. Huffman said he was sure.")
    assert "People’s Action Party" in by_name and "Action Party" not in by_name
    assert "Ohio Senate" not in by_name and by_name["Matt Huffman"].affiliation == "Ohio Senate"


def test_a_collective_the_story_returns_to_is_an_actor():
    by_name = _actors("Thousands of protesters marched on parliament. Police said protesters threw stones.",
                      "Later, protesters regrouped near the station, and organisers said protesters would return.")
    assert by_name["protesters"].type == "civil_society"


def test_another_outlets_work_is_relayed_and_the_outlet_is_an_actor():
    got = _caveats("According to Pixelwire’s hands-on review, the handset overheats after an hour.",
                   "It is also revealed in Brightline’s teardown report that the battery is smaller.",
                   "The device costs $900, according to the Daily Ledger.")
    relayed = [c for t, c in got if t == "relayed_report"]
    assert "According to Pixelwire’s hands-on review" in relayed
    assert any("Brightline’s teardown report" in c for c in relayed)
    assert "according to the Daily Ledger" in relayed
    by_name = _actors("According to Pixelwire’s hands-on review, the handset overheats.",
                      "The maker spoke in an interview with the Coastal Courier on Monday.")
    assert by_name["Pixelwire"].type == "media_outlet" and by_name["Coastal Courier"].type == "media_outlet"


def test_according_to_a_person_or_a_lone_witness_is_their_account():
    got = _caveats("Anna Berg, a former employee, is suing the firm. According to Berg, she was never paid.",
                   "The fire began at dawn, according to the neighbour.",
                   "In the words of the patient, the pain was unbearable.")
    assert ("party_claim", "According to Berg") in got
    assert ("single_source", "according to the neighbour") in got
    assert any(t == "single_source" and c.startswith("In the words of") for t, c in got)


def test_promises_and_boasts_by_any_side_are_claims():
    got = _caveats("Before the launch Norvik promised buyers a week of battery life.",
                   "The company pledged a software fix.", "Mayor Ruiz cited the crowds as proof that it worked.")
    claims = [c for t, c in got if t == "party_claim"]
    assert "Norvik promised" in claims and "The company pledged" in claims
    assert any("cited the crowds as proof" in c for c in claims)


def test_hedge_adverbs_and_no_reply_in_any_form():
    got = _caveats("Presumably the fault lies in the battery.",
                   "The agency didn’t immediately respond to the Ledger’s request for comment.",
                   "The mayor has denied the union’s claims. He says he could not recall the meeting.")
    assert ("unverified", "Presumably") in got
    assert any(t == "denial" and "request for comment" in c for t, c in got)
    assert ("denial", "has denied the union’s claims") in got and ("denial", "could not recall") in got


def test_a_quoted_denial_and_opposed_accounts():
    got = _caveats("“I never took a penny,” Hale said, after the audit was published.",
                   "He said, she said: the two accounts of the evening cannot both be true.")
    assert ("denial", "“I never took a penny,” Hale said") in got
    assert any(t == "conflicting_accounts" and c.lower() == "he said, she said" for t, c in got)


def test_statements_sources_allegations_and_estimates():
    got = _caveats("“Sales were strong,” said chief executive Tom Reyes in the company’s news release.",
                   "The plan was shelved, according to people briefed on the talks.",
                   "Prosecutors charged him with fraud. The lawsuit alleges he hid losses.",
                   "An estimated 4,000 homes lost power.")
    assert ("official_account", "in the company’s news release") in got
    assert any(t == "anonymous_source" and "people briefed on" in c for t, c in got)
    assert ("allegation", "charged him with") in got and ("allegation", "lawsuit alleges") in got
    assert ("preliminary", "An estimated 4,000") in got


def test_an_unknown_name_that_reports_or_is_told_with_the_is_an_outlet():
    got = _caveats("The Daily Ledger reported that the deal was close.", "Ms Hale told the Coastal Courier Monday she would go.",
                   "The handset is rumoured to cost $900.")
    assert ("relayed_report", "Daily Ledger reported") in got and ("relayed_report", "told the Coastal Courier") in got
    assert ("unverified", "rumoured") in got


def test_names_of_places_bodies_and_demonyms_are_not_sources():
    got = _caveats("Lowe’s reports earnings on Wednesday, and Acme’s report is due next week.",
                   "The Senate reports progress. The state's Department of Health Services reported two cases.")
    assert not [c for t, c in got if t == "relayed_report"]
    # a country's media named by kind are vague reports, relayed (the contract's "according to media reports")
    assert _caveats("The plan is popular, according to Russian media.") == [("relayed_report", "according to Russian media")]


def test_an_unnamed_person_and_a_state_the_story_returns_to_are_actors():
    by_name = _actors("A 52-year-old woman was hiking near the ridge in May. The woman later told rangers she fell.",
                      "Rescuers found the woman at dusk. Doctors treated the woman for a week.",
                      "Maria Lopez of Harbor University said such falls are rare.")
    assert by_name["the woman"].type == "person" and "Maria Lopez" in by_name
    by_name = _actors("Ohio officials said the state would pay. The state’s budget is tight, and Ohio will borrow.",
                      "The state expects a surplus next year.")
    assert by_name["Ohio"].type == "government"


def test_unnamed_plural_sources_are_anonymous_but_named_ones_are_not():
    cav = _caveats("Rents will keep climbing next spring, planners warn.",
                   "Traders and lenders are of the view that the port deal will slip, say economists.",
                   "Veldmark economists said the harbour levy would be cut.")
    anonymous = [c for t, c in cav if t == "anonymous_source"]
    assert any("say economists" in c for c in anonymous)
    assert not any("Veldmark" in c or "economists said" in c for c in anonymous)
    assert ("anonymous_source", "Analysts and lenders are of the view") in _caveats(
        "Analysts and lenders are of the view that the ferry fares are too low.")


def test_a_sides_own_channel_and_praise_of_its_own_plan_are_its_account():
    cav = _caveats("The river is rising fast, Dorin Vale said in the council's flood announcement.",
                   "The timetable was posted on the Facebook page of the Ostra ferry board.",
                   "The board paid a printer $12,000, according to the county's spending records.",
                   "Vale called her new programme a model for the whole coast.")
    types = {t for t, _ in cav}
    assert {"official_account", "party_claim"} <= types
    cues = " | ".join(c for _, c in cav)
    assert "said in the council's flood announcement" in cues and "posted on the Facebook page" in cues
    assert "according to the county's spending records" in cues and "called her new programme" in cues


def test_the_publishers_own_verdicts_and_guesses_are_flagged_but_not_a_speakers():
    cav = _caveats("The new ferry line drew crowds on day one, which shows it's already a success.",
                   "Critics said the ferry line is a total failure.",
                   "The mayor flew to the capital, a trip likely designed to avoid the press. Maybe she likes it that way.",
                   "The Ostra Revolutionary Guards paraded; the firm's revolutionary kettle sold out.")
    loaded = [c for t, c in cav if t == "loaded_language"]
    assert "it's already a success" in loaded and "revolutionary" in loaded
    assert not any("failure" in c for c in loaded)
    assert {"likely designed", "Maybe"} <= {c for t, c in cav if t == "unverified"}


def test_other_outlets_reporting_and_one_interviewee_are_flagged():
    cav = _caveats("As both the Harbour Post and Radio Veld have reported, the levy was doubled.",
                   "We spoke to one fisherman, who said the catch had halved.")
    assert any(t == "relayed_report" and "have reported" in c for t, c in cav)
    assert ("single_source", "spoke to one fisherman") in cav


def test_initials_and_a_surname_used_again_make_a_person():
    by_name = _actors("Coach R.T. Marlow said the team was ready. Marlow wants a bowl game.",
                      "Tom Quillby threw for three touchdowns on Saturday night.",
                      "Quillby was 20-of-24 passing and the crowd stayed to the end.")
    assert by_name["R.T. Marlow"].type == "person"
    assert by_name["Tom Quillby"].type == "person" and "Quillby" in by_name["Tom Quillby"].aliases


def test_a_state_that_acts_and_a_school_named_for_one_are_actors():
    by_name = _actors("Eastern Nevada rolled past Dunmore, 45-17, on Tuesday night.",
                      "Enter Nevada. Nevada’s new campaign drew attention on Monday.",
                      "Tourism officials in Nevada paid for the posters.")
    assert by_name["Nevada"].type == "government" and by_name["Eastern Nevada"].type == "other"
    passing = _actors("The band played in Ohio on Friday before heading home.")
    assert "Ohio" not in passing  # a place named once is where, not who


def test_an_organisation_known_by_its_description_or_its_officer():
    by_name = _actors("Lena Pruitt is the CEO of QX, the Tacoma advertising and branding firm behind the ads.",
                      "Hal Dorsey, president of Saw & Quill, a Tacoma design agency, said the ads worked.",
                      "A report in the Valley Sentinel said the state paid $40,000 to Grettan Co. for the work.")
    assert by_name["QX"].type == "company" and "Saw & Quill" in by_name
    assert by_name["Valley Sentinel"].type == "media_outlet" and by_name["Grettan Co"].type == "company"
    analyst = _actors("Rusk Patel, Head of Research at Orbis Securities, said shares would fall.")
    assert "Research" not in analyst


def test_a_one_word_name_the_story_keeps_returning_to_is_an_actor():
    by_name = _actors("Apps like Zindle, Quorra and Pexto promise easy loans.",
                      "At Zindle and Quorra, you can borrow against your pay.",
                      "Tourists flock to Belmira in summer. Hotels in Belmira are full.")
    assert {"Zindle", "Quorra"} <= set(by_name)
    assert "Pexto" not in by_name and "Belmira" not in by_name  # named once; a place


def test_one_unnamed_insider_and_an_uncertain_outcome_are_flagged():
    got = _caveats("The loans are a trap, as one fintech executive told me last week.",
                   "Researchers believe the fees are hidden. The start of the season is uncertain.")
    assert any(t == "anonymous_source" and "one fintech executive told" in c for t, c in got)
    assert any(t == "anonymous_source" and c.lower().startswith("researchers believe") for t, c in got)
    assert ("conflicting_accounts", "is uncertain") in got


def test_a_country_the_story_keeps_naming_is_a_side_but_a_destination_is_not():
    by_name = _actors("Peru’s new tariffs hit the port. Talks with Peru stalled on Monday.",
                      "Exporters blamed Peru for the delay, and Peru’s envoy left early.")
    assert by_name["Peru"].type == "government"
    trip = _actors("She flew to Chile in May, stayed in Chile for a week and came back from Chile in June.")
    assert "Chile" not in trip


def test_a_given_name_and_a_surname_named_once_is_a_person_but_an_event_is_not():
    by_name = _actors("The Court Show team of Carla Whitford, David Law and Matt Roberts gave their verdict.",
                      "The Davis Cup Final began on Monday in a new format.")
    assert {"Carla Whitford", "David Law", "Matt Roberts"} <= set(by_name)
    assert by_name["David Law"].type == "person"
    assert "Davis Cup Final" not in by_name or by_name["Davis Cup Final"].type != "person"


def test_both_sides_of_a_scored_result_are_actors():
    by_name = _actors("GIRLS BASKETBALL", "Palm Vale d. Rockmoor 70-44", "Rockmoor 14 11 6 15 — 44",
                      "Harbor Point d. Tillsby 53-9")
    assert {"Palm Vale", "Rockmoor", "Harbor Point", "Tillsby"} <= set(by_name)


def test_work_titles_terms_and_capitals_are_not_actors_but_the_lab_is():
    by_name = _actors("The theme is ‘The Canvas is the Message’, and each piece answers ‘The Canvas is the Message’.",
                      "Binge eating disorder (BED) is common. BED affects many people, and BED can be treated.",
                      "Tests by Pixel Forge show the game drops frames, say analysts at Pixel Forge.",
                      "The festival fills Lisbon each winter. Lisbon hotels fill up, and Lisbon stays lit.")
    assert "Canvas" not in by_name and "BED" not in by_name and "Portugal" not in by_name
    assert "Pixel Forge" in by_name


def test_sponsorship_posts_small_studies_and_calls_for_more_research():
    got = _caveats("This week's show is sponsored by the Grand Regatta.",
                   "Posted on social media by the testers at Pixel Forge, the clip shows stutter.",
                   "One small study in 50 people found benefits, but more research is needed.",
                   "Try to walk at least one day a week.")
    assert ("party_claim", "is sponsored by") in got
    assert any(t == "relayed_report" and c.startswith("Posted on social media by") for t, c in got)
    assert ("single_source", "One small study") in got and ("preliminary", "more research is needed") in got
    assert not any(t == "preliminary" and "at least one" in c for t, c in got)


def test_a_reviews_score_promo_codes_early_tests_and_a_makers_own_word():
    got = _caveats("Zentrix says the battery lasts 11 hours. Zentrix tells us keys can be replaced.",
                   "We've only just started testing the fans, but our initial testing suggests they are quiet.",
                   "Score 4.5 out of 5", "Buy it at Volt Depot with coupon code savebig.")
    assert any(t == "official_account" and c.startswith("Zentrix says") for t, c in got)
    assert ("loaded_language", "Score 4.5 out of 5") in got and ("party_claim", "coupon code") in got
    assert any(t == "preliminary" and ("initial testing" in c or "started testing" in c) for t, c in got)


def test_technical_terms_are_not_actors_and_a_class_year_makes_a_person():
    by_name = _actors("The laptop has HDMI, two USB-C ports and Wi-Fi 6. HDMI output is sharp, USB-C charges fast.",
                      "Wi-Fi is quick, and the Thunderbolt port and the Thunderbolt cable are sold apart. HDMI works.",
                      "Salina South diver Keeta Munzel (junior) won the state title. Wichita Heights' Aiden Gantry won too.")
    assert not {"HDMI", "USB-C", "Wi-Fi", "Thunderbolt"} & set(by_name)
    assert by_name["Keeta Munzel"].type == "person" and "Wichita Heights" not in {a.name for a in by_name.values()
                                                                                  if a.type == "person"}


def test_review_findings_leading_words_regions_possessive_stories_and_place_led_names():
    by_name = _actors("On Friday Palm Vale defeated Rockmoor 70-44 in the final.", "The Eagles beat the Hawks 3-1.")
    assert {"Palm Vale", "Rockmoor", "Eagles", "Hawks"} <= set(by_name) and "On Friday Palm Vale" not in by_name
    assert "Southern Nevada" not in _actors("Southern Nevada’s wildfires spread on Monday.")
    assert "Trump" not in _actors("Trump’s story changed again on Monday, aides said.")
    assert _actors("Texas Instruments, a chipmaker based in Dallas, said sales fell.")["Texas Instruments"].type == "company"
    assert ("loaded_language", "Barbaric") in _caveats("Barbaric attacks hit İstanbul on Monday.")


def test_a_name_with_an_ampersand_or_a_leading_ordinal_stays_whole():
    """"Texas A&M" is not a person "Texas A"; "21st Century Fox" is not a person "Century Fox"."""
    found = _actors("Dale Brennan was smitten with the award-winning Oklahoma A&M quarterback.",
                    "When the suit was filed, 22nd Century Media executive chairman Quinn Harlow was abroad.",
                    "Media said it would review the claims. Brennan said he would stay. Harlow said nothing.")
    assert not [n for n in found if n.endswith((" A", " M")) or n in ("A", "M")]
    assert "Century Media" not in found and "Dale Brennan" in found and "Quinn Harlow" in found
    assert all(found[n].type != "person" for n in found if "&" in n)
