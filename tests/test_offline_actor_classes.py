"""Class rules of the offline engine written from blind sets 6 to 9 (attribution, actors, and
things that are not actors): invented names and wording, so each checks a class, not an article."""

from __future__ import annotations

from brief.article import Article, Source
from brief.engines.offline import analyze

from .offline_probe import actors as _actors, names as _names, said as _said


def test_the_owner_of_a_possessive_role_is_not_the_speaker():
    said = _said("Mark Dunn, a builder, denies the charge.",
                 "Mark Dunn's lawyer Carla Ortiz met the board on Monday, and she said the deal was close.")
    assert any("the deal was close" in t for t in said.get("Carla Ortiz", []))
    assert not any("the deal was close" in t for t in said.get("Mark Dunn", []))


def test_a_pronoun_opening_a_reported_clause_is_not_the_speaker():
    said = _said("Carla Ortiz, a lawyer, met Peter Vance on Monday, and officials claimed she announced a deal.")
    assert not any("announced a deal" in t for v in said.values() for t in v)


def test_a_person_with_a_body_speaks_for_himself_and_a_quote_is_read_whole():
    said = _said("“We will decide at dawn,” Deputy Chief Ana Reyes with the Harbor Police Department said Tuesday.",
                 "“It looks safe. It looks very safe,” she said about the bridge.")
    assert said["Ana Reyes"] == ["We will decide at dawn", "It looks safe. It looks very safe"]
    assert not said.get("Harbor Police Department")


def test_a_long_quote_is_cited_from_where_its_speaker_is_sure_and_not_from_anothers_name():
    said = _said("Mark Dunn, a builder, denies the charge.",
                 "“We lost the whole harvest that spring. The rain never stopped,” says Rosa Lindqvist, a farmer.",
                 "“It was the last step,” said Tom Price, the site manager. “[Dunn] was going to sign the papers "
                 "with the bank that week. Then everything changed.”")
    assert said["Rosa Lindqvist"] == ["The rain never stopped"]
    assert said["Tom Price"] == ["It was the last step", "Then everything changed"]
    assert not any("sign the papers" in t or "harvest" in t for v in said.values() for t in v)


def test_a_thing_named_after_a_person_is_not_a_person():
    said = _said("Victor Brandt, a developer, testified on Monday about his loans.",
                 "Asked about the loan for his Columbus property – Brandt Plaza & Tower – he said the loan was "
                 "“long since repaid.”",
                 "Lawyers then asked whether the Brandt Columbus loan was paid off.")
    assert "Brandt Columbus" not in said and "Brandt Tower" not in said
    assert said["Victor Brandt"] == ["long since repaid"]


def test_a_leading_adverb_is_not_part_of_a_name_and_a_portfolio_is_part_of_a_title():
    got = _actors("Adam Rook, a bodyguard, ran the detail for years. Rook hired the guards himself.",
                  "Besides Rook, two drivers had keys. Rook kept the log, and Rook signed it.",
                  "Former Secretary of State Condoleezza Price praised the plan. Price said it was sound.")
    assert {"Rook"} <= set(got["Adam Rook"].aliases) and not any("Besides" in n for n in got)
    assert "Condoleezza Price" in got and not any(n.startswith("State ") for n in got)


def test_a_cause_named_for_its_members_and_a_verb_led_name_are_one_organisation():
    got = _actors("The bill passed after the group Parents for Safer Streets said it would sue the city.",
                  "Critics of the plan included veterans who joined Breaking the Chains, which opposes it.")
    assert "Parents for Safer Streets" in got and "Parents" not in got


def test_credits_datelines_shop_labels_and_holidays_are_not_actors():
    got = _actors("LISBON, May 3 (Reuters) -- The port reopened on Monday, said harbour master Rui Sousa.",
                  "“Smooth so far. Happy Thanksgiving!” Sousa told reporters.",
                  "ADD TO CART: Harbor Tales Deluxe Edition Board Game",
                  "Reuters' Ana Lima and Jon Pike contributed to this report.")
    assert "Rui Sousa" in got
    assert not {"Reuters", "Ana Lima", "Jon Pike", "Happy Thanksgiving", "Harbor Tales Deluxe Edition Board Game"} & set(got)


def test_an_agency_the_story_calls_the_acronym_and_bodies_known_by_their_officer_or_leader():
    got = _actors("The plan was overseen by the DRB. Later the DRB came under new control.",
                  "Documents show the DRB's agents met Ana Ortiz, and Bolt Motors CEO Tom Reyes was there.",
                  "Ana Ortiz, a lawyer, challenged the Kessler administration in court, according to Veltro's "
                  "recent analysis of filings.")
    assert "DRB" in got and got["Bolt Motors"].type == "company"
    assert got["Kessler administration"].type == "government" and "Veltro" in got


def test_a_name_the_story_puts_things_in_is_a_place_and_a_team_code_that_acts_is_an_actor():
    got = _actors("Maria Haddad lives in Tel Sabra, the most watched quarter. Since 1997, Tel Sabra has been walled.",
                  "The curfew in Tel Sabra is strict, she said.",
                  "K9 Esports won the final. K9 entered as underdogs and K9 stunned the favourites.")
    assert "Tel Sabra" not in got and "Maria Haddad" in got
    assert any(n.startswith("K9") for n in got)


def test_editions_places_things_happen_in_home_towns_and_schools_in_a_biography_are_not_actors():
    got = _actors("Zorn won the Cup 2019 title. Zorn lost the Cup 2021 final, and the Cup 2023 went to Vale.",
                  "Fans in Peru cheered the result. Ana Ruiz, a coach, grew up in Tacna, Nevada.",
                  "After graduating from Brill College and then Marlow Law School, she joined the team.",
                  "Ruiz said the Nevada fans were loud. Nevada fans travelled far, and Nevada sent buses.")
    assert "Ana Ruiz" in got
    assert not {"Cup", "Peru", "Marlow Law School", "Brill College"} & set(got)


def test_an_arabic_article_prefix_does_not_make_a_name_a_term():
    got = _actors("Groups such as Al-Noor documented the raids.",
                  "Al-Noor and other groups were banned in 2021. Researchers said Al-Noor appealed.")
    assert "Al-Noor" in got


def test_a_name_written_out_then_shortened_is_one_organisation():
    got = _actors("The Film Critics Guild (FCG) named its winners on Sunday. FCG spokeswoman Ana Bell said the vote was close.",
                  "Members of the Tidewater Rescue Society met on Monday. TRS volunteers later said the boat was found.",
                  "Two lawmakers from the populist Renewal for Valdia (ReV) walked out of the hearing.")
    assert "FCG" in got["Film Critics Guild"].aliases and "FCG" not in got
    assert "TRS" in got["Tidewater Rescue Society"].aliases
    assert got["Renewal for Valdia"].type == "political_party"


def test_a_state_named_by_its_government_and_a_place_by_its_authorities():
    got = _actors("The Chilean government is expected to approve the mine next month.",
                  "The miners filed a case against the government of Peru. In May, Dunmore authorities decided to close the road.")
    assert "Chilean government" in got["Chile"].aliases and "government of Peru" in got["Peru"].aliases
    assert got["Dunmore authorities"].type == "government"


def test_page_furniture_and_other_languages_are_not_the_story():
    got = _actors("Cartoonist Lena Marsh won a prize for her strip, the jury said.",
                  "Rosa Delgado joined the Marlin Quartet on stage, co-presented by Harbour Arts and […]",
                  "Author: Tomas Brehm (tb)",
                  "Outreach Communications",
                  "Ramón Ibarra, portavoz de Vecinos Unidos, dijo ayer que rechazan la propuesta municipal.")
    assert got["Lena Marsh"].role == "Cartoonist"
    assert not {"Rosa Delgado", "Marlin Quartet", "Tomas Brehm", "Outreach Communications", "Ramón Ibarra"} & set(got)


def test_an_employer_written_as_an_acronym_after_a_name_is_an_organisation():
    got = _actors("“It spreads by text message,” said Ivo Laska with KOSEC in a report on Monday.")
    assert "KOSEC" in got and "Ivo Laska" in got


def test_products_streets_islands_counted_peoples_and_plural_acronyms_are_not_organisations():
    got = _actors("A new Zephyr worm spreads fast. Zephyr devices are at risk, and Zephyr users should update.",
                  "About 40,000 Tamari lived there. Only 9,000 Tamari survived the famine, and the Tamari rebuilt.",
                  "Residents of Kolbergstrasse protested. Kolbergstrasse will be renamed, and Kolbergstrasse is quiet.",
                  "The island of Morvaine was abandoned in 1920. Morvaine bustled with miners, and Morvaine recovered.",
                  "Three NGOs signed the letter. The NGOs said it was late, and the NGOs have asked again.")
    assert not {"Zephyr", "Tamari", "Kolbergstrasse", "Morvaine", "NGOs"} & set(got)


def test_a_name_given_as_where_things_happen_is_a_place_unless_it_acts():
    got = _actors("Fires in the Selvara spread. Smoke from fires in the Selvara reached the city. The Selvara has burned.",
                  "Tocantis (the poorest state in the region) declared an emergency. Fires in Tocantis and in Tocantis grew.",
                  "Several labs in The Netherlands have confirmed the find.")
    assert "Tocantis" in got
    assert not {"Selvara", "Netherlands"} & set(got)


def test_titles_of_works_appositions_and_a_demonym_before_a_noun_are_not_actors():
    got = _actors("“The Lonely Mr Farrow” won best drama, and “Farrow” star Jo Wren said it was a surprise.",
                  "It asks the Office for Schools, the education regulator in Wales, to act.",
                  "The German Empire wanted colonies, and the German Empire took them.")
    assert "Jo Wren" in got and "Office for Schools" in got
    assert not {"Farrow", "Mr Farrow", "education regulator", "Empire"} & set(got)


def test_a_companys_legal_name_merges_and_a_head_before_of_decides_the_kind():
    got = _actors("Norvik Corp said on Thursday it would cut emissions. Norvik plans to spend more, and Norvik expects growth.",
                  "Oslo-based Fjell Engineering makes the filters, said Ada Roe, an astronomer at the Keller Institute "
                  "for Radio Astronomy.")
    assert "Norvik Corp" in got["Norvik"].aliases and "Norvik Corp" not in got
    assert got["Fjell Engineering"].type == "company"
    assert got["Keller Institute for Radio Astronomy"].type == "civil_society"


def test_a_part_an_actor_plays_is_not_an_actor():
    got = _actors("Zellner has won most prizes for her performance as a desperate, aging Ada Lind in the biopic.",
                  "Zellner said she had studied old films for months.")
    assert "Ada Lind" not in got


def test_a_team_of_researchers_is_the_subject_but_researchers_cited_are_not():
    study = _actors("A team of researchers affiliated with two museums has found a carved bone.",
                    "The researchers note that the bone is old. The researchers believe it was a tool.",
                    "Most such bones decayed, the researchers say.")
    cited = _actors("Researchers are warning of a new worm. Researchers found it in May.",
                    "Researchers urged users to update, and researchers have said more will come.")
    assert "researchers" in study and not any(n.lower() == "researchers" for n in cited)


def test_a_job_written_in_capitals_is_no_name_and_its_employer_is_an_actor():
    got = _actors("“We are proud of the lodge,” said Ida Marsh, Regional Vice President, Asia Pacific, Brenner Group.",
                  "“Guests will love it,” said Oren Vale, General Manager, Lakeview Lodge.",
                  "Tam Osei is a Data Engineer for Quillon. She said the work was hard.")
    assert {"Ida Marsh", "Oren Vale", "Tam Osei", "Quillon"} <= set(got)
    assert not {"Vice President", "Regional Vice President", "Asia Pacific", "Manager", "General Manager",
                "Data Engineer"} & _names(got)


def test_products_vintages_and_versions_are_not_actors():
    got = _actors("Holm Studios said it would ship a new Sky Pass. Sky Pass 3 will begin in May, Holm Studios said.",
                  "He poured his treasured 2015 Felsgold. The 2015 Felsgold was superb, he said.",
                  "Growers favour grapes like Trollinger and Lemberger. Trollinger sells well, and Trollinger keeps.")
    assert "Holm Studios" in got
    assert not {"Sky Pass", "Felsgold", "Trollinger", "Lemberger"} & _names(got)


def test_venues_and_named_islands_of_a_resort_are_not_actors():
    got = _actors("Corvia Hotels said the resort opens in June. The resort's Teens Club offers classes, "
                  "and the Palm Cove Club serves as a setting for weddings.",
                  "The Willa Grace in Denver and Tamsin House in Austin are sister hotels, Corvia Hotels said.",
                  "Diners can take a boat to the private Lan Vu island. Lan Vu island has one bar.")
    assert "Corvia Hotels" in got
    assert not {"Teens Club", "Palm Cove Club", "Willa Grace", "Tamsin House", "Lan Vu"} & _names(got)


def test_a_photo_credit_and_a_tool_used_are_not_actors():
    got = _actors("Rangers count the herd each spring. Credit: David Lopez/Parkwatch (CC BY 2.0)",
                  "The app uses DepthKit to map a face; the effect is achieved using DepthKit. Ola Brand said it works.")
    assert "Ola Brand" in got and not {"David Lopez", "DepthKit"} & _names(got)


def test_a_person_named_before_a_noun_or_a_league_with_a_year_stays_an_actor():
    got = _actors("Milo Hart sang it first; contrary to the Milo Hart song, things got worse, Hart said.",
                  "Dee Park was the first pick of the 2019 National Hockey League draft. The National Hockey League "
                  "said it would review the pick.")
    assert "Milo Hart" in got and "National Hockey League" in got


def test_a_club_that_acts_is_still_an_actor():
    got = _actors("The Harbor Rowing Club fired its coach on Monday after a poor season.",
                  "The Harbor Rowing Club appointed Lia Dorn, 41, in his place.")
    assert "Harbor Rowing Club" in got


def test_a_pair_that_only_qualifies_a_noun_is_a_category():
    got = _actors("In her spare time, Mara Quill makes handmade Coastal Salish beadwork and attends festivals.",
                  "“I show my children that a Coastal woman can lead,” she said.")
    assert "Mara Quill" in got and not {"Coastal Salish", "Coastal"} & _names(got)


# --- Classes written from blind set 9 (US hard news) -------------------------------------------------------


def test_an_office_known_by_its_holders_title_is_one_actor():
    got = _actors("Deputies with the Harlan County Sheriff's Office arrested two men on Route 9 on Friday.",
                  "The men face fraud charges, according to the attorney general's office.",
                  "Ned Cole, an investigator for the AG's office, said more arrests were likely. The Harlan County "
                  "sheriff's department declined to comment.")
    sheriff = next(a for a in got.values() if a.name.startswith("Harlan County Sheriff"))
    ag = next(a for a in got.values() if "attorney general" in a.name)
    assert sheriff.type == ag.type == "government" and "Harlan County sheriff's department" in sheriff.aliases
    assert "AG's office" in ag.aliases and not any(n.startswith("Harlan County Sheriff ") for n in got)
    quiet = _actors("Mia Lund, a nurse, said she once called the governor's office about the clinic. She never heard back.")
    assert not any("office" in n for n in _names(quiet))


def test_federal_agencies_are_actors_in_every_spelling():
    got = _actors("The F.B.I., called in to investigate, sent a team to the site. Rob Quay, a neighbor, watched.",
                  "NASA announced on Monday that the launch would slip. The Justice Department and the Department "
                  "of Justice's lawyers both declined to comment.")
    assert {"F.B.I.", "NASA"} <= set(got) and sum("Justice" in n for n in got) == 1


def test_the_outlet_whose_site_carries_the_story_is_not_an_actor():
    text = ["Rocket maker Veltra delayed its launch, Ana Ruiz, a former Veltra engineer, told NBC News.",
            "“It was the hardest year,” Ruiz said. Veltra said the delay was short."]
    own = Article.from_paragraphs(text, source=Source(url="https://www.nbcnews.com/tech/veltra-n1"))
    assert not any("NBC" in a.name for a in analyze(own).key_actors)
    assert "NBC News" in _actors(*text)  # another outlet's site: NBC's interview is part of the sourcing


def test_common_nouns_that_open_sentences_are_not_names():
    got = _actors("Investigators traced the thefts to a gas pump in Dover. Authorities seized $6,000 in cash.",
                  "Investigators said Lena Ortiz, 34, was arrested on Friday. Authorities expect more victims.")
    assert "Lena Ortiz" in got and not {"Investigators", "Authorities"} & set(got)


def test_a_party_member_described_by_place_is_an_unnamed_source_not_a_name():
    got = _actors("“He will win easily,” said a Vermont Republican. Another Vermont Republican disagreed.",
                  "“Nobody cares,” a Nevada Democrat said, and two Nevada Democrats agreed. Vermont Republican "
                  "insiders were split, a Vermont Republican said.",
                  "Tom Reyes, a senator, said he was not surprised.")
    assert "Tom Reyes" in got and not {"Vermont", "Nevada"} & set(got)
    assert not any(n.endswith(("Republican", "Democrat", "Democrats")) for n in got)
    acting = _actors("Texas Democrats fled the state on Monday to block the vote.",
                     "Texas Democrats said they would stay away for weeks, and Texas Democrats kept their word.")
    assert "Texas Democrats" in acting


def test_names_in_a_subheading_or_a_teaser_for_another_story_are_not_actors():
    got = _actors("Mayor Ana Cole said the bridge would reopen in May.",
                  "[How Dario Venn built a bridge empire in ten years]",
                  "‘Hardened’ Systems",
                  "The city said the repairs cost $4 million, Cole said.")
    assert "Ana Cole" in got and not {"Dario Venn", "Hardened’ Systems", "Systems"} & _names(got)


def test_where_someone_works_or_was_taken_named_once_is_not_an_actor():
    got = _actors("Ava Stone, a professor at Harlow University, said the plan was risky.",
                  "The driver was taken to Mercy Hospital in Tulsa. Ben Kay, a retired Coast Guard captain, "
                  "said the harbor was safe.")
    assert {"Ava Stone", "Ben Kay"} <= set(got)
    assert not {"Harlow University", "Mercy Hospital", "Coast Guard"} & _names(got)
    acting = _actors("Harlow University said on Monday it would close the lab. Harlow University denied the claim.")
    assert "Harlow University" in acting


def test_a_title_with_a_bare_surname_is_kept_as_an_alias():
    got = _actors("Vice President Harlan will preside over the count, and Vice President Harlan said so on Monday.")
    assert "Vice President Harlan" in got["Harlan"].aliases


def test_an_unnamed_man_later_identified_by_name_is_not_a_separate_actor():
    got = _actors("A man was found sleeping in a doorway, officials said.",
                  "An officer approached the man, later identified as Omar Tellis, 28, who fled.",
                  "The man fired at the officer. Police said the man was wounded. Tellis was charged on Monday.")
    assert "Omar Tellis" in got and "the man" not in got


def test_prosecutors_who_act_and_a_jury_that_decides_are_actors():
    got = _actors("A jury in Dover has found Carl Brin guilty on all counts.",
                  "Federal prosecutors are seeking a life sentence. Carl Brin, 30, told the jury he was sorry.",
                  "The jury will return on Monday for the penalty phase.")
    assert "Federal prosecutors" in got and "the jury" in got
    quiet = _actors("Rhea Moss, a lawyer, said jury selection would begin in May. She said the charges were brought "
                    "by prosecutors last year.", "Moss said her client was innocent.")
    assert not {"the jury", "prosecutors"} & set(quiet)


def test_a_persons_transition_team_is_an_actor_but_the_race_is_not():
    got = _actors("The Hale transition team asked the agency for a list of staff.",
                  "The agency said it would not give names to the transition team. Dana Hale said nothing.")
    assert "Hale transition team" in got
    race = _actors("During the campaign, Dana Hale spoke often. The campaign was long, Hale said.")
    assert not any("campaign" in n for n in race)


def test_a_business_named_after_its_relation_is_an_organisation():
    got = _actors("The delay was too much for one Veltra customer, Orbix, which moved to a rival, Skylane.",
                  "Veltra said Orbix was a long-time partner. Mara Dunn, a longtime customer, was upset.")
    assert got["Orbix"].type == "company" and "Skylane" in got
    assert got["Mara Dunn"].type == "person"


def test_one_bodys_variant_names_merge_and_two_bodies_do_not():
    got = _actors("The Harold P. Vance Foundation admitted the error. The Vance Foundation paid a fine.",
                  "The Department of Energy said staff were safe. The Energy Department later added details.",
                  "Officers from the Linden Police Department and the Oakdale Police Department met.")
    assert sum("Vance" in n for n in got) == 1 and sum("Energy" in n for n in got) == 1
    assert {"Linden Police Department", "Oakdale Police Department"} <= set(got)


def test_a_country_that_only_qualifies_nouns_is_not_a_side():
    got = _actors("U.S. stocks fell on Monday and U.S. bond yields rose. The U.S. Federal Reserve raised rates.",
                  "U.S. Treasuries slid, said Ana Kohl, a strategist. U.S. markets closed lower.")
    assert "United States" not in got
    sides = _actors("U.S. officials said the talks failed. U.S. officials met again on Monday.",
                    "U.S. officials later denied the report, said Ana Kohl, a strategist.")
    assert "United States" in sides


def test_towns_in_a_list_of_places_are_places():
    got = _actors("Cards were used in Dorset, Kelby, Marston and Tenby in Wales, said Joe Frith, an agent.",
                  "Frith spoke at his Marston office on Monday.")
    assert "Joe Frith" in got and "Marston" not in got


def test_long_names_with_small_words_are_one_organisation():
    got = _actors("Ada Lin, a fellow at the Center for Strategic and Civic Studies, said so.",
                  "Ian Roe, of the Center for a New Civic Future, agreed, as did Citizens for Clean and Fair Streets.",
                  "Rep. Sam Ode, the top Democrat on the House Oversight and Budget Reform Committee, said members "
                  "of the Granite Caucus would vote on Jan. 6. Congress on Jan. 6 will certify it.")
    assert {"Center for Strategic and Civic Studies", "Center for a New Civic Future",
            "House Oversight and Budget Reform Committee", "Granite Caucus"} <= set(got)
    assert any(n.startswith("Citizens for Clean and Fair Streets") for n in got)
    assert not any(n.endswith(" Jan") for n in got)


def test_a_cause_named_with_a_number_keeps_its_number():
    got = _actors("The strike is part of a day of action planned by activist group Raise Up for $20, which backs a "
                  "higher wage. Lea Moss, a cleaner, said she would join.")
    assert "Raise Up for $20" in got and "Raise Up" not in got


def test_a_team_or_a_people_in_the_plural_is_not_a_person():
    got = _actors("He paid $12,000 for a helmet signed by then-Austin Comets quarterback Ray Dunn, Lia Moss said.",
                  "Many Native Americans joined the march, and police met Native Americans at the bridge, Moss said.")
    assert not {"Austin Comets", "Native Americans"} & {n for n, a in got.items() if a.type == "person"}


def test_bare_police_are_the_police_body_the_story_names():
    story = ["Police said the march was calm. Later, police closed the bridge and police made two arrests.",
             "Ana Ruiz, a marcher, said police were polite. By night police had left."]
    assert "police" in _actors(*story)
    named = _actors("Officers of the Dunmore Police Department watched the march.", *story)
    assert "Dunmore Police Department" in named and "police" not in named
