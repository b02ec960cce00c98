"""Extraction on sentences we wrote ourselves: each phrasing real coverage uses, and the traps."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.parse import parse
from pipeline.read import read_text
from pipeline.records import Extraction, SeriesFacts


def run(text: str) -> Extraction:
    return extract(parse(read_text(text)))


def only(text: str) -> SeriesFacts:
    series = run(text).series
    assert len(series) == 1, [s.name for s in series]
    return series[0]


def pairs(facts: SeriesFacts) -> set[tuple[str, str | None]]:
    return {(c.actor, c.character) for c in facts.cast}


def crew(facts: SeriesFacts) -> set[tuple[str, str]]:
    return {(c.role, c.person) for c in facts.crew}


RENEWAL = (
    " date 2025-03-04 Hulu has renewed The Lantern Keepers for a third season. The Lantern Keepers "
    "was created by Tobias Renwick, who serves as showrunner and executive producer alongside "
    "Anjali Moss. The series is produced by Tidewater Studios in association with Brightline "
    "Television. Season 3 is expected in 2026."
)


def test_renewal_gives_series_network_crew_companies_and_seasons() -> None:
    facts = only(RENEWAL)
    assert facts.name == "The Lantern Keepers"
    assert not {n.name for n in facts.networks} & {"Starz", "PBS"}
    assert crew(facts) >= {
        ("creator", "Tobias Renwick"),
        ("showrunner", "Tobias Renwick"),
        ("executive producer", "Tobias Renwick"),
        ("executive producer", "Anjali Moss"),
    }
    assert {c.name for c in facts.companies} == {"Tidewater Studios", "Brightline Television"}
    assert set(facts.seasons) == {3}
    assert facts.seasons[3].status == "renewed"
    assert facts.seasons[3].start_date == "2026"


def test_every_fact_carries_its_evidence_span() -> None:
    extraction = run(RENEWAL)
    text = extraction.article.text
    facts = extraction.series[0]
    for fact in [*facts.networks, *facts.companies, *facts.crew]:
        ev = fact.evidence
        assert ev.sentence in text
        assert text[ev.start : ev.end] in ev.sentence
        assert ev.rule


CASTING = (
    " date 2025-05-02 Netflix's Saltmarsh Season 2 adds four. Jonah Fairweather has been cast as "
    "Deputy Cal Brennan, a series regular role. Ivy Calder and Marcus Penrose will appear as "
    "Abigail Thorne and Silas Greer, respectively, in recurring roles. Lena Ortiz, known for her "
    "role in Harbour Lights, joins the cast as Nell. Returning are Theo Marsh, Ada Quill and "
    "Bram Oyelaran. Saltmarsh Season 2 is filming in Vancouver, British Columbia."
)


def test_casting_phrasings_pair_actors_with_characters() -> None:
    facts = only(CASTING)
    assert pairs(facts) >= {
        ("Jonah Fairweather", "Deputy Cal Brennan"),
        ("Ivy Calder", "Abigail Thorne"),
        ("Marcus Penrose", "Silas Greer"),
        ("Lena Ortiz", "Nell"),
        ("Theo Marsh", None),
        ("Ada Quill", None),
        ("Bram Oyelaran", None),
    }
    kinds = {c.actor: c.role_kind for c in facts.cast}
    assert kinds["Jonah Fairweather"] == "series regular"
    assert kinds["Ivy Calder"] == "recurring"


def test_credits_of_other_shows_are_not_series_or_cast() -> None:
    result = run(CASTING)
    assert [s.name for s in result.series] == ["Saltmarsh"]
    assert "Harbour Lights" not in {c.character for c in result.series[0].cast}


def test_filming_location_belongs_to_the_season() -> None:
    facts = only(CASTING)
    assert [p.name for p in facts.seasons[2].locations] == ["Vancouver, British Columbia"]


def test_story_setting_is_not_a_filming_location() -> None:
    facts = only(
        "Harbour Lights Season 4 is set in Maine. Harbour Lights Season 4 premieres on Peacock "
        "on June 3, 2025."
    )
    assert facts.seasons[4].locations == []
    assert facts.seasons[4].start_date == "2025-06-03"


def test_character_first_parentheses_and_played_by() -> None:
    facts = only(
        "In Harbour Lights Season 2, Della Frost (Imogen Strand) leaves town. The role of Orrin "
        "Vale, played by Tomasz Reyes, grows. Harbour Lights Season 2 streams on Hulu."
    )
    assert pairs(facts) >= {("Imogen Strand", "Della Frost"), ("Tomasz Reyes", "Orrin Vale")}


def test_surname_resolves_to_the_full_name_given_earlier() -> None:
    facts = only(
        "Harbour Lights Season 2 adds Nadia Brookfield and Felix Osei as series regulars. "
        "Brookfield will play Captain Ines Marr. Harbour Lights Season 2 is on Hulu."
    )
    assert ("Nadia Brookfield", "Captain Ines Marr") in pairs(facts)


def test_relative_premiere_date_resolves_against_the_article_date() -> None:
    facts = only(
        " date 2025-06-10 The Apothecary on Vine Season 2 premieres Thursday on Prime Video. "
        "The Apothecary on Vine returns with eight episodes."
    )
    assert facts.seasons[2].start_date == "2025-06-12"
    assert [n.name for n in facts.networks] == ["Prime Video"]


def test_relative_date_without_article_date_is_left_out() -> None:
    facts = only(
        "The Apothecary on Vine Season 2 premieres Thursday on Prime Video. "
        "The Apothecary on Vine returns with eight episodes."
    )
    assert facts.seasons[2].start_date is None


def test_finale_and_production_dates_are_not_premieres() -> None:
    facts = only(
        " date 2025-01-10 Harbour Lights Season 3 began production on January 6, 2025. "
        "The Harbour Lights Season 2 finale airs on February 2, 2025."
    )
    assert all(s.start_date is None for s in facts.seasons.values())


def test_figures_or_a_statement_released_on_a_day_is_no_premiere() -> None:
    facts = only(
        " date 2025-06-15 Harbour Lights season 6 is filming in Belfast. Harbour Lights drew "
        "more viewers, according to figures released Monday. A statement released Friday said "
        "the cast is returning."
    )
    assert all(s.start_date is None for s in facts.seasons.values())


def test_another_show_in_a_roundup_lends_us_no_season_date_or_network() -> None:
    series = run(
        " date 2025-12-20 Harbour Lights returns to HBO for season 2 this week. Fans cheered. "
        "Elsewhere, The Velvet Static premieres its season 3 on Peacock on March 31. It streams "
        "weekly. Dana Holt stars as Ivy Marsh in Harbour Lights.\n\nHarbour Lights was "
        "created by Tobias Renwick."
    ).series
    facts = next(s for s in series if s.name == "Harbour Lights")
    assert [n.name for n in facts.networks] == ["HBO"]
    assert sorted(facts.seasons) == [2]
    assert facts.seasons[2].start_date is None
    assert pairs(facts) == {("Dana Holt", "Ivy Marsh")}
    assert crew(facts) == {("creator", "Tobias Renwick")}


def test_a_sentence_starting_no_premiere_is_still_ours() -> None:
    facts = only(
        " date 2025-03-04 Hulu has renewed The Lantern Keepers for a third season. "
        "No premiere window has been set, though the new season is expected in 2026."
    )
    assert facts.seasons[3].start_date == "2026"


def test_ratings_roundup_keeps_each_show_its_own_facts() -> None:
    series = {s.name: s for s in run(
        " date 2025-10-02 Harbour Lights was the most-streamed series last week, with 1.1 "
        "billion minutes viewed. Dana Holt stars as Ivy Marsh in Harbour Lights. Saltmarsh, the "
        "Hulu comedy, slipped to fifth. Its second season premiered on August 28. Meanwhile, "
        "Paramount+'s Copper Ridge, which returns for its fourth season on November 6, held "
        "steady. Harbour Lights has been renewed for a fourth season."
    ).series}
    facts = series["Harbour Lights"]
    assert facts.networks == []
    assert all(s.start_date is None for s in facts.seasons.values())
    assert sorted(facts.seasons) == [4]


def test_a_role_in_another_series_is_not_a_role_in_ours() -> None:
    series = {s.name: s for s in run(
        " date 2025-07-08 Maribel Okafor spent six seasons playing Dr. Julia Marsh on ABC's "
        "Harbour Lights. Harbour Lights ended in 2024. Okafor also voiced Queen Ysolde in the "
        "Netflix animated series Emberfall, which was cancelled in 2023."
    ).series}
    assert ("Maribel Okafor", "Queen Ysolde") not in pairs(series["Harbour Lights"])


def test_co_stars_as_names_a_role_not_an_actor() -> None:
    facts = only(
        " date 2025-02-20 Harbour Lights premieres February 21 on Apple TV+. Colm Reddy plays "
        "Father Declan Shea in Harbour Lights. Siobhan Keane co-stars as Nora, the town's "
        "doctor."
    )
    assert "Nora" not in {c.actor for c in facts.cast}


def test_quoted_title_in_a_title_case_headline_is_no_nickname() -> None:
    facts = only(
        " date 2025-04-03 FX Orders 'Dry Creek' Drama From Kel Ambrose\n\nFX has given a series "
        "order to Dry Creek, a Western drama from writer Kel Ambrose. Owen Mace stars as Sheriff "
        "Abel Crane."
    )
    assert facts.name == "Dry Creek"
    assert [n.name for n in facts.networks] == ["FX"]


def test_source_is_a_title_not_a_genre_nor_an_author() -> None:
    genre = only(
        " date 2025-03-11 Netflix has cancelled Paper Moons after two seasons. The fantasy "
        "series is based on the YA novels by Miriam Vale."
    )
    author = only(
        " date 2025-06-20 Harbour Lights season 4 is streaming now on Apple TV+. The series is "
        "based on the novels by Mick Herron."
    )
    assert genre.based_on == [] and author.based_on == []


def test_a_rank_after_a_character_name_stays() -> None:
    facts = only(
        " date 2025-03-11 Netflix has cancelled Paper Moons after two seasons. The cast "
        "included Ruby Sallow as Ada and Tom Pierce as the Lantern King."
    )
    assert ("Tom Pierce", "Lantern King") in pairs(facts)


def test_the_network_of_a_creators_next_project_is_not_ours() -> None:
    facts = only(
        " date 2025-03-11 Netflix has cancelled Paper Moons after two seasons. Hana Oduya, who "
        "created the series, is now developing a new series at HBO, Glass Orchard."
    )
    assert [n.name for n in facts.networks] == ["Netflix"]


def test_a_premiere_in_one_country_is_not_the_season_start() -> None:
    facts = only(
        " date 2025-01-09 The BBC drama Harbour Lights will make its US debut on PBS on "
        "March 2, following its run on BBC One last autumn. Harbour Lights stars Niamh Cusack."
    )
    assert all(s.start_date is None for s in facts.seasons.values())
    assert "US" not in {s.name for s in run(" date 2025-01-09 PBS sets US premiere for the "
                                            "drama. Its US premiere is in March.").series}


def test_a_renewal_before_after_season_2_premiered_is_season_3s() -> None:
    facts = only(
        " date 2025-06-12 Netflix has renewed Quiet Harvest for a third season. The renewal "
        "comes two months after season 2 premiered on April 10."
    )
    assert facts.seasons[2].status is None
    assert facts.seasons[2].start_date == "2025-04-10"
    assert facts.seasons[3].status == "renewed"


def test_a_season_not_yet_confirmed_does_not_exist() -> None:
    facts = only(
        " date 2025-02-14 Starz has set March 4 as the premiere date for the second season of "
        "Saltwater. A third season has not been confirmed, and there is no word yet on a fourth "
        "season."
    )
    assert sorted(facts.seasons) == [2]


def test_a_company_before_its_persons_name_is_no_creator() -> None:
    facts = only(
        " date 2025-10-20 Disney+ has revealed the voice cast of its animated series Orbit "
        "Kids. The series is created by Pixel Grove's Hannah Lee, who also executive produces."
    )
    assert "Pixel Grove" not in {c.person for c in facts.crew}


def test_surname_with_an_appositive_before_will_play() -> None:
    facts = only(
        " date 2025-05-12 Marlow Vance has joined the cast of Harbour Lights for its second "
        "season. Vance, best known for her turn in HBO's Copper Coast, will play Edie Rusk, a "
        "disgraced architect."
    )
    assert ("Marlow Vance", "Edie Rusk") in pairs(facts)


def test_filming_is_no_film_that_hides_the_network() -> None:
    facts = only(
        " date 2025-07-22 Harbour Lights season 2 is officially happening. Netflix renewed the "
        "drama in May, and filming wrapped in Atlanta last week."
    )
    assert [n.name for n in facts.networks] == ["Netflix"]


def test_a_schedule_story_lends_other_shows_seasons_to_none() -> None:
    facts = only(
        " date 2025-05-14 CBS has set its fall schedule. The freshman drama Harbor Patrol will "
        "launch on Tuesday, September 30. Harbor Patrol stars Dean Walsh as Captain Ray Ortega. "
        "Ghosts returns for its fifth season on October 16. The network also renewed Fire "
        "Country for a fourth season."
    )
    assert sorted(facts.seasons) == [1]
    assert "Ghosts" not in {c.actor for c in facts.cast}


def test_an_actor_who_will_not_return_does_not_cancel_the_season() -> None:
    facts = only(
        " date 2025-08-05 Mara Quinn is leaving Dockside. The actress, who has played Lucy "
        "Hale since the ABC drama premiered in 2021, will not return for the upcoming fourth "
        "season of Dockside."
    )
    assert facts.seasons[4].status != "cancelled"


def test_a_later_episode_date_is_not_the_season_start() -> None:
    facts = only(
        " date 2025-11-10 This week's episode of Wild Acre season 2 brought the storm. Wild "
        "Acre streams Mondays on Peacock; episode 6 arrives November 17."
    )
    assert facts.seasons[2].start_date is None


def test_played_by_after_an_aside_naming_someone_else() -> None:
    facts = only(
        " date 2025-09-10 Harbour Lights season 4 arrives next month. Dan Levy joins as author "
        "Thomas Molloy, a professor at a college where Maeve, played by Ines Marr, studies."
    )
    assert ("Ines Marr", "Thomas Molloy") not in pairs(facts)


def test_a_show_an_actor_is_best_known_from_is_a_credit() -> None:
    series = run(
        " date 2025-06-03 'Blue Harbour' star Ian Brooks joins 'Summit' season 2\n\nIan Brooks, "
        "best known as Sgt. Danny Kerr on Blue Harbour, has joined the second season of Summit, "
        "the Apple TV+ drama. Brooks joins Eva Lind, who plays Hanna Berg. Summit's first "
        "season premiered in 2024."
    ).series
    assert [s.name for s in series] == ["Summit"]


def test_a_year_is_no_source_title() -> None:
    facts = only(
        " date 2025-04-08 HBO Max has ordered Harbour Lights, a limited series. Harbour Lights "
        "is written by Nora Diaz, based on her 2019 novel of the same name."
    )
    assert "2019" not in {b.name for b in facts.based_on}


def test_each_season_keeps_its_own_places_and_a_trailer_premieres_nothing() -> None:
    facts = only(
        " date 2025-08-28 Prime Video has released the first trailer for season 2 of Harbour "
        "Lights. The new season premieres October 3. Season 1, which debuted in September "
        "2023, was filmed in Northern Ireland; season 2 moved production to Morocco and Croatia."
    )
    assert [p.name for p in facts.seasons[1].locations] == ["Northern Ireland"]
    assert [p.name for p in facts.seasons[2].locations] == ["Morocco", "Croatia"]
    assert facts.seasons[2].status != "premiered"
    assert facts.seasons[1].status == "premiered"


def test_parallel_lists_without_respectively_pair_nobody() -> None:
    facts = only(
        " date 2025-03-19 Disney+ has renewed Harbour Lights for a third season. The series "
        "will add Kai Mendez and Lottie Green as new students Orin and Bea."
    )
    assert ("Lottie Green", "Orin") not in pairs(facts)


def test_british_series_number_is_a_season() -> None:
    facts = only("Wrenfield series 2 is filming in Glasgow. Wrenfield series 2 arrives on BBC One.")
    assert set(facts.seasons) == {2}
    assert [n.name for n in facts.networks] == ["BBC One"]


def test_based_on_novel_and_author_is_not_creator() -> None:
    facts = only(
        "The Ninth Meridian, a limited series based on the novel The Cartographer's Silence by "
        "Ingrid Holm, premieres on Apple TV+. The Ninth Meridian season 1 has six episodes."
    )
    assert [b.name for b in facts.based_on] == ["The Cartographer's Silence"]
    assert "Ingrid Holm" not in {c.person for c in facts.crew}


def test_film_article_yields_no_series() -> None:
    result = run(
        " date 2025-02-02 Ironbridge, the new heist film, topped the box office with $40 million. "
        "Dana Whitlock stars as Mara Quell in Ironbridge, which Netflix will stream later. "
        "The film's director Hal Benning said Ironbridge was shot in Prague."
    )
    assert result.series == ()


def test_critic_is_not_cast() -> None:
    facts = only(
        "Critic Jonas Pell reviewed Harbour Lights Season 2. Harbour Lights stars Imogen Strand "
        "and Tomasz Reyes. Harbour Lights Season 2 is on Hulu."
    )
    assert "Jonas Pell" not in {c.actor for c in facts.cast}
    assert {"Imogen Strand", "Tomasz Reyes"} <= {c.actor for c in facts.cast}


def test_cut_off_last_sentence_yields_no_half_fact() -> None:
    facts = only("Harbour Lights Season 2 is on Hulu. Harbour Lights adds Tomasz Reyes as Orr")
    assert ("Tomasz Reyes", "Orr") not in pairs(facts)


def test_descriptor_before_the_character_is_not_part_of_the_name() -> None:
    facts = only(
        "Harbour Lights Season 3 is on Hulu. Mara Oyelowo joins the cast as a rival skipper, "
        "Tamsin Roe, while Felix Hart comes on board in season three as cult novelist Abel Crane."
    )
    assert pairs(facts) >= {("Mara Oyelowo", "Tamsin Roe"), ("Felix Hart", "Abel Crane")}


def test_returning_cast_and_unnamed_roles() -> None:
    facts = only(
        "Harbour Lights Season 3 is on Hulu. Ines Marr, Otto Vale and Rhea Lund are also back. "
        "The old harbourmaster is played by stage veteran Colm Ashby."
    )
    assert pairs(facts) >= {
        ("Ines Marr", None),
        ("Otto Vale", None),
        ("Rhea Lund", None),
        ("Colm Ashby", None),
    }


def test_debut_year_and_a_later_premiere_in_one_sentence() -> None:
    facts = only(
        " date 2025-03-04 Harbour Lights debuted in 2023, and Season 2 premiered on October 3, "
        "2024. Harbour Lights has been renewed for Season 3 at Hulu. The new season is expected "
        "in 2026."
    )
    assert facts.seasons[1].start_date == "2023"
    assert facts.seasons[2].start_date == "2024-10-03"
    assert facts.seasons[3].start_date == "2026"


def test_parts_are_seasons_unless_a_season_is_split() -> None:
    parts = only("Lantern Row Part 3 arrives on Netflix. Parts 1 and 2 of Lantern Row were hits.")
    assert set(parts.seasons) == {1, 2, 3}
    split = only(
        "Lantern Row Season 5, Part 2 arrives on Netflix. Lantern Row Season 5 began in June."
    )
    assert set(split.seasons) == {5}


def test_a_hedged_season_is_not_a_season() -> None:
    facts = only(
        "Wrenfield series 2 is filming in Glasgow for BBC One. Wrenfield series 2 arrives next "
        "year, but the BBC has not said whether a third series could follow."
    )
    assert set(facts.seasons) == {2}


def test_departing_actor_is_still_paired_with_the_role() -> None:
    facts = only(
        "Harbour Lights Season 3 is on Hulu. Ines Marr will not return to the role of "
        "Della “Dell” Frost in Harbour Lights Season 3."
    )
    assert ("Ines Marr", "Della “Dell” Frost") in pairs(facts)


ORDER = (
    " date 2025-02-10 Peacock has given a series order to Cinder Lane, an eight-episode drama. "
    "Cinder Lane is set to premiere on March 20. Rafe Almeida has been tapped to play Detective "
    "Jonah Crane. Theo Blackwood will recur as Dr. Anselm Reyes. Greta Lindqvist will guest star "
    "as Nora Pike. Filming is underway in Atlanta, Georgia."
)


def test_series_order_story() -> None:
    facts = only(ORDER)
    assert [n.name for n in facts.networks] == ["Peacock"]
    assert pairs(facts) == {
        ("Rafe Almeida", "Detective Jonah Crane"),
        ("Theo Blackwood", "Dr. Anselm Reyes"),
        ("Greta Lindqvist", "Nora Pike"),
    }
    assert {c.actor: c.role_kind for c in facts.cast}["Greta Lindqvist"] == "guest star"
    assert facts.seasons[1].start_date == "2025-03-20"
    assert [p.name for p in facts.seasons[1].locations] == ["Atlanta, Georgia"]


def test_premiere_date_phrase_is_not_a_title_and_places_keep_their_region() -> None:
    result = run(
        " date 2024-09-02 Max has set an October 17 premiere date for the third season of Copper "
        "Coast. Season 2 of Copper Coast premiered in June 2023. Season 3 was filmed in Butte, "
        "Montana, and in Calgary. Copper Coast is produced by HBO in association with Red Mesa "
        "Pictures."
    )
    assert [s.name for s in result.series] == ["Copper Coast"]
    facts = result.series[0]
    assert [n.name for n in facts.networks] == ["Max"]
    assert facts.seasons[2].start_date == "2023-06"
    assert facts.seasons[3].start_date == "2024-10-17"
    assert [p.name for p in facts.seasons[3].locations] == ["Butte, Montana", "Calgary"]


def test_renewal_story_keeps_the_old_premiere_off_the_new_season() -> None:
    facts = only(
        " date 2025-08-14 Apple TV+ has renewed The Quiet Meridian for a second season. The "
        "thriller premiered in April. Created by novelist Arthur Penhale, the series is produced "
        "by Fifth Season and Apple Studios."
    )
    assert set(facts.seasons) == {2}
    assert facts.seasons[2].start_date is None
    assert ("creator", "Arthur Penhale") in crew(facts)
    assert {c.name for c in facts.companies} == {"Fifth Season", "Apple Studios"}


def test_a_calendar_word_that_is_a_surname_ends_the_character_name() -> None:
    facts = only(
        " date 2025-05-02 Hulu has ordered a second season of Harbor Lights. The drama stars "
        "Ines Abara and Kofi Mensah as Lucy Spring and Noah Winter, respectively."
    )
    assert {("Ines Abara", "Lucy Spring"), ("Kofi Mensah", "Noah Winter")} <= pairs(facts)
    solo = only(" date 2025-05-02 Hulu has ordered a second season of Harbor Lights. "
                "Dana Kirk plays Maggie Summer in the drama.")
    assert ("Dana Kirk", "Maggie Summer") in pairs(solo)


def test_a_spinoff_of_a_network_named_show_is_based_on_it() -> None:
    facts = only(
        " date 2025-06-10 Apple TV+ has renewed Saltmarsh for a second season. A spinoff of "
        "the HBO crime drama Copper Lantern, Saltmarsh follows a rookie detective."
    )
    assert [b.name for b in facts.based_on] == ["Copper Lantern"]


def test_a_possessive_character_with_the_actor_in_parentheses() -> None:
    facts = only(
        " date 2025-05-02 Netflix has renewed Harbor Lights for a second season. The first "
        "season followed Maya’s (Dana Kirk) fight to save the lighthouse. Netflix's (NFLX) "
        "shares rose."
    )
    assert pairs(facts) == {("Dana Kirk", "Maya")}


def test_a_one_word_cast_name_with_a_possessive_character_after_of() -> None:
    facts = only(
        " date 2025-05-02 HBO has renewed Harbor Lights for a third season. Back for season 3 "
        "are original cast members Okafor (Dune) and Lena Park as series regulars. Park will not "
        "return as Mina Cole, sister of Okafor’s character Josephine “Jo” Cole, due to "
        "scheduling issues."
    )
    assert ("Okafor", "Josephine “Jo” Cole") in pairs(facts)


def test_a_possessive_character_needs_the_actor_in_the_cast() -> None:
    facts = only(
        " date 2025-05-02 HBO has renewed Harbor Lights for a third season. Lena Park plays "
        "Mina Cole. Critics compared her to Okafor’s character Jo Cole in Tidewater."
    )
    assert pairs(facts) == {("Lena Park", "Mina Cole")}


def test_names_right_before_in_undisclosed_or_recurring_roles_are_cast() -> None:
    facts = only(
        " date 2025-05-02 Netflix has renewed Harbor Lights for a second season. The second "
        "season will add Tomas Reyes (Night Shift) and Priya Vance in recurring roles. "
        "Dara Holt and Ken Ito have appeared in recurring roles on other dramas."
    )
    assert {(c.actor, c.role_kind) for c in facts.cast} == {
        ("Tomas Reyes", "recurring"), ("Priya Vance", "recurring")}


def _seasons_of(facts: SeriesFacts) -> dict[int, tuple[str | None, str | None]]:
    return {n: (s.status, s.start_date) for n, s in facts.seasons.items()}


def test_a_question_states_no_fact() -> None:
    facts = only(
        " date 2025-04-14 Apple TV+ renewed Harrowgate for a second season last year. "
        "Q: Has Apple renewed Harrowgate for a third season? Is Harrowgate on Netflix?"
    )
    assert 3 not in facts.seasons
    assert [n.name for n in facts.networks] == ["Apple TV+"]


def test_a_network_it_is_not_on_or_sold_on_is_not_its_home() -> None:
    facts = only(
        " date 2025-04-14 Saltmarsh season 2 premieres September 18 on Peacock. Saltmarsh is "
        "not available on Hulu. Season 1 is also available to buy on Amazon."
    )
    assert [n.name for n in facts.networks] == ["Peacock"]


def test_names_after_starring_as_or_join_the_cast_as_are_characters() -> None:
    facts = only(
        " date 2025-04-14 Sky has greenlit Harbour of Saints, a drama set in Rotterdam, with "
        "Pieter van der Berg starring as customs chief Joost de Wit. Harbour of Saints "
        "premieres in 2026."
    )
    assert pairs(facts) == {("Pieter van der Berg", "Joost de Wit")}


def test_a_casting_in_talks_or_rumored_is_not_cast() -> None:
    facts = only(
        " date 2025-04-14 Hulu has renewed The Gilded Ward for a second season. Celia Marr is "
        "in talks to join the cast as administrator Vivian Holt. Director Kofi Ansah is "
        "reportedly eyeing the finale."
    )
    assert facts.cast == [] and facts.crew == []


def test_a_condition_renews_and_dates_nothing() -> None:
    facts = only(
        " date 2025-04-14 Lakeshore Nights ended its second season on Freeform in March. If "
        "Lakeshore Nights is renewed, a third season would not premiere until 2026 at the "
        "earliest."
    )
    assert 3 not in facts.seasons


def test_trailers_finales_and_chart_weeks_are_not_premieres() -> None:
    trailer = only(
        " date 2025-05-20 Prime Video has released the first full trailer for Season 2 of "
        "Crownfall. Crownfall season 2 opens August 28."
    )
    assert trailer.seasons[2].status != "premiered"
    finale = only(
        " date 2025-11-03 The FX drama Blackwater Sound closed out its third season Sunday. "
        "Blackwater Sound was renewed for a fourth season."
    )
    assert finale.seasons[3].start_date is None
    chart = only(
        " date 2025-03-10 The comedy Ferngully Road led the streaming rankings for the week "
        "of February 24. Ferngully Road has run for three seasons."
    )
    assert all(s.start_date is None for s in chart.seasons.values())


def test_not_titles_a_network_list_a_date_a_headline_phrase_an_actor_leaving() -> None:
    names = {s.name for s in run(
        " date 2025-02-20 What We Know About Season 3. Movistar Plus+ and HBO Max have "
        "renewed the thriller La Frontera for a second season. Disney+ will premiere the "
        "second season of Moth Kingdom on February 26. Bree Kinsella will not return for the "
        "third season of Pine Hollow. La Frontera and Moth Kingdom and Pine Hollow lead the "
        "list."
    ).series}
    assert names == {"La Frontera", "Moth Kingdom", "Pine Hollow"}


def test_in_a_sentence_naming_two_shows_each_keeps_its_own_season() -> None:
    series = {s.name: s for s in run(
        " date 2025-04-01 Starz has set dates for two dramas. Blood Orchard Season 2 premieres "
        "June 6, and The Tally Men returns for its third season on July 18. Blood Orchard and "
        "The Tally Men both film in Portugal."
    ).series}
    assert set(series["Blood Orchard"].seasons) == {2}
    assert series["Blood Orchard"].seasons[2].start_date == "2025-06-06"


def test_detective_inspector_abbreviations_do_not_end_a_sentence() -> None:
    facts = only(
        " date 2025-04-01 The BBC One drama St Aldric has added actors to its second season. "
        "Jonah Pike joins as Det. Insp. Callum Reid, who investigates a death. Co-star Sunniva "
        "Ek plays Lieutenant Anya Petrov."
    )
    assert {("Jonah Pike", "Det. Insp. Callum Reid"), ("Sunniva Ek", "Lieutenant Anya Petrov")
            } <= pairs(facts)


def test_another_shows_network_and_a_films_location_are_not_ours() -> None:
    facts = only(
        " date 2025-04-01 Hulu has renewed Tern Island for a second season. Tern Island "
        "follows a group of castaways. Mara Voss, who is currently filming the Showtime series "
        "Red Acre, joins Tern Island as Brother Absalom. Ines Roe left Tern Island for the "
        "Marvel film she is shooting in London."
    )
    assert not {n.name for n in facts.networks} & {"Starz", "PBS"}
    assert all(not s.locations for s in facts.seasons.values())


def test_an_actor_belongs_to_the_season_named_before_them() -> None:
    facts = only(
        " date 2025-04-01 FX has renewed American Ruin for a third season. Season 1 starred "
        "Dominic Hale as police chief Ray Costa, while Season 2 starred Priya Nand as senator "
        "Lena Ortiz."
    )
    assert {(c.actor, c.season) for c in facts.cast} == {("Dominic Hale", 1), ("Priya Nand", 2)}


def test_a_seasons_subtitle_is_not_another_show() -> None:
    names = [s.name for s in run(
        " date 2025-04-01 'Strange Weather' Returns for Season 2, Subtitled 'Drought'. Strange "
        "Weather, Netflix's horror anthology, will return for a second season subtitled "
        "Drought. Strange Weather: Drought premieres January 30 on Netflix."
    ).series]
    assert names == ["Strange Weather"]


def test_since_its_debut_in_a_year_dates_the_first_season() -> None:
    facts = only(
        " date 2025-08-01 Paramount+ has renewed the thriller Widow's Peak for a third season. "
        "Widow's Peak has been a steady performer for the streamer since its debut in 2024. Its "
        "second season premiered in June."
    )
    assert _seasons_of(facts) == {1: ("premiered", "2024"), 2: ("premiered", "2025-06"),
                                  3: ("renewed", None)}


def test_in_a_film_story_a_show_is_a_credit_unless_named_again() -> None:
    review = run(
        " date 2025-10-27 'The Lantern Room' Review: A Quiet Ghost Story\n\nMira Sol, who spent "
        "two seasons on Hulu's Harbour Lights, carries The Lantern Room, a ghost film that opens "
        "in theaters Friday. Sol plays Edie Vance, a night nurse. The Lantern Room is produced "
        "by A24."
    )
    assert run_names(review) == []
    box_office = only(
        " date 2025-07-21 Box Office: 'Iron Tide' Opens to $48 Million\n\nThe film stars Cal "
        "Rowe, best known for the NBC drama Fort Calder. Co-star Ada Lind plays Lieutenant Anya "
        "Petrov. Fort Calder ran for six seasons on NBC before ending in 2021."
    )
    assert ("Ada Lind", "Lieutenant Anya Petrov") not in pairs(box_office)
    assert [n.name for n in box_office.networks] == ["NBC"]


def run_names(extraction: Extraction) -> list[str]:
    return [s.name for s in extraction.series]


def test_a_role_kind_said_in_an_earlier_clause_is_not_the_next_actors() -> None:
    facts = only(
        " date 2025-04-01 The CW has renewed Pine Hollow for a third season. Owen Fairley, who "
        "plays Sheriff Abe Morrow, has been promoted to series regular, and newcomer Lily Ash "
        "joins the cast as June. Back for season 3 are Ada Moss; Ben Ode; and Cy Roe as series "
        "regulars."
    )
    kinds = {c.actor: c.role_kind for c in facts.cast}
    assert kinds == {"Owen Fairley": "series regular", "Lily Ash": None,
                     "Ada Moss": "series regular", "Ben Ode": "series regular",
                     "Cy Roe": "series regular"}


def test_another_shows_showrunner_and_a_companys_adjective() -> None:
    series = {s.name: s for s in run(
        " date 2025-04-01 Characters from Hulu's comedy Gravel & Grace will appear in an "
        "episode of ABC's procedural The Bakersfield Files. Gravel & Grace creator Wendy Asaro "
        "wrote the crossover episode with The Bakersfield Files showrunner Otis Pembrook. "
        "Gravel & Grace is produced by London-based Moonpath Studios."
    ).series}
    facts = series["Gravel & Grace"]
    assert crew(facts) == {("creator", "Wendy Asaro")}
    assert [c.name for c in facts.companies] == ["Moonpath Studios"]


def test_more_ways_an_article_names_its_show() -> None:
    created = only(
        " date 2025-03-19 BBC One and ZDF Team on Thriller 'The Night Ferry'\n\nThe Night Ferry "
        "was created by Fiona Brady. It is expected to premiere on BBC One in 2026."
    )
    assert created.name == "The Night Ferry" and crew(created) == {("creator", "Fiona Brady")}
    appositive = only(
        " date 2025-01-09 Cameras are rolling on Sirocco, the Franco-Italian thriller from "
        "Netflix. Sirocco stars Omar Benali as Karim Idrissi."
    )
    assert appositive.name == "Sirocco"
    in_its = only(
        " date 2025-09-25 Station Nine is in its fourth season on NBC, and both seasons of "
        "Station Nine before it were hits. Station Nine stars Desi Oyel as Luca Brandt."
    )
    assert in_its.name == "Station Nine"
    question = only(
        " date 2025-10-20 Is 'Copper & Coin' Cancelled? Netflix has yet to decide the fate of "
        "Copper & Coin. Netflix cancelled two other comedies this month."
    )
    assert question.name == "Copper & Coin" and question.networks == []


def test_a_person_called_a_drama_star_is_no_show() -> None:
    names = [s.name for s in run(
        " date 2025-03-01 Hulu has renewed Harbour Lights for a third season. Jane Doe, the "
        "British drama star, joins Harbour Lights as Nell Vance."
    ).series]
    assert names == ["Harbour Lights"]


def test_passive_and_returning_cast_phrasings() -> None:
    facts = only(
        " date 2025-05-02 Netflix has renewed Harbor Lights for a second season. Mara Holt, "
        "played since the pilot by Ana Ruiz, dies in the premiere. Captain Rhys Dane, now played "
        "by Tom Eke, returns. Lia Moss is back as Dr. Nell Vance, and Kofi Ansah will lead the "
        "new season as Detective Sam Bell. Ivo Lenz will take over the part of Judge Ada Crane. "
        "The series was created by Annelies ter Horst and Miguel de la Cruz."
    )
    assert pairs(facts) == {("Ana Ruiz", "Mara Holt"), ("Tom Eke", "Captain Rhys Dane"),
                            ("Lia Moss", "Dr. Nell Vance"), ("Kofi Ansah", "Detective Sam Bell"),
                            ("Ivo Lenz", "Judge Ada Crane")}
    assert crew(facts) == {("creator", "Annelies ter Horst"), ("creator", "Miguel de la Cruz")}


def test_a_later_volume_or_half_does_not_date_the_season() -> None:
    for sentence in ("Season 4 Volume 2 of Harbor Lights premieres July 1 on Netflix.",
                     "The second half of Harbor Lights season 4 arrives July 1."):
        facts = only(f" date 2025-02-02 Netflix has renewed Harbor Lights. {sentence}")
        assert facts.seasons[4].start_date is None, sentence


def test_a_stars_other_show_is_no_actor_and_its_seasons_elsewhere_no_network() -> None:
    facts = only(
        " date 2025-02-02 AMC has renewed Harbor Lights for a third season. Harbor Lights stars "
        "Ana Ruiz as Nell Vance. Harbor Lights star Ana Ruiz has been cast in the HBO drama "
        "Glass Orchard as Mara Quill. Tom Eke will also star in the Hulu comedy Tin Men as Dot. "
        "The first two seasons of Harbor Lights are streaming on Netflix."
    )
    assert [n.name for n in facts.networks] == ["AMC"]
    assert pairs(facts) == {("Ana Ruiz", "Nell Vance")}


def test_round_two_dates_tense_parts_sources_and_history() -> None:
    facts = only(
        " date 2025-05-01 Netflix has renewed Kestrel Bay for a third season. Netflix has "
        "released first-look photos from the third season of Kestrel Bay, which debuts June 5. "
        "Kestrel Bay is adapted from the game developed by Ironclad and first released in 2018. "
        "A decision on a fourth season of Kestrel Bay is expected in June."
    )
    assert _seasons_of(facts) == {3: ("renewed", "2025-06-05")}
    moved = only(
        " date 2025-06-01 Netflix has picked up a fifth season of Fairhaven, which previously "
        "aired for four seasons on CBS before the network canceled it in May. Fairhaven season 5 "
        "will premiere in late 2026. Netflix has set November 27 as the premiere date for the "
        "second half of Fairhaven season 5."
    )
    assert moved.seasons[5].status != "cancelled"
    assert moved.seasons[5].start_date == "2026"


def test_round_two_titles_not_shows() -> None:
    names = {s.name for s in run(
        " date 2025-05-01 'Nightjar' Comic Adaptation Gets Season 2 at Prime Video\n\nPrime Video "
        "has renewed Nightjar for a second season. Sunday's episode, titled \"Dock 9,\" was "
        "directed by Anya Petrov. Production on the Western's fourth season of Nightjar begins in "
        "June. NBC has moved The Longshoreman to Mondays at 9 this fall, and "
        "The Longshoreman returns for its second season September 8."
    ).series}
    assert names == {"Nightjar", "The Longshoreman"}


def test_round_two_people_quotes_corrections_and_networks() -> None:
    facts = only(
        " date 2025-05-01 'Dust Devils' Showrunner Steps Down Ahead of Season 4\n\nFX has renewed "
        "Dust Devils for a fourth season. Tom Eke, who played Jack Reed in Blue Harbor, has joined "
        "the cast of Dust Devils as Sam Bell. The revival adds Ty Banks as the ranch's new "
        "foreman and Sophie Allard as a drifter. Co-executive producer Ben Akers has been "
        "promoted to showrunner. \"We'd happily make a fifth and sixth season,\" the FX chief "
        "said. The show was originally developed at Showtime, which passed on it. Holt left "
        "Dust Devils in 2022 to develop Iron Saddle for AMC. An earlier version of this story "
        "misstated that Dust Devils had been renewed for a fifth season."
    )
    assert pairs(facts) == {("Tom Eke", "Sam Bell")}
    assert set(facts.seasons) == {4}
    assert [n.name for n in facts.networks] == ["FX"]
    assert "Ben Akers" not in {c.actor for c in facts.cast}
    assert all("Steps" not in c.person for c in facts.crew)


def test_a_nationality_or_publisher_before_a_kind_of_work_is_no_source() -> None:
    facts = only(
        " date 2025-05-01 ABC has given a series order to The Ferryman, a drama based on the "
        "Danish series Færgen. The Ferryman premieres in 2026 on ABC."
    )
    assert [b.name for b in facts.based_on] == ["Færgen"]


def test_round_two_lists_remakes_and_network_possessive_titles() -> None:
    series = {s.name: s for s in run(
        " date 2025-05-12 NBC unveiled its schedule. Held for midseason are the new drama "
        "Lakeview Rescue, starring Marcus Dane, and the eighth season of Precinct Nine. Lakeview "
        "Rescue premieres in 2026, and Precinct Nine returns for its eighth season in March.\n\n"
        "- Copper Hill, season 4 (FX, 10 p.m.)\n\n- The Quiet Coast, series premiere (Hulu)\n\n"
        "Copper Hill airs Tuesdays. Hulu's The Quiet Year, season 2, is slated for Q3."
    ).series}
    assert 8 not in series["Lakeview Rescue"].seasons
    assert [(c.actor, c.season) for c in series["Lakeview Rescue"].cast] == [("Marcus Dane", None)]
    assert [n.name for n in series["Copper Hill"].networks] == ["FX"]
    assert "Hulu's The Quiet Year" not in series
    remake = only(
        " date 2025-05-12 Netflix is developing a remake of a Korean drama. The new version, "
        "La Farmacia de la Luna, will star Alba Serrano as Lucía Romero. The original series "
        "starred Han Ji-woo as Kang Min-seo. La Farmacia de la Luna is set to premiere in 2026."
    )
    assert remake.name == "La Farmacia de la Luna"
    assert pairs(remake) == {("Alba Serrano", "Lucía Romero")}


def test_round_two_credit_shows_spinoffs_and_episode_titles() -> None:
    order = run(
        " date 2025-05-12 Apple TV+ Orders 'The Salt Orchard' Drama From 'Kingsgate' Creator\n\n"
        "Apple TV+ has ordered The Salt Orchard, a drama series. Kingsgate creator Nigel Prowse "
        "will adapt the book. Emma Thwaite, who played Queen Isolde on Kingsgate, has been cast as "
        "Agnes Mercer. Her Kingsgate co-star Lionel Baptiste, who played King Edric, joins as her "
        "neighbor, Tom Glass. The Salt Orchard is produced by Sister Pictures."
    )
    assert [s.name for s in order.series] == ["The Salt Orchard"]
    facts = order.series[0]
    assert pairs(facts) == {("Emma Thwaite", "Agnes Mercer"), ("Lionel Baptiste", "Tom Glass")}
    assert ("creator", "Nigel Prowse") not in crew(facts)
    spinoff = {s.name: s for s in run(
        " date 2025-05-12 AMC Renews 'Ironwood' for Season 4, Orders Spinoff 'Ironwood: "
        "Frontier'\n\nAMC has renewed Ironwood for a fourth season and ordered a prequel, "
        "Ironwood: Frontier, set in 1872. Ironwood stars Colt Reyes as rancher Eli Dunn. "
        "Ironwood: Frontier premieres in 2026."
    ).series}
    assert set(spinoff) == {"Ironwood", "Ironwood: Frontier"}
    assert pairs(spinoff["Ironwood"]) == {("Colt Reyes", "Eli Dunn")}
    recap = [s.name for s in run(
        " date 2025-04-07 'Midnight Dispatch' Season 2, Episode 5 Recap: The Fire at Dock 9\n\n"
        "Midnight Dispatch season 2, episode 5 aired Sunday on HBO. Sunday's episode, titled "
        "\"Dock 9,\" was directed by Anya Petrov."
    ).series]
    assert recap == ["Midnight Dispatch"]


def test_a_revivals_undated_season_is_not_season_one() -> None:
    facts = only(
        " date 2025-01-10 Paramount+ Orders Revival of 'Sunnyvale High'\n\nParamount+ has ordered "
        "a revival of the teen drama Sunnyvale High, which originally aired on The WB from 1999 "
        "to 2004. Production on Sunnyvale High starts in Los Angeles in March, with a premiere "
        "planned for late 2025."
    )
    assert 1 not in facts.seasons


def test_a_former_shows_title_is_no_actor_and_a_character_is_no_show() -> None:
    facts = only(
        " date 2025-05-01 Rachel Lin, who formerly starred as Dr. Kate Hollis on Cedar Point, has "
        "been cast as the lead in ABC's Second Opinion. Lin will play Dr. Maya Chen. Second "
        "Opinion premieres in 2026."
    )
    assert facts.name == "Second Opinion"
    assert pairs(facts) == {("Rachel Lin", "Dr. Maya Chen")}
    names = [s.name for s in run(
        " date 2025-05-01 Max has renewed Crowfield for a third season. The gothic drama, which "
        "stars Imogen Hale as the widow Clara Crowfield and Felix Arden as the groundskeeper "
        "Nathaniel, was renewed in March. Crowfield returns October 19."
    ).series]
    assert names == ["Crowfield"]


def test_cast_members_such_as_a_portraying_b_are_cast() -> None:
    facts = only(
        " date 2025-05-01 Netflix has renewed Harbor Lights for a third season. Alongside her "
        "were cast members such as Ana Ruiz portraying the sorceress Nell Vance."
    )
    assert pairs(facts) == {("Ana Ruiz", "Nell Vance")}


def test_showrunner_changes_name_the_new_showrunner_only() -> None:
    facts = only(
        " date 2025-02-02 AMC has renewed Harbor Lights for a third season. Nadia Fromm will "
        "replace Curtis Alder as showrunner of Harbor Lights. Co-executive producer Ben Akers has "
        "been promoted to showrunner. Jim Tolliver steps down as showrunner."
    )
    assert crew(facts) == {("showrunner", "Nadia Fromm"), ("showrunner", "Ben Akers")}


def test_recommissioned_renews_and_a_dated_novel_is_a_source() -> None:
    facts = only(
        " date 2025-02-02 Harbor Lights series 2 aired on ITV in January. ITV has recommissioned "
        "Harbor Lights for a third series. Harbor Lights is based on the 2017 novel The Orchard "
        "at Low Tide by Miriam Achebe-Ford."
    )
    assert facts.seasons[3].status == "renewed"
    assert [b.name for b in facts.based_on] == ["The Orchard at Low Tide"]


def test_a_pronoun_or_a_network_before_a_title_is_not_part_of_it() -> None:
    assert run(" date 2025-01-09 PBS sets US premiere for the drama. Its US premiere is in "
               "March.").series == ()
    facts = only(
        " date 2025-01-09 Following the move to Hulu, Harbour Lights season 2 premieres March "
        "5. Harbour Lights stars Niamh Cusack."
    )
    assert facts.name == "Harbour Lights"


def test_genre_and_format_words_before_a_title_do_not_veto_its_date() -> None:
    for lead in ("The murder mystery", "The single-camera comedy"):
        facts = only(f" date 2025-01-09 {lead} Harbour Lights returns for season 2 on March 5. "
                     "Harbour Lights stars Niamh Cusack.")
        assert facts.seasons[2].start_date == "2025-03-05", lead


def test_the_second_half_of_a_season_dates_nothing_wherever_it_is_named() -> None:
    facts = only(
        " date 2025-10-30 Netflix has set November 27 as the premiere date for the second half "
        "of The Lowlands season 2. The Lowlands stars Femke de Vries."
    )
    assert facts.seasons[2].start_date is None


def test_a_year_not_next_to_the_season_the_sentence_names_dates_nothing() -> None:
    facts = only(
        " date 2022-08-01 “Harbour Lights” was one of 2021’s most talked-about shows to land on "
        "streaming, and its audience has kept growing following the recent premiere of its "
        "second season. “Harbour Lights” stars Niamh Cusack."
    )
    assert all(s.start_date is None for s in facts.seasons.values()), facts.seasons


def test_a_weekday_right_after_season_is_not_read_as_on() -> None:
    """The date's "on" is a word, never the end of "season": the season stands before it."""
    from pipeline import rules as R

    assert R.DATE_EXPRESSION.search("its sixth season Monday, March 2")[0] == "Monday, March 2"
    facts = only(
        " date 2025-11-20 The cop drama Ridgeback kicks off its sixth season Monday, March 2 "
        "on CBS. Ridgeback stars Dale Ortiz."
    )
    assert facts.seasons[6].start_date == "2026-03-02"


def test_filming_that_begins_in_a_month_names_its_place() -> None:
    for sentence in ("Filming on the third season begins in March in Ireland.",
                     "Shooting of season three kicked off last week in Ireland.",
                     "Production will start in early May 2025 in Ireland."):
        facts = only(" date 2025-01-09 Netflix has renewed Harbour Lights for a third season. "
                     + sentence)
        assert [p.name for p in facts.seasons[3].locations] == ["Ireland"], sentence


def test_a_renewer_a_returning_actor_or_a_spoiler_warning_is_not_a_show() -> None:
    cases = {
        "The Food Network has renewed its cooking series Pan Fried for a fourth season. Pan "
        "Fried is hosted by Lou Berra.": ["Pan Fried"],
        "ITV has renewed Copper Lane for a third series. Marta Quill is returning to the role "
        "of Nan Hobbs, which she first played in 2011. Copper Lane airs on Sundays.":
            ["Copper Lane"],
        "Warning: This review contains spoilers for the season 3 finale of Pale Acre, which "
        "aired Sunday on AMC. Pale Acre has been renewed.": ["Pale Acre"],
        "The series follows Sergeant Ruth Anstey (Delia Farrow), who is called back to her "
        "home town. Farrow is back for season 2 of Moor End, the BBC One drama. Moor End "
        "returns in May.": ["Moor End"],
    }
    for text, names in cases.items():
        assert [s.name for s in run(" date 2025-04-01 " + text).series] == names, text


def test_unordered_hoped_for_and_negated_seasons_and_sets_state_nothing() -> None:
    salt = only(" date 2025-04-01 Peacock has renewed Salt Flats for a second season. A third "
                "season has not been commissioned.")
    assert sorted(salt.seasons) == [2]
    glass = only(" date 2025-04-01 Netflix is developing Glass Road, a drama series. If the "
                 "project moves forward, producers hope to shoot in Wales. Glass Road would be "
                 "its first drama.")
    assert not any(s.locations for s in glass.seasons.values())
    row = only(" date 2025-04-01 Netflix has renewed Harbour Row for a third season. Despite "
               "its Boston setting, not a single scene of Harbour Row has been shot in Boston.")
    assert row.seasons[3].locations == []


def test_places_after_including_in_are_places_and_including_is_not() -> None:
    facts = only(" date 2025-04-01 The BBC has renewed Fen Wardens for a second series. Series "
                 "2 is being filmed across Norfolk and Suffolk, including in Cromer and Holt, as "
                 "well as at a studio in Norwich.")
    assert [p.name for p in facts.seasons[2].locations] == ["Norfolk", "Suffolk", "Cromer", "Holt"]


def test_a_sources_makers_a_companys_owner_and_a_parts_job_are_no_credits() -> None:
    motel = only(" date 2025-04-01 Hulu has ordered Dead Air Motel, a drama series based on the "
                 "podcast of the same name. The podcast, created by Juno Vale and Amos Gad, "
                 "debuted in 2020. Dead Air Motel premieres in 2026.")
    assert motel.crew == []
    ledger = only(" date 2025-04-01 Paramount+ has ordered Quiet Ledger to series. It is produced "
                  "by CBS Studios and Marchbanks' company, Lamplit Pictures. Quiet Ledger "
                  "premieres in 2026.")
    assert [c.name for c in ledger.companies] == ["CBS Studios"]
    falls = only(" date 2025-04-01 Apple TV+ has renewed Cinder Falls for a second season. The "
                 "cast includes Lucius Bell as choir director Amos Pike. Cinder Falls was created "
                 "by Ada Rowe.")
    assert crew(falls) == {("creator", "Ada Rowe")}
    assert pairs(falls) == {("Lucius Bell", "Amos Pike")}


def test_a_later_season_which_premiered_on_a_date_is_dated_not_season_one() -> None:
    facts = only(" date 2025-04-01 Fox has renewed Harbour Row for a third season. Harbour Row, "
                 "which stars Nia Gale as Detective Rose Hart, is currently airing its second "
                 "season, which premiered on January 8, 2025.")
    assert 1 not in facts.seasons
    assert facts.seasons[2].start_date == "2025-01-08"


def test_a_revivals_old_network_and_a_place_before_a_genre_are_not_its_facts() -> None:
    beat = only(" date 2025-04-01 Paramount+ has ordered a revival of the cop drama Sunset Beat. "
                "Sunset Beat, which ran for eight seasons on ABC from 1989 to 1997, returns in "
                "2026. The revival was created by Dana Orr.")
    assert [n.name for n in beat.networks] == ["Paramount+"]
    shows = {s.name: s for s in run(
        " date 2025-04-01 NBC has given a series order to Kingsbridge: Night Shift, a spinoff "
        "of the Bronx police drama Kingsbridge Heights. Kingsbridge: Night Shift premieres in "
        "2026. Kingsbridge Heights airs on NBC.").series}
    assert [b.name for b in shows["Kingsbridge: Night Shift"].based_on] == ["Kingsbridge Heights"]


def test_a_season_named_after_the_shows_launch_year_does_not_take_that_year() -> None:
    facts = only(" date 2025-04-01 Netflix has renewed Cake Off for a sixth season. Original "
                 "judge Jo Lane, who has appeared on the panel since the show launched in 2020, "
                 "will not return for season 6. Cake Off airs on Sundays.")
    assert facts.seasons[6].start_date is None
    assert facts.seasons[1].start_date == "2020"


def test_an_age_is_not_part_of_a_name_and_cable_networks_are_networks() -> None:
    facts = only(" date 2025-04-01 Disney Junior has renewed Puddle Patrol for a second season. "
                 "Eight-year-old Amani Okon voices Pip, with Shel Mirabeau as Captain Drizzle. "
                 "Puddle Patrol airs on Disney Junior.")
    assert pairs(facts) == {("Amani Okon", "Pip"), ("Shel Mirabeau", "Captain Drizzle")}
    assert [n.name for n in facts.networks] == ["Disney Junior"]


def test_a_schedule_lines_final_season_is_that_shows_not_the_one_above() -> None:
    shows = {s.name: s for s in run(
        " date 2025-09-03 Fall TV Preview: Returning Shows\n\nBake Club, Season 6 (Sept. 15, "
        "Food Network): Chef Rena Oak hosts again.\n\nMoorgate, final season (Sept. 21, BBC One): "
        "The police drama bows out after five seasons.").series}
    assert all(s.start_date != "2025-09-21" for show in shows.values()
               for s in show.seasons.values())


def test_a_ranked_character_before_a_parenthesis_is_the_character() -> None:
    facts = only(" date 2025-04-01 BBC One has renewed Moor End for a second series. The series "
                 "follows Detective Inspector Ruth Anstey (Delia Farrow), who returns to her home "
                 "village. Moor End also stars Tom Reid as DS Iain Bell.")
    assert pairs(facts) == {("Delia Farrow", "Detective Inspector Ruth Anstey"),
                            ("Tom Reid", "DS Iain Bell")}


def test_a_part_with_a_job_title_is_no_crew_credit() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Low Tide for a third season. Series star Ola "
                 "Brant returns as choir director Amos Pike. The casting director Mira Soto found "
                 "the new leads. Low Tide was created by Ada Rowe.")
    assert crew(facts) == {("creator", "Ada Rowe")}


def test_a_set_planned_first_and_then_given_up_is_no_filming_location() -> None:
    facts = only(" date 2025-04-01 CBC has renewed Harbour Blue for a second season. Harbour Blue "
                 "was initially meant to film in Halifax, but production moved to Toronto. The "
                 "series films in Toronto.")
    places = {p.name for s in facts.seasons.values() for p in s.locations}
    assert places == {"Toronto"}


def test_an_episode_or_a_finale_that_aired_neither_dates_nor_premieres_a_season() -> None:
    facts = only(" date 2025-04-01 Peacock has renewed Dune Road for a fourth season. The third "
                 "season finale of Dune Road, which aired Sunday, March 9, drew 2 million viewers. "
                 "In the episode, which aired March 2, Nora Vale left the town for good.")
    assert facts.seasons[3].status is None
    assert all(s.start_date is None for s in facts.seasons.values())


def test_the_series_premiere_dates_season_one_not_the_season_just_renewed() -> None:
    facts = only(" date 2025-08-01 Nick Jr. Renews 'Otter Cove' for Season 2 Ahead of Debut\n\n"
                 "Nick Jr. has renewed Otter Cove for a second season. The show premieres "
                 "Friday, September 12, 2025, on Nick Jr.")
    assert facts.seasons[2].start_date is None
    assert facts.seasons[1].start_date == "2025-09-12"


def test_a_title_ending_in_apostrophe_s_keeps_it() -> None:
    facts = only(" date 2025-04-01 ABC renewed Mercy Bell's for a third season in March. Mercy "
                 "Bell's is produced by ABC Signature. Mercy Bell's stars Ana Lopes as Dr. Ruth "
                 "Kane.")
    assert facts.name == "Mercy Bell's"
    show = only(" date 2025-04-01 Hulu renewed Iron Lake for a third season. Iron Lake's third "
                "season premieres in May. Iron Lake's cast is led by Ana Lopes.")
    assert show.name == "Iron Lake"


def test_where_to_watch_abroad_names_no_network() -> None:
    facts = only(" date 2025-04-01 Moor End returns for its second series on Sunday, May 4, on "
                 "ITV1.\n\nCanada: Moor End streams on Crave from May 5.\n\nInternationally, "
                 "Moor End will launch on Hulu on May 9. Australian viewers can watch Moor End on "
                 "Stan.")
    assert [n.name for n in facts.networks] == ["ITV1"]


def test_a_competitor_named_after_its_genre_lends_no_season_or_network() -> None:
    facts = only(" date 2025-10-21 CBS's new drama Tin Harbor drew 6 million viewers. Tin Harbor "
                 "premiered on September 28, 2025. Before it, the procedural Dock Nine, now in its "
                 "fifth season, drew 5 million. Over on NBC, the reality competition Sing Off drew "
                 "3 million viewers. Tin Harbor was created by Opal Reyes.")
    assert [n.name for n in facts.networks] == ["CBS"]
    assert set(facts.seasons) == {1}


def test_an_untitled_project_is_not_the_show() -> None:
    facts = only(" date 2025-04-01 Sky has renewed Iron Moor for a third season. Iron Moor "
                 "airs on Sky Atlantic. Its star Ned Hale was recently cast in Netflix's untitled "
                 "heist drama.")
    assert {n.name for n in facts.networks} == {"Sky", "Sky Atlantic"}


def test_a_pilot_makes_no_season_and_another_pilots_star_is_not_cast() -> None:
    facts = only(" date 2025-05-15 CBS has passed on the drama pilot Far North. Far North starred "
                 "Ana Lopes as Dr. Ruth Kane. The pilot was filmed in Calgary, Alberta, in March. "
                 "CBS also passed on the comedy pilot Aunt Hattie Knows, starring Ola Brant.")
    assert facts.name == "Far North"
    assert facts.seasons == {}
    assert pairs(facts) == {("Ana Lopes", "Dr. Ruth Kane")}


def test_a_season_of_the_flagship_is_not_the_spinoffs() -> None:
    facts = only(" date 2025-04-01 NBC has ordered Dock Street: Nights, a spinoff of Dock Street. "
                 "Ana Lopes returns as Officer Rae Kim, who was introduced in season 3 of the "
                 "flagship. Dock Street: Nights premieres in 2026.")
    assert 3 not in facts.seasons


def test_a_stand_in_who_once_played_the_part_is_not_cast() -> None:
    facts = only(" date 2025-04-01 Bay Hollow renewed for a fifth season. Bay Hollow stars Ana "
                 "Lopes as Nell Crane. While Lopes was on maternity leave in 2019, Nell was played "
                 "by Ola Brant. Bay Hollow airs on CBS.")
    assert pairs(facts) == {("Ana Lopes", "Nell Crane")}


def test_a_revivals_late_original_creator_is_not_its_crew() -> None:
    facts = only(" date 2025-04-01 Hulu has ordered a revival of the sitcom Bay Street. Bay Street "
                 "creator Ned Hale died in 2019. The revival is run by showrunner Ana Lopes. Bay "
                 "Street returns in 2026.")
    assert crew(facts) == {("showrunner", "Ana Lopes")}


def test_a_roundup_item_about_an_unnamed_show_lends_nothing_to_the_one_above() -> None:
    shows = {s.name: s for s in run(
        " date 2025-10-30 TV Roundup: Hulu Renews 'Iron Moor', Fox Cancels 'Dust Road'\n\n"
        "RENEWALS: Hulu has renewed the drama Iron Moor for a third season.\n\n"
        "CANCELLATIONS: Fox has cancelled the western Dust Road after one season. The series "
        "starred Ana Lopes as Jo Reyes.\n\n"
        "DATES: Peacock has set the second season of the comedy Low Saints to premiere on "
        "March 5, 2026. Season 1 star Ola Brant returns as Deacon Hale.\n\n"
        "DEVELOPMENT: HBO is developing a drama based on the novel Glass Fields.").series}
    assert pairs(shows["Dust Road"]) == {("Ana Lopes", "Jo Reyes")}
    assert all(not s.based_on for s in shows.values())


def test_a_possessive_before_the_part_and_the_shows_own_title_are_not_characters() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed The Moss Hall for a second season. Ola Brant, "
                 "who plays Nell's uncle Rupert, said little. Ned Hale returns to work with Brant "
                 "as a guest star in the second season of The Moss Hall, playing Judge Fell.")
    assert ("Ola Brant", "Nell") not in pairs(facts)
    assert ("Ola Brant", "Moss Hall") not in pairs(facts)


def test_an_envisioned_first_season_is_no_season() -> None:
    facts = only(" date 2025-04-01 Prime Video is developing Salt Crown, a series based on the "
                 "novels by Ana Lopes. Lopes envisions the first season covering only the first "
                 "book. Salt Crown is in development at Prime Video.")
    assert facts.seasons == {}


def test_a_season_named_as_a_point_in_time_is_not_the_cast_members_season() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Iron Moor for a fifth season. Season 4 opens "
                 "a year after the season 3 finale, with Tessa Vane (Ana Lopes) in charge of the "
                 "mill.")
    assert {(c.actor, c.season) for c in facts.cast} == {("Ana Lopes", 4)}


def test_a_single_update_label_does_not_make_a_roundup() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Iron Moor for a third season.\n\nUPDATE: "
                 "The new season premieres on March 5, 2026.")
    assert facts.seasons[3].start_date == "2026-03-05"


def test_the_guards_against_regional_and_hedged_wording_keep_plain_facts() -> None:
    facts = only(" date 2025-04-01 Dock Nine has been renewed for a second season. Season 2, "
                 "made with Imagine Television, films in Atlanta. The show drew 5 million "
                 "American viewers on CBS.")
    assert [p.name for p in facts.seasons[2].locations] == ["Atlanta"]
    assert [n.name for n in facts.networks] == ["CBS"]


def test_an_update_label_is_no_title() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Iron Moor for a third season.\n\nUPDATE: "
                 "Season 3 premieres on March 5, 2026.")
    assert facts.seasons[3].start_date == "2026-03-05"


def test_an_actor_who_is_back_is_not_another_show() -> None:
    facts = only(" date 2025-04-01 Moor End returns to BBC One for its second series in May. The "
                 "series follows DI Ruth Anstey (Delia Farrow). Farrow is back for series 2, "
                 "alongside Tom Reid as her partner, DS Iain Bell.")
    assert ("Tom Reid", "DS Iain Bell") in pairs(facts)


def test_a_pilot_named_in_passing_does_not_stop_the_series_filming_place() -> None:
    facts = only(" date 2025-04-01 Hulu has ordered Salt Flats to series. Like the pilot, Salt "
                 "Flats films in Calgary, Alberta.")
    assert [p.name for s in facts.seasons.values() for p in s.locations] == ["Calgary, Alberta"]


def test_a_past_role_or_a_ratings_rival_named_in_passing_is_no_series() -> None:
    bio = only(
        " date 2025-05-01 Nina Sorel, who memorably stole scenes as the gruff Sergeant Vera Holm "
        "on ABC's procedural Dockside Nine, has been cast as a series regular in Salt Flats, "
        "a Hulu drama produced by Sony Pictures Television. Sorel spent four seasons on "
        "Dockside Nine, which ABC ended in 2022."
    )
    assert bio.name == "Salt Flats"
    assert [c.name for c in bio.companies] == ["Sony Pictures Television"]
    run_ = only(
        " date 2025-05-01 Fox has renewed Iron Moor for a third season. Iron Moor averaged 5 "
        "million viewers, which puts it ahead of CBS's Pale Harbor (4.1 million). In the demo "
        "Iron Moor tied with last season's run of Pale Harbor."
    )
    assert run_.name == "Iron Moor"
    creator = run(
        " date 2025-05-01 Neon Sets Date for 'Low Tide', Cora Vance's First Feature After "
        "'Red Mesa'\n\nVance is best known as the creator and showrunner of Starz's Red Mesa, "
        "which ran for four seasons. Jon Pike, nominated for his role as Sheriff Cole Dunn on "
        "Red Mesa, stars in the film, which opens in theaters Oct. 3."
    )
    assert creator.series == ()


def test_a_status_in_a_which_clause_of_another_show_is_not_ours() -> None:
    facts = only(
        " date 2025-05-01 Fox has renewed Iron Moor for a third season. The drama stars Ana "
        "Ruiz. Season 2 of Iron Moor outdrew CBS's Pale Harbor, which the network axed in 2024 "
        "after one season."
    )
    assert facts.seasons[2].status is None


def test_a_european_broadcaster_that_premieres_a_show_is_no_series() -> None:
    facts = only(
        " date 2025-05-01 Hulu has ordered Frostmark, an eight-part Nordic thriller made with "
        "NRK. Frostmark stars Ana Ruiz. NRK will premiere Frostmark in Norway in spring 2026."
    )
    assert facts.name == "Frostmark"


def test_an_authors_bestseller_is_no_title_and_a_review_verdict_names_the_show() -> None:
    facts = only(
        " date 2025-03-01 Frostmark review: cold and gripping\n\nITV's adaptation of Ada "
        "Lindqvist's bestseller is a quiet triumph. Frostmark airs Sundays on ITV. Set on a "
        "Baltic island, Frostmark is a slow-burning crime drama. The series was filmed in Riga. "
        "Lindqvist's novel was a hit in 2019."
    )
    assert facts.name == "Frostmark"


def test_a_networks_event_or_headline_blurb_is_no_title() -> None:
    event = only(
        " date 2025-03-01 Netflix has renewed Iron Moor for a third season. Iron Moor will "
        "return in June. A trailer will debut at Netflix's Tudum event in May; Tudum is the "
        "streamer's fan event."
    )
    assert event.name == "Iron Moor"
    headline = only(
        " date 2025-03-01 Meet the Cast of 'Sweetgum': Who Plays Ada in Hulu's New Southern "
        "Drama?\n\nSweetgum premieres on Hulu on May 2. Sweetgum stars Ana Ruiz as Ada."
    )
    assert headline.name == "Sweetgum"


def test_a_season_volume_is_no_other_show() -> None:
    facts = only(
        " date 2025-03-01 Netflix will split Iron Moor Season 3 into two volumes. Iron Moor "
        "Season 3 Volume 1 premieres June 13 on Netflix; Iron Moor Season 3 Volume 2 premieres "
        "July 18."
    )
    assert facts.name == "Iron Moor"


def test_a_seasons_subtitle_is_no_series_though_its_city_comes_up_again() -> None:
    facts = only(
        " date 2025-03-01 FX's anthology 'Long Nights' sets its second season. Season 2, "
        "subtitled \"Tulsa,\" will star Ana Ruiz as Dee Marsh. Long Nights' first season, "
        "subtitled \"Fargo Road,\" starred Tom Reid. Season 2 is set in Tulsa, Oklahoma, but "
        "films in Atlanta; Season 1, set on Fargo Road, was filmed in Calgary."
    )
    assert facts.name == "Long Nights"


def test_a_reboots_original_and_its_unattached_leads_are_not_the_reboots() -> None:
    facts = only(
        " date 2025-03-01 Hulu has set the cast of its reboot of Harbour Lights, the drama that "
        "ran on Fox from 1998 to 2003. Ana Ruiz will star as Dee Marsh. The Fox "
        "original was produced by Coldwater Studios and filmed in Toronto for all five seasons. "
        "Two original stars, Tom Reid (Jack Marsh) and Ivy Lund (Nora Marsh), are not currently "
        "attached. Hulu's Harbour Lights is produced by Sony Pictures Television."
    )
    assert [c.name for c in facts.companies] == ["Sony Pictures Television"]
    assert not [p for s in facts.seasons.values() for p in s.locations]
    assert {c.actor for c in facts.cast} == {"Ana Ruiz"}


def test_the_new_series_of_a_spinoff_story_is_the_spinoff() -> None:
    result = run(
        " date 2025-03-01 Hulu Orders 'Iron Moor' Spinoff 'Salt Flats'\n\nHulu has ordered Salt "
        "Flats, a spinoff of its western Iron Moor. Salt Flats is created by Ana Ruiz; Iron "
        "Moor creator Tom Reid is not involved.\n\nThe new series is produced by Sony Pictures "
        "Television. (Iron Moor itself was filmed in Calgary.)\n\nJoining Ana Ruiz in the main "
        "cast are Ivy Lund as Dee Marsh, a nurse, and Cal Roe as Jack Hale, a cook."
    )
    by_name = {s.name: s for s in result.series}
    assert [c.name for c in by_name["Salt Flats"].companies] == ["Sony Pictures Television"]
    assert pairs(by_name["Salt Flats"]) == {("Ivy Lund", "Dee Marsh"), ("Cal Roe", "Jack Hale")}
    assert not by_name["Iron Moor"].cast and not by_name["Iron Moor"].companies


def test_another_title_of_the_slate_or_source_is_not_ours() -> None:
    slate = only(
        " date 2025-03-01 Apple TV+ has ordered Iron Moor, a drama about a frontier sheriff. "
        "Iron Moor stars Ana Ruiz. Apple's western slate already includes Dust Road, about a "
        "cattle drive, which premieres in February."
    )
    assert not any(s.start_date for s in slate.seasons.values())
    source = only(
        " date 2025-03-01 Sony is developing Iron Moor, a drama series based on the hit "
        "podcast. Iron Moor would be written by Ana Ruiz. It is the third Loudmouth Audio "
        "podcast to reach the screen: Dust Road was adapted as a Hulu series last year, "
        "starring Ivy Lund as Dee Marsh, and was produced by Fremantle."
    )
    assert not source.cast and not source.companies
    ours = only(
        " date 2025-03-01 Hulu has ordered Iron Moor, a western drama. Iron Moor stars Ana Ruiz. "
        "It is the third Hulu project to film in Calgary, Alberta this year."
    )
    assert [p.name for s in ours.seasons.values() for p in s.locations] == ["Calgary, Alberta"]


def test_a_header_in_capitals_opens_that_shows_entry() -> None:
    result = run(
        " date 2026-02-01 'Iron Moor' and 'Dust Road' Both Return This Spring\n\nIron Moor "
        "returns for its third season in April. Dust Road returns for its second season in "
        "May.\n\nIRON MOOR (the Hulu "
        "one)\n\nWhat it is: A grim Hulu western produced by Fremantle.\n\nDUST ROAD (the "
        "comedy)\n\nWhat it is: A half-hour comedy produced by Boat Rocker Studios.\n\nWho's "
        "in it: Ana Ruiz as ranch boss Dee Marsh."
    )
    by_name = {s.name: s for s in result.series}
    assert [c.name for c in by_name["Iron Moor"].companies] == ["Fremantle"]
    assert [c.name for c in by_name["Dust Road"].companies] == ["Boat Rocker Studios"]
    assert pairs(by_name["Dust Road"]) == {("Ana Ruiz", "Dee Marsh")}


def test_a_verdict_with_the_network_names_the_show() -> None:
    facts = only(
        " date 2025-03-01 Glass Orchard is a new Netflix thriller. Glass Orchard stars Ana Ruiz "
        "as Dee Marsh."
    )
    assert pairs(facts) == {("Ana Ruiz", "Dee Marsh")}


def test_a_show_an_actor_starred_on_is_a_credit() -> None:
    facts = only(
        " date 2025-05-01 Nina Sorel, who starred on NBC's Pale Harbor, has joined Salt Flats, "
        "a Hulu drama produced by Sony Pictures Television. Sorel also recurred on Pale Harbor's "
        "spinoff."
    )
    assert facts.name == "Salt Flats"


def test_a_channel_that_premieres_a_named_show_is_no_series() -> None:
    facts = only(
        " date 2025-05-01 Hulu has ordered Frost Road, an eight-part Nordic thriller made with "
        "Yle. Frost Road stars Ana Ruiz. Yle will premiere Frost Road in Finland in spring 2026."
    )
    assert facts.name == "Frost Road"


def test_a_language_or_a_speaker_after_the_place_is_no_filming_location() -> None:
    facts = only(" date 2025-04-01 Arte has ordered Grey Dunes, a six-part thriller. Grey Dunes "
                 "will be filmed mostly in Danish and Dutch. The storm scenes were shot in "
                 "Esbjerg, Maren Holt said, because the harbour still looks the same.")
    assert [p.name for s in facts.seasons.values() for p in s.locations] == ["Esbjerg"]


def test_a_company_possessive_after_with_is_no_crew_member_but_its_person_is() -> None:
    facts = only(" date 2025-04-01 Hulu has ordered Salt Flats to series. Mara Quill created "
                 "the show and executive produces with Northgate's Dev Anand Rao.")
    assert ("executive producer", "Dev Anand Rao") in crew(facts)
    assert not any(c.person == "Northgate" for c in facts.crew)


def test_a_name_a_description_introduces_or_a_podcasts_host_is_no_cast_member() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. Lena Ortiz "
                 "joins as a guest star, playing a ranger named Cora Vail, and Sam Bright "
                 "returns as the mayor. The crew is led by a smuggler called the Heron. The "
                 "podcast, hosted by retired detective Dana Pike, revisits a 1990 murder.")
    actors = {c.actor for c in facts.cast}
    assert "Sam Bright" in actors
    assert not actors & {"Cora Vail", "Heron", "Dana Pike"}


def test_a_given_up_relative_hedged_or_denied_date_or_another_clauses_is_no_premiere() -> None:
    for text in (
        "Its second season was originally slated to premiere Oct. 2, before the strike.",
        "Its second season became the network's biggest drama launch since 2018.",
        "A late 2026 or early 2027 premiere for the second season is expected.",
        "The first season aired on Fox; it moves to Netflix on June 3.",
        "No new premieres this week, but Sunday is a fine day to start season 2.",
    ):
        facts = only(" date 2025-04-01 Peacock has renewed Dune Road for a second season. "
                     + text)
        assert all(s.start_date is None for s in facts.seasons.values()), text


def test_a_role_kind_that_one_later_name_states_is_not_the_whole_lists() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. The cast is "
                 "led by Mina Holt as Sheriff Dana Crewe and Oren Blake as Deputy Vic Marsh, "
                 "with Tess Pardo recurring as Mayor Ruth Lyle. The premiere panel featured "
                 "stars Ana Ruiz (Kit), Leo Park (Sol) and newcomer Ida Fenn, who joins the "
                 "season in a recurring role.")
    kinds = {c.actor: c.role_kind for c in facts.cast}
    assert kinds["Tess Pardo"] == "recurring"
    assert kinds["Mina Holt"] is None and kinds["Oren Blake"] is None
    assert kinds["Ana Ruiz"] is None and kinds["Leo Park"] is None


def test_the_word_before_cast_includes_is_no_cast_member() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. Supporting cast "
                 "includes Rafe Dunmore as a travelling preacher.")
    assert {c.actor for c in facts.cast} <= {"Rafe Dunmore"}


def test_a_related_link_headline_gives_no_crew() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season.\n\nRelated: "
                 "'Ash Road' Season 2 Finale: Showrunner Nell Varga Breaks Down That Twist")
    assert not facts.crew


def test_names_not_attached_to_a_revival_are_no_cast() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. Two former "
                 "stars, Nora Belle (Kit Vance) and Tom Ashby (Ray Vance), are not currently "
                 "attached.")
    assert not facts.cast


def test_the_person_a_story_follows_is_the_character_before_the_actor() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. The series "
                 "follows Maite Olle (Ana Ruiz), a ranger who returns to her home town.")
    assert pairs(facts) == {("Ana Ruiz", "Maite Olle")}


def test_an_actors_production_company_is_no_character() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. Ash Road "
                 "stars Nora Belle as Sheriff Kit Vance. It is produced by Hulu Originals and "
                 "Belle's Red Kite Productions.")
    assert pairs(facts) == {("Nora Belle", "Sheriff Kit Vance")}


def test_plans_for_a_season_name_no_season() -> None:
    facts = only(" date 2025-04-01 'Ash Road' Boss on the Season 2 Finale and His Plans for "
                 "Season 3\n\nThe second season of Ash Road ended Sunday on Hulu.")
    assert sorted(facts.seasons) == [2]


def test_production_that_will_take_place_later_is_not_under_way() -> None:
    facts = only(" date 2025-01-10 'Ash Road' Season 2 Heads to Oklahoma\n\nProduction on "
                 "season 2 of the Hulu drama Ash Road will take place in Tulsa, starting in "
                 "April.")
    assert facts.seasons[2].status != "in production"


def test_a_show_called_cancelled_does_not_cancel_the_season_it_is_saved_for() -> None:
    facts = only(" date 2025-04-01 'Ash Road' Lives On: Hulu Rescues ABC's Cancelled Drama "
                 "for Season 4\n\nAsh Road will return on Hulu.")
    assert facts.seasons[4].status != "cancelled"


def test_production_that_is_expected_to_start_is_not_under_way() -> None:
    facts = only(" date 2025-01-10 'Ash Road' Season 2 Heads to Oklahoma\n\nProduction on "
                 "season 2 of the Hulu drama Ash Road is expected to start in Tulsa in April.")
    assert facts.seasons[2].status != "in production"


def test_the_shows_debut_dates_season_one_even_before_the_next_season_is_known() -> None:
    facts = only(" date 2025-02-01 Netflix has set the voice cast for Otter Cove, its new "
                 "animated series, ahead of the show's March 14 debut. Netflix has already "
                 "ordered a second season of Otter Cove.")
    assert facts.seasons[1].start_date == "2025-03-14"
    assert facts.seasons[2].start_date is None


def test_a_podcast_season_released_on_an_audio_platform_dates_no_tv_season() -> None:
    facts = only(" date 2025-06-01 Podcast 'Night Shift Radio' Set as TV Series at Hulu\n\n"
                 "Hulu is developing Night Shift Radio as a drama series. A second season of the "
                 "hit came out on Spotify in April.")
    assert all(s.start_date is None for s in facts.seasons.values())


def test_a_roundup_entry_of_another_title_gives_its_facts_to_none_of_ours() -> None:
    facts = only(
        " date 2025-03-03 This Week on TV: 'Ash Road' Returns\n\n"
        "MONDAY\n\n"
        "Ash Road (Season 3, Hulu) — The western is back. Mina Holt returns as Sheriff Dana "
        "Crewe.\n\n"
        "WEDNESDAY\n\n"
        "Pine Hollow (Series premiere, Starz) — A period drama created by Ruth Amsel, with "
        "Leo Park as Father Tom Quill. The first two episodes arrive today.\n\n"
        "Also Wednesday: the season finale of Gold Flats airs on PBS."
    )
    assert pairs(facts) == {("Mina Holt", "Sheriff Dana Crewe")}
    assert not facts.crew
    assert not {n.name for n in facts.networks} & {"Starz", "PBS"}
    assert all(s.start_date is None for s in facts.seasons.values())


def test_recurs_as_is_a_recurring_part_of_that_actor_only() -> None:
    facts = only(" date 2025-04-01 Hulu has renewed Ash Road for a third season. Mina Holt "
                 "plays Sheriff Dana Crewe, and Tess Pardo recurs as Mayor Ruth Lyle.")
    kinds = {c.actor: c.role_kind for c in facts.cast}
    assert kinds == {"Mina Holt": None, "Tess Pardo": "recurring"}


def test_a_short_network_spelling_inside_a_word_names_no_network() -> None:
    """The network prefilter lets a sentence through to every network tie; "rte" inside
    "started" and "ard" inside "award" must not, while the channels themselves still do."""
    from pipeline.extract import _may_name_network

    assert not _may_name_network("She started a bakery and won an award for it.")
    assert not _may_name_network("They moved toward the harbour.")
    for sentence in ("It airs on RTÉ One.", "ARD and ZDF co-produce it.", "FX's new drama",
                     "It lands on Max in May."):
        assert _may_name_network(sentence), sentence


def test_a_makers_earlier_show_is_a_credit_not_a_second_series() -> None:
    """"previously ran X", "the duo behind X", "from the creators of X" and "From 'X' Boss"
    name the maker's past work; facts after them belong to the show the story is about."""
    facts = only(
        " date 2025-02-10 Hulu Orders 'Cold Meridian' From 'Glass Orchard' Boss Ada Quill\n"
        'Hulu has ordered "Cold Meridian," a thriller from the creators of "Paper Saints." '
        'Ada Quill created "Cold Meridian" and serves as showrunner. Quill previously ran the '
        'NBC medical drama "Glass Orchard" for four seasons, and she and Leo Marsh are the duo '
        'behind the 2019 hit "Paper Saints." Ben Ortiz executive produces for Larkspur Studios, '
        "which is producing the series."
    )
    assert facts.name == "Cold Meridian"
    assert ("executive producer", "Ben Ortiz") in crew(facts)


def test_a_story_that_calls_its_headline_title_the_film_has_no_series() -> None:
    """A festival "drama" the story keeps calling "the film" is a film, not a show."""
    result = run(
        " date 2024-09-10 Hulu Buys Festival Drama 'Ember Ridge' in $8 Million Deal\n"
        'Hulu has bought "Ember Ridge," the family drama from director Ada Quill that '
        "premiered at the festival on Saturday.\n"
        "The film stars Mina Holt as a ranger who shelters her son in August. Leo Park co-stars.\n"
        'The film was produced by Larkspur Pictures. "Ember Ridge" is Quill\'s second feature.'
    )
    assert not result.series


def test_a_question_verb_a_crew_or_a_chart_is_no_title() -> None:
    """ "Is season two …?", "Crews return to … for season two" and "Netflix's weekly Top 10"
    put a capitalised word where a title goes; none is a show."""
    result = run(
        " date 2025-06-02 Crews Return to Set for Second Season of 'Gull Point'\n"
        'Netflix renewed "Gull Point" for a second season in March. Crews return to the harbour '
        'for season two next week. "Gull Point" spent six weeks in Netflix\'s weekly Top 10 '
        "chart, and Netflix's Top 10 list still has it.\n"
        "The first season adapted the novel. Is season two new material? Mina Holt says yes."
    )
    assert [s.name for s in result.series] == ["Gull Point"]


def test_a_headline_quotation_is_no_title_and_a_season_not_promised_is_none() -> None:
    """ "'I wanted the moor to be a character': …" quotes the writer; "won't promise a third
    season" names no season that exists."""
    result = run(
        " date 2025-05-04 'I wanted the moor to be a character': Ada Quill on bringing "
        "Fenwick Hollow back for season two\n"
        "As her drama returns to BBC One, the writer explains why she won't promise a third "
        "season.\n"
        "Fenwick Hollow returns to BBC One for its second season on Sunday. Mina Holt plays "
        "Constable Ruth Lyle."
    )
    assert [s.name for s in result.series] == ["Fenwick Hollow"]
    assert 3 not in result.series[0].seasons


def test_another_quoted_shows_renewal_and_cancellation_are_not_ours() -> None:
    """ "renewed the fantasy "X" for a third season, but cancelled the epic "Y" after two
    seasons" gives neither season nor status to the show the story is about."""
    facts = only(
        " date 2025-03-02 Netflix Cancels Drama Series 'Gull Point' After One Season\n"
        'Netflix has cancelled "Gull Point" after a single season, the streamer confirmed.\n'
        "Its genre slate has had mixed results. Last year, the streamer renewed the Korean "
        'fantasy "Cold Harbour" for a third season, but cancelled the period epic "Iron Vale" '
        "after two seasons."
    )
    assert facts.name == "Gull Point"
    assert 3 not in facts.seasons


def test_a_network_before_another_quoted_title_is_that_shows() -> None:
    """ "producers on the Syfy drama "Other Show" before developing "Ours"": Syfy is the
    earlier show's network, even though the sentence names ours too."""
    facts = only(
        ' date 2025-04-09 Hulu Renews "Gull Point" for Season 2\n'
        'Hulu has renewed "Gull Point" for a second season. Ada Quill and Leo Marsh previously '
        'served as producers on the Syfy drama "Iron Vale" before creating "Gull Point."'
    )
    assert {n.name for n in facts.networks} == {"Hulu"}


def test_a_chart_line_labelled_with_another_show_gives_that_shows_season() -> None:
    """ "Iron Vale: Season 4 — 3.2M views" in a chart list is that show's fourth season, not
    the season of the show named on the line before."""
    facts = only(
        ' date 2025-10-15 "Gull Point" Tops the Netflix Chart\n'
        'Netflix\'s drama "Gull Point" led the streamer\'s TV chart for a second week.\n'
        "Here is the top three:\n"
        "1. Gull Point: Season 2 — 9.1M views\n"
        "2. Iron Vale: Season 4 — 3.2M views\n"
        "3. Exclusive: Season 2 of Gull Point drew 2.0M views"
    )
    assert set(facts.seasons) == {2}


def test_a_renewal_citing_a_seasons_record_is_not_that_seasons_status() -> None:
    """ "renewed the series in May, citing its ratings: Season 2 drew …" is the renewal of a
    third season; season 2 is not "renewed"."""
    facts = only(
        ' date 2025-06-01 Hulu Renews Drama "Gull Point"\n'
        '"Gull Point" stars Mina Holt. Hulu renewed the series in May, citing its ratings: '
        "Season 2 drew 9 million viewers in its first week."
    )
    assert all(s.status != "renewed" for s in facts.seasons.values())


def test_after_the_events_of_a_season_finale_casts_no_one_in_that_season() -> None:
    """ "joins as X, who arrives after the events of the season 1 finale" casts no one in
    season 1."""
    facts = only(
        ' date 2025-06-01 "Gull Point" Adds Mina Holt for Season 2\n'
        'Hulu has renewed "Gull Point" for a second season. Mina Holt will play Captain Ruth '
        "Lyle, who takes over the harbour patrol after the events of the season 1 finale."
    )
    assert {c.season for c in facts.cast if c.actor == "Mina Holt"} != {1}


def test_a_source_podcasts_title_and_seasons_are_not_the_shows() -> None:
    """ "adapted from the hit true-crime podcast "X Files."" is the source, not the show's
    name; "The podcast … Its second season followed in 2021" gives the show no season 2."""
    facts = only(
        ' date 2025-01-21 Hulu Sets Premiere for \'Gull Point,\' Podcast-Based Mystery\n'
        'Hulu has dated "Gull Point," its mystery series adapted from the hit fiction podcast '
        '"The Gull Point Files."\n'
        "The podcast was created by Ada Quill in 2019. Its first season was a hit, and a second "
        "season followed in 2021.\n"
        '"Gull Point" premieres on Friday, March 14, 2025. Mina Holt plays Sheriff Ruth Lyle.'
    )
    assert facts.name == "Gull Point"
    assert 2 not in facts.seasons


def test_listings_headings_with_channel_in_brackets_separate_the_entries() -> None:
    """A listings piece heads each pick "Title (Channel, Day Date, time)"; another pick's
    creator, star and series number are not those of the show we know."""
    facts = only(
        " date 2025-06-13 What to watch this week: Gull Point returns\n"
        "Our picks for the week.\n"
        "Gull Point (ITV1, Monday 16 June, 9pm)\n"
        "The coastal detective drama Gull Point returns for a second series. Mina Holt is back "
        "as Inspector Ruth Lyle.\n"
        "Iron Vale (Channel 4, Tuesday 17 June, 10pm)\n"
        "Series four of the backstage sitcom opens with a wedding. Created by Ada Quill, it "
        "stars Leo Marsh as stage manager Tom Reed."
    )
    assert facts.name == "Gull Point"
    assert 4 not in facts.seasons
    assert ("creator", "Ada Quill") not in crew(facts)
    assert "Leo Marsh" not in {c.actor for c in facts.cast}


def test_an_abbreviated_rank_or_saint_stays_inside_the_name() -> None:
    """The full stop after "Cpl.", "Const." or "St." neither ends the sentence nor the name:
    the character is not "OPP Const" and the place is not "St"."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. Mara Quill "
                 "will play OPP Const. Ruth Anand, and Owen Blake plays Sgt. Leo Marr. Season two "
                 "was filmed in and around St. Andrews and Campobello, N.B.")
    assert pairs(facts) == {("Mara Quill", "OPP Const. Ruth Anand"),
                            ("Owen Blake", "Sgt. Leo Marr")}
    assert [p.name for p in facts.seasons[2].locations] == ["St. Andrews", "Campobello, N.B"]


def test_a_sentence_opener_before_a_name_is_not_part_of_it() -> None:
    """"Joining A as a regular is B, who plays C": A gets no part from it (B does), and
    "Co-showrunners" before two names is their role, not a first name."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. Joining "
                 "Tess Varga as a series regular is Omar Linde, who will play Felix Rowe. "
                 "Co-showrunners Pia Sand and Ravi Cole, who adapted the novel, executive produce.")
    assert pairs(facts) == {("Omar Linde", "Felix Rowe")}
    assert {p for r, p in crew(facts) if r == "showrunner"} == {"Pia Sand", "Ravi Cole"}


def test_a_name_at_the_edge_of_the_look_ahead_window_is_not_cut() -> None:
    """The "alongside …" tail after a crew match is read from a window of fixed size; a name
    crossing its edge is read whole ("Bartholomew Castellanos", not "Bartholomew Cast")."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "Showrunners Pia Sand and Ravi Cole, who adapted the novel for the screen, "
                 "executive produce alongside Ann Orr and Harrow Lane Media's Bartholomew "
                 "Castellanos.")
    eps = {p for r, p in crew(facts) if r == "executive producer"}
    assert "Bartholomew Castellanos" in eps
    assert not any(p.startswith("Bartholomew") and p != "Bartholomew Castellanos" for p in eps)


def test_the_pronoun_i_after_a_capitalised_word_is_no_surname() -> None:
    """"the Halifax I grew up in" is no person "Halifax I", so "created by Halifax native
    Ann Orr" cannot resolve "Halifax" to that non-name; the creator is the person after
    "native"."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "\"The Birch Line\" was created by Halifax native Ann Orr, who also serves as "
                 "showrunner. Orr called it a portrait of the Halifax I grew up in.")
    assert {p for r, p in crew(facts) if r == "creator"} == {"Ann Orr"}


def test_a_channel_job_or_a_producing_partner_is_no_director() -> None:
    """"director of drama at a channel" is a commissioning job, and in "directed by A, with B
    producing" B produces: neither directs the show."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "Season one was directed by Ann Orr and Ravi Cole, with Pia Sand producing. "
                 "Tom Eke, director of original programming at Hulu, said the show had found "
                 "its audience.")
    assert {p for r, p in crew(facts) if r == "director"} == {"Ann Orr", "Ravi Cole"}


def test_the_start_of_a_shoot_or_a_fan_campaign_is_no_premiere() -> None:
    """A date after "principal photography begins" or "fans launched a campaign … in May"
    dates the shoot or the campaign, not a season's premiere."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "Principal photography on the new season begins June 9 in Halifax. Fans "
                 "had launched an online campaign under the hashtag #SaveBirchLine in March.")
    assert all(s.start_date is None for s in facts.seasons.values())
    assert set(facts.seasons) == {2}


def test_a_sentence_about_one_episode_dates_no_season() -> None:
    """"The episode, titled …, is set to air Tuesday, Feb. 4": that episode's airdate, even
    when its subject stands far from "air"."""
    facts = only(" date 2025-01-20 Ann Orr guest stars in season 2 of \"The Birch Line\" on "
                 "Hulu as a rival baker. The episode, titled \"Second Proof,\" is scheduled to "
                 "air Tuesday, Feb. 4, at 9 p.m. Season 2 premiered Tuesday, Jan. 7.")
    assert facts.seasons[2].start_date == "2025-01-07"


def test_a_company_in_s_with_a_bare_apostrophe_is_not_a_producer() -> None:
    """"with A and Birch Films' Ann Orr": the company's possessive ends in a bare apostrophe;
    Ann Orr is the producer, not "Birch Films"."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "Ravi Cole executive produces with Pia Sand and Hollow Pines' Ann Orr.")
    assert {p for r, p in crew(facts) if r == "executive producer"} == {
        "Ravi Cole", "Pia Sand", "Ann Orr"}


def test_a_known_persons_surname_beside_a_company_is_no_company() -> None:
    """"with Birch Productions, Orr and Cole's banner": Orr is the creator Ann Orr, not a
    company listed beside Birch Productions."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "\"The Birch Line\" was created by Ann Orr and Ravi Cole. The series is produced "
                 "by Tidewater Studios in association with Birch Productions, Orr and Cole's "
                 "banner.")
    assert {c.name for c in facts.companies} == {"Tidewater Studios", "Birch Productions"}


def test_an_authors_untitled_work_is_no_source_title() -> None:
    """"the adaptation of Ann Orr's YA trilogy" names the author and a kind of book, not a
    title "Ann Orr's YA"."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. The "
                 "series, an adaptation of Ann Orr's YA trilogy, follows three sisters.")
    assert not facts.based_on


def test_a_credit_in_brackets_before_a_crew_verb_is_no_part() -> None:
    """"Ann Orr (Salt Marsh) serves as showrunner": the bracket holds her earlier show, so
    it casts nobody as "Ann Orr"."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season. "
                 "Ann Orr (Salt Marsh) serves as showrunner.")
    assert not facts.cast


def test_an_opening_gerund_is_not_a_first_name() -> None:
    """"Joining Tess Varga in the cast is …": a capitalised gerund opening the sentence never
    starts a person's name, so a later "Varga" still resolves to Tess Varga alone."""
    facts = only(" date 2025-05-02 Hulu has renewed The Birch Line for a second season, with "
                 "Tess Varga in the lead. Joining Tess Varga in the cast is Omar Linde. Varga "
                 "will play Nell Ames, a baker.")
    assert ("Tess Varga", "Nell Ames") in pairs(facts)


def test_a_seasons_length_before_its_number_is_no_title() -> None:
    found = run(" date 2025-05-01 CBC renews 'Pine Hollow' for a third season\nThe comedy "
                "stars Ana Ruiz. The 10-episode Season 3 begins filming in May in Thunder Bay "
                "and is expected to premiere on CBC in 2026.")
    assert [s.name for s in found.series] == ["Pine Hollow"]


def test_people_returning_are_no_series() -> None:
    """A "title" seen only returning, whose parts are each named with a cast verb elsewhere,
    is the cast coming back, not another show."""
    for text in (
        " date 2025-05-01 Stan has renewed Kestrel Creek for a second season. Ellie Cardamone "
        "and Darcy Pell will return for six more episodes. Ellie Cardamone returns as Bree "
        "Halloran, a forensic accountant. Darcy Pell is also back as her brother, Jack Halloran.",
        ' date 2025-05-01 JTBC said Kang Min-seok has been cast as the lead of its drama "Winter '
        'Orchard". Kang Min-seok will return to the small screen as a disgraced prosecutor.',
    ):
        names = [s.name for s in run(text).series]
        assert len(names) == 1 and names[0] in ("Kestrel Creek", "Winter Orchard"), names
    still = run(" date 2025-05-01 Hulu has renewed Salt Flats for a second season. Salt Flats "
                "returns in May with Ana Ruiz as Dot.")
    assert [s.name for s in still.series] == ["Salt Flats"]


def test_a_full_stop_inside_the_closing_quote_is_not_part_of_the_title() -> None:
    from pipeline.extract import _without_closing_stop

    assert _without_closing_stop("Seven Days of Rain.") == "Seven Days of Rain"
    assert _without_closing_stop("Glass Umbrella,") == "Glass Umbrella"
    for kept in ("S.W.A.T.", "Mr.", "Harbour Lights", "Hey Jr."):
        assert _without_closing_stop(kept) == kept
    found = run(' date 2025-05-01 Netflix has renewed "Harbour Lights" for a second season. '
                'The second season of the drama was filmed in Cork, the star of "Harbour '
                'Lights." said.')
    assert [s.name for s in found.series] == ["Harbour Lights"]


def test_a_co_star_or_a_place_after_as_is_no_part() -> None:
    """"as a series regular opposite lead X" names a co-star, "as a rival undertaker from X"
    a place: neither is the actor's part."""
    facts = only(" date 2025-05-01 Netflix has ordered Salt Marsh, a legal drama. Dan Achter has "
                 "been cast as a series regular opposite previously announced lead Cara Dorsey. "
                 "Achter plays Wade Pruitt.")
    assert pairs(facts) == {("Dan Achter", "Wade Pruitt")}
    facts = only(" date 2025-05-01 Hulu has renewed Grave Manners for a second season. Season 2 "
                 "adds Gil Ochoa as Uncle Mauro in a recurring role, and features a guest "
                 "appearance by Tam Rhee as a rival undertaker from Las Cruces.")
    assert ("Tam Rhee", "Las Cruces") not in pairs(facts)
    assert ("Gil Ochoa", "Uncle Mauro") in pairs(facts)


def test_a_weekday_before_a_day_month_year_date_keeps_the_date() -> None:
    """British and European coverage writes "on Sunday 8 March 2026": the weekday is part of
    the date, not a date of its own resolved against the article's."""
    facts = only(" date 2026-02-03 BBC Two confirmed that the second series of Fenwater will "
                 "premiere on Thursday 5 March 2026 on BBC Two and iPlayer.")
    assert facts.seasons[2].start_date == "2026-03-05"
    facts = only(" date 2026-02-03 The second series of Fenwater will premiere on Thursday, "
                 "the 5th of March on BBC Two.")
    assert facts.seasons[2].start_date == "2026-03-05"


def test_a_role_does_not_spread_to_a_name_outside_its_clause() -> None:
    """"created by A and B, and A serves as showrunner": only A serves; "created by A, who also
    wrote it with B": B wrote, but created nothing."""
    facts = only(" date 2025-05-01 Hulu has renewed Grave Manners for a second season. The "
                 "series was created by Nora Abbot-Cruz and Felipe Ordaz, and Abbot-Cruz serves "
                 "as showrunner.")
    assert ("showrunner", "Felipe Ordaz") not in crew(facts)
    assert {("showrunner", "Nora Abbot-Cruz"), ("creator", "Felipe Ordaz"),
            ("creator", "Nora Abbot-Cruz")} <= crew(facts)
    facts = only(" date 2025-05-01 SVT has renewed Nightboat for a second season. Nightboat was "
                 "created by Ylva Berg, who also wrote the second season together with Mika "
                 "Stenlund.")
    assert ("creator", "Mika Stenlund") not in crew(facts)
    assert ("creator", "Ylva Berg") in crew(facts)
    facts = only(" date 2025-05-01 SVT has renewed Nightboat for a second season. Nightboat was "
                 "created by Ylva Berg, who executive produces with Mika Stenlund.")
    assert ("executive producer", "Mika Stenlund") in crew(facts)


def test_what_someone_would_do_with_a_season_names_no_season() -> None:
    """"what she'd do with a third season" is a wish: no season 3, and no set for it."""
    facts = only(" date 2025-09-01 FX has renewed Grave Manners for a second season. Its creator "
                 "talks about filming in Arizona and what she'd do with a third season.")
    assert 3 not in facts.seasons
    facts = only(" date 2025-09-01 FX has renewed Grave Manners for a second season. The star "
                 "said he would like a third season.")
    assert 3 not in facts.seasons


def test_a_season_named_as_a_comparison_gets_no_status() -> None:
    """"As in the first season, much of it was shot at sea": season 1 aired long ago; the
    sentence compares, it does not put season 1 in production."""
    facts = only(" date 2026-02-10 SVT has renewed Nightboat for a second season. As in the "
                 "first season, most of the drama was shot at sea, with the crew filming on night "
                 "crossings in the spring of 2025.")
    assert facts.seasons[1].status != "in production"


def test_the_start_of_the_shoot_is_no_premiere_date() -> None:
    """"Production on the first season is set to begin in May": the verb's subject is the
    shoot, however far from the date; "Filming has wrapped; season 2 begins airing in May" dates
    the premiere."""
    facts = only(" date 2025-01-10 Netflix has ordered Salt Marsh, a legal drama. Production on "
                 "the eight-episode first season is set to begin in May in Savannah.")
    assert all(s.start_date is None for s in facts.seasons.values())
    facts = only(" date 2025-01-10 Salt Marsh season 2 begins airing on May 4, 2025 on Netflix.")
    assert facts.seasons[2].start_date == "2025-05-04"


def test_a_date_range_of_listings_is_no_premiere_date() -> None:
    """"new series arriving May 5-11" is the week a listings guide covers, not a premiere."""
    facts = only(" date 2025-05-02 Salt Marsh leads the best new shows arriving May 5-11. Salt "
                 "Marsh, the Netflix legal drama, has its first season out now.")
    assert all(s.start_date is None for s in facts.seasons.values())
    facts = only(" date 2025-05-02 The first season of Salt Marsh arrives May 9 on Netflix.")
    assert facts.seasons[1].start_date == "2025-05-09"


def test_a_renewal_with_its_premiere_plan_keeps_the_renewed_status() -> None:
    facts = only(" date 2025-05-01 Netflix has renewed Harbour Lights for a third season set to "
                 "premiere in 2026. Harbour Lights stars Ana Ruiz as Dot.")
    assert facts.seasons[3].status == "renewed"


def test_a_time_or_an_episode_count_after_a_dash_is_no_date_range() -> None:
    for sentence in ("Harbour Lights returns June 19 – 9 p.m. on BBC One.",
                     "Season 2 of Harbour Lights premieres June 5 - 10 new episodes in all."):
        facts = only(" date 2025-05-01 BBC One has renewed Harbour Lights for a second season. "
                     + sentence)
        assert facts.seasons[2].start_date is not None, sentence


def test_a_person_or_a_city_described_by_a_genre_word_is_no_series() -> None:
    for text in (" date 2025-05-01 Netflix has renewed Harbour Lights for a second season. Dana "
                 "Vale is a comedy legend. Dana Vale stars as Nell Carr.",
                 " date 2025-05-01 Netflix has renewed Harbour Lights for a second season. "
                 "Toronto is a comedy hub these days, and Toronto is where it films."):
        assert [s.name for s in run(text).series] == ["Harbour Lights"], text


def test_a_two_word_story_label_is_no_other_show() -> None:
    """"First Look: Season 2 …" labels the story; "Night Shift: Season 4 …" names a show."""
    from pipeline.extract import _labelled_by_another

    assert _labelled_by_another("First Look: Season 2 arrives on June 5.", "Harbour Lights") == 0
    assert _labelled_by_another("Casting News: Season 3 adds two", "Harbour Lights") == 0
    assert _labelled_by_another("Night Shift: Season 4 arrives on June 5.", "Harbour Lights") > 0


def test_a_show_named_before_star_is_no_actor() -> None:
    """"Tidewater star Ola Brenn" credits Brenn to Tidewater; "Tidewater" is nobody."""
    text = (" date 2026-02-02 Awards season: Harbour Lights leads the field\n"
            "Netflix's coastal drama Harbour Lights leads with six nominations. Tidewater star "
            "Ola Brenn is up for best actor, as is Harbour Lights star Piet Sandoval.")
    assert "Tidewater" not in [c.actor for c in only(text).cast]


def test_a_network_after_another_title_is_that_titles() -> None:
    """"X, which aired on Channel 4, and the Danish series Y from Netflix": Netflix is Y's."""
    text = (" date 2026-02-02 International nominees announced\n"
            "The shortlist includes the Irish drama Harbour Lights, which aired on Channel 4, "
            "and the Danish series Ravnsholt from Netflix.")
    networks = {s.name: [n.name for n in s.networks] for s in run(text).series}
    assert "Netflix" not in networks["Harbour Lights"]
    assert "Channel 4" in networks["Harbour Lights"]


def test_an_awards_ceremony_paragraph_is_about_no_show() -> None:
    """The host of a ceremony is no cast member and its broadcaster no network of the show."""
    text = (" date 2026-02-02 Harbour Lights and Ravnsholt lead the nominations\n"
            "Netflix's coastal drama Harbour Lights leads with six nominations, ahead of the "
            "Danish series Ravnsholt.\n"
            "The ceremony will be hosted by the comedian Milo Quarrie and takes place on May 9 "
            "in Glasgow. It will be broadcast on BBC One.")
    for series in run(text).series:
        assert "Milo Quarrie" not in [c.actor for c in series.cast], series.name
        assert "BBC One" not in [n.name for n in series.networks], series.name


def test_a_network_owning_many_shows_names_none_of_them() -> None:
    """"one of Hulu's most underrated comedies" says nothing about which show is Hulu's."""
    text = (" date 2026-02-02 New this week: 'Harbour Lights,' 'Ravnsholt' Season 2 and more\n"
            "This week brings a moody Irish drama and the return of one of Hulu's most "
            "underrated comedies.\n"
            "\"Harbour Lights\" (Netflix, Friday)\n"
            "The Irish drama follows a lighthouse keeper and her estranged son.\n"
            "\"Ravnsholt,\" Season 2 (Hulu, Sunday)\n"
            "The Danish comedy returns for its second season.")
    networks = {s.name: [n.name for n in s.networks] for s in run(text).series}
    assert networks == {"Harbour Lights": ["Netflix"], "Ravnsholt": ["Hulu"]}


def test_a_network_run_into_a_title_is_not_part_of_it() -> None:
    """"the Danish series Ravnsholt on Netflix": the show is "Ravnsholt", at home on Netflix."""
    for word in ("on", "from", "at"):
        text = (" date 2026-02-02 Nominees announced\nThe shortlist includes the Danish series "
                f"Ravnsholt {word} Netflix. Ravnsholt was renewed for a second season.")
        facts = only(text)
        assert (facts.name, [n.name for n in facts.networks]) == ("Ravnsholt", ["Netflix"]), word


def test_a_crew_members_earlier_show_does_not_take_the_next_sentences() -> None:
    """"directed by Ann Vey of HBO's 'Other Show'" credits Vey; "The series" after it is still
    the story's own show."""
    text = (" date 2026-02-02 Harbour Lights casts its lead\n"
            "Netflix has cast Dara Quill as the lead of its drama \"Harbour Lights.\"\n"
            "The drama is written by Orla Fenn and directed by Tomas Reyes Vidal of HBO's "
            "\"Saltcombe.\" The series is produced by Greyfriar Pictures.")
    facts = {s.name: s for s in run(text).series}
    assert [c.name for c in facts["Harbour Lights"].companies] == ["Greyfriar Pictures"]
    assert all(not s.companies for name, s in facts.items() if name != "Harbour Lights")


def test_the_shows_star_named_after_its_title_is_cast() -> None:
    """"Harbour Lights star Piet Sandoval" names one of Harbour Lights' cast, without a part."""
    text = (" date 2026-02-02 Harbour Lights renewed\n"
            "Netflix has renewed the coastal drama Harbour Lights for a third season. "
            "'Harbour Lights' star Piet Sandoval confirmed the news on Instagram.")
    assert [(c.actor, c.character) for c in only(text).cast] == [("Piet Sandoval", None)]


SPINOFF_STORY = (
    " date 2025-06-02 Netflix orders 'Red Mesa' prequel 'Dry Gulch'\n"
    "Netflix has given a straight-to-series order to Dry Gulch, a prequel to the Western drama "
    "Red Mesa.\n"
    "The eight-episode series follows the Varga family in 1881. Ona Brill, who played the "
    "matriarch for all four seasons of Red Mesa, will narrate. Newcomer Tadeo Lunn will play "
    "the young Ilse Varga.\n"
    "The flagship was created by Wim Harte, who will serve as an executive producer on Dry "
    "Gulch. Dry Gulch is produced by Ochre Hill Pictures.\n"
    "Red Mesa ran for four seasons on AMC."
)


def test_a_prequel_ordered_to_series_is_its_own_show() -> None:
    """The new show gets its own node; its network, cast and companies are not the parent's."""
    facts = {s.name: s for s in run(SPINOFF_STORY).series}
    assert set(facts) == {"Dry Gulch", "Red Mesa"}
    new, parent = facts["Dry Gulch"], facts["Red Mesa"]
    assert [n.name for n in new.networks] == ["Netflix"]
    assert [c.name for c in new.companies] == ["Ochre Hill Pictures"]
    assert ("Tadeo Lunn", "Ilse Varga") in [(c.actor, c.character) for c in new.cast]
    assert "Netflix" not in [n.name for n in parent.networks]
    assert not parent.cast and not parent.companies


def test_the_flagships_creator_is_not_the_spinoffs() -> None:
    facts = {s.name: s for s in run(SPINOFF_STORY).series}
    crew = [(c.person, c.role) for c in facts["Dry Gulch"].crew]
    assert ("Wim Harte", "executive producer") in crew
    assert ("Wim Harte", "creator") not in crew


def test_a_weekly_schedule_is_no_premiere_date() -> None:
    """"will air every Saturday and Sunday" says when episodes air, not when the show starts."""
    facts = only(" date 2026-02-17 Harbour Lights sets its slot\n"
                 "The 12-episode series Harbour Lights will air every Saturday and Sunday at "
                 "9 p.m. on Netflix.")
    assert all(s.start_date is None for s in facts.seasons.values())


def test_the_creator_of_the_original_is_not_the_remakes() -> None:
    """"Kira Holm, who created the Danish series, will executive produce": Holm created the
    source; of the remake she is an executive producer."""
    text = (" date 2025-04-02 Hulu orders an American Varde\n"
            "Hulu has given a series order to Harbour Lights, an American version of the Danish "
            "drama Varde. Kira Holm, who created the Danish series, will executive produce. "
            "Harbour Lights is produced by Greyfriar Pictures.")
    crew = [(c.person, c.role) for s in run(text).series for c in s.crew]
    assert ("Kira Holm", "creator") not in crew


def test_a_date_set_by_the_premiere_is_not_the_premiere() -> None:
    """"On March 5, three days before the premiere, …" dates a preview special."""
    facts = only(" date 2026-02-17 Harbour Lights sets a preview\n"
                 "The drama Harbour Lights returns for its second season on Netflix. On March 5, "
                 "three days before the premiere, Netflix will stream a behind-the-scenes special.")
    assert all(s.start_date is None for s in facts.seasons.values())
def test_parenthetical_credits_in_a_casting_lead_are_not_the_show_nor_parts() -> None:
    """"A. Actor (Other Show) and B. Actor (Third Show) have joined the cast of X": the titles in
    brackets are the actors' earlier credits, not their parts, and the sentence is about X."""
    text = (" date 2026-02-02 Nell Ashdown, Ravi Teague board Starz thriller 'The Saltmarsh'\n"
            "Nell Ashdown (Copper Hill) and Ravi Teague (Night Porters) have joined the cast of "
            "The Saltmarsh, Starz's upcoming thriller from creator and showrunner Wynn Calloway. "
            "Ashdown will play Sergeant Rhea Vale as a series regular.\n"
            "Ashdown is best known for playing Dr. Mina Roe on Channel 4's Copper Hill. Teague "
            "led Netflix's Night Porters for two seasons.")
    facts = {s.name: s for s in run(text).series}
    salt = facts["The Saltmarsh"]
    assert [n.name for n in salt.networks] == ["Starz"]
    assert ("Nell Ashdown", "Sergeant Rhea Vale") in pairs(salt)
    assert ("creator", "Wynn Calloway") in crew(salt)
    assert not {c for _, c in pairs(salt)} & {"Copper Hill", "Night Porters"}
    for name, other in facts.items():
        if name != "The Saltmarsh":
            assert not other.cast and not other.crew, name


def test_facts_after_another_works_title_are_that_works() -> None:
    """A fact whose nearest title before it is another work's ("the audio drama podcast Night
    Shift, created by …", "since Dockside launched in 2019") is that work's, not our show's."""
    text = (" date 2026-02-02 Hulu orders 'The Tallow Road'\n"
            "Hulu has ordered The Tallow Road, a drama from Fenwick Audio, to series. "
            "Its podcast Night Shift, created by Ada Pell, was turned into a Starz series in "
            "2022. A second Fenwick title, the comedy podcast Low Tide, is in development at "
            "AMC. The deal follows Netflix's purchase of the video game Ash Circle. "
            "The order is the biggest for an audio studio since Dockside launched in 2019. "
            "Hulu also renewed the legal drama Open Docket for a fourth season.")
    facts = only(text)
    assert [n.name for n in facts.networks] == ["Hulu"]
    assert not facts.crew
    assert all(s.start_date is None for s in facts.seasons.values())
    assert all(s.status is None for s in facts.seasons.values())


def test_the_shows_own_facts_after_another_title_stay_ours() -> None:
    """"adapted from the novel X" is our show's source, and "FX's Our Show" after another title
    names our show: both keep the network that follows."""
    for line, network in (
        ("The Tallow Road, adapted from the novel Salt Lines, streams on Peacock.", "Peacock"),
        ("Reyes left the drama Kingsgate to lead FX's The Tallow Road.", "FX"),
    ):
        text = (" date 2026-02-02 Bo Reyes joins 'The Tallow Road'\n"
                f"The Tallow Road has been renewed for a second season. {line}")
        assert [n.name for n in only(text).networks] == [network], line


def test_a_season_that_has_aired_is_not_announced() -> None:
    """"has ordered three more scripts" after the season premiered last week does not make that
    season "announced"."""
    text = (" date 2026-02-02 Ratings: 'Copper Hill' opens strong\n"
            "CBS's new drama Copper Hill premiered on January 25 and drew 6 million viewers. "
            "CBS has already ordered three more scripts for the first season.")
    season = only(text).seasons[1]
    assert season.start_date == "2026-01-25"
    assert season.status != "announced"


def test_a_network_next_to_another_title_is_that_titles() -> None:
    """"It became The Crofts on Starz" and "she moved to ITV to front Dockside" give the network
    to the title beside it, not to the show the story is about."""
    for line in ("\"Then it became The Crofts on Starz,\" she said.",
                 "In 2004 she moved to ITV to front Dockside, a quiz show."):
        text = (" date 2026-02-02 Copper Hill renewed\n"
                "Copper Hill has been renewed for a second season. Nell Ashdown created the "
                f"series. {line}")
        assert not only(text).networks, line


def test_a_bio_sentence_does_not_take_the_untitled_sentences_after_it() -> None:
    """"Okafor previously wrote for Channel 4's Dockside" is a credit: the untitled sentences
    after it ("The other four are directed by …") are still about the story's show."""
    text = (" date 2026-02-02 Apple TV+ sets 'The Tallow Road' premiere\n"
            "Apple TV+ has set March 4 as the premiere date for The Tallow Road, a political "
            "thriller from Dele Okafor. Nell Ashdown stars as the prime minister.\n"
            "Okafor previously wrote for Channel 4's Dockside, and the new show reunites him with "
            "Dockside director Ann Vey, who directs four of the eight episodes. He also had a "
            "story credit on BBC One's Harrowgate. The other four are directed by Piet Lund.")
    facts = {s.name: s for s in run(text).series}
    assert ("director", "Piet Lund") in crew(facts["The Tallow Road"])
    assert all(("director", "Piet Lund") not in crew(s) for n, s in facts.items()
               if n != "The Tallow Road")


def test_a_move_to_lead_another_show_takes_the_rest_of_its_paragraph() -> None:
    """"In 2004 she joined Channel 5 to front Dockside": that paragraph goes on about Dockside,
    so the part played by someone after it is not our show's."""
    text = (" date 2026-02-02 Nell Ashdown, star of 'Copper Hill', dies at 80\n"
            "Ashdown played the vet Mina Roe in the BBC One drama Copper Hill for six series.\n"
            "In 2004 she joined Channel 5 to front Dockside, playing a ferry captain. Her "
            "first mate, Jory Penn, was played by Ravi Teague.")
    facts = only(text)
    assert ("Ravi Teague", "Jory Penn") not in pairs(facts)
    assert [n.name for n in facts.networks] == ["BBC One"]


def test_the_series_after_another_described_show_is_not_ours() -> None:
    """"… for her role in the Greek drama X, an ERT series made by Y. The series, directed by
    Z, …": "The series" may be X, so Z directs neither show."""
    text = (" date 2026-02-02 Festival: 'Copper Hill' wins top prize\n"
            "The British drama Copper Hill won the top prize at the festival on Friday.\n"
            "The acting award went to Ada Pell for her role as a diver in the Greek drama "
            "Thalassa, an ERT series made by Kyma Films. The series, directed by Nikos Arvan, "
            "airs in May.")
    for series in run(text).series:
        assert ("director", "Nikos Arvan") not in crew(series), series.name


def test_a_production_company_is_no_series() -> None:
    """"The legal drama from Brindle Pictures will return" names the show's producer; and the
    show contrasted after ", while" gets neither the company nor the return date."""
    text = (" date 2026-01-10 Hulu renews 'Quarry Road' for a second season\n"
            "The legal drama from Brindle Pictures will return in 2026, while 'Low Tide' has "
            "been cancelled.\n"
            "Hulu has renewed Quarry Road for a second season. Nell Arkwright serves as "
            "showrunner and executive producer for Brindle Pictures.")
    series = {s.name: s for s in run(text).series}
    assert "Brindle Pictures" not in series
    assert ("showrunner", "Nell Arkwright") in crew(series["Quarry Road"])
    assert not series["Low Tide"].companies
    assert all(s.start_date is None for s in series["Low Tide"].seasons.values())


def test_a_date_a_place_a_verb_phrase_or_a_network_pair_is_no_series() -> None:
    """Headline words around a show that are no title: a day-month date ("sets 14 May
    premiere"), a place before a genre phrase ("Sky's Cardiff crime saga"), what follows a
    genre noun and a verb ("Hulu's heist caper swaps Rome for Oslo") and two networks
    joined by a hyphen ("the BBC-HBO drama")."""
    texts = (
        " date 2026-03-01 Netflix's 'Pale Harbour' sets 14 May premiere with Ines Calder\n"
        "Netflix's legal drama Pale Harbour will premiere on 14 May. The series stars Ines "
        "Calder as Mara Doyle.",
        " date 2026-03-01 What to watch this week\n"
        "The third season of Sky's Cardiff crime saga begins on Monday, and Sky has renewed "
        "Pale Harbour for a fourth season. Pale Harbour stars Ines Calder.",
        " date 2026-03-01 Hulu's heist caper swaps Rome for Oslo and loses its nerve\n"
        "Hulu has renewed Pale Harbour for a third season, after a second season that "
        "swapped Rome for Oslo. Pale Harbour stars Ines Calder.",
        " date 2026-03-01 Filming begins on second season of BBC-HBO drama 'Pale Harbour'\n"
        "Cameras are rolling in Cardiff on the second season of Pale Harbour. The first season "
        "was filmed in Swansea.",
    )
    for text in texts:
        assert [s.name for s in run(text).series] == ["Pale Harbour"], text


def test_a_link_to_another_story_is_no_fact_source() -> None:
    """"Related: Netflix sets summer return for 'Other Show'" and "Also read: …" lines are the
    headlines of other stories: no network or date of ours comes from them."""
    text = (" date 2026-02-02 Hulu renews 'Pale Harbour' for a second season\n"
            "Hulu has renewed the coastal drama Pale Harbour for a second season.\n"
            "Related: Netflix sets summer return for 'Dry County'\n"
            "Pale Harbour stars Ines Calder as Mara Doyle.\n"
            "Also read: Every new drama premiering in June 2026")
    facts = only(text)
    assert [n.name for n in facts.networks] == ["Hulu"]
    assert all(s.start_date is None for s in facts.seasons.values())


def test_a_makers_next_show_a_refused_renewal_or_a_hypothetical_makes_no_season() -> None:
    """"the second series from Ashby Studios" counts the studio's shows; "declined to renew
    it for a fourth season" and "Should the show be renewed, she would …" order nothing."""
    texts = (
        " date 2026-02-02 Pale Harbour sets its premiere\n"
        "Netflix's legal drama Pale Harbour premieres on March 4. Pale Harbour is the second "
        "series from Ashby Studios for Netflix, after the comedy Dry County, which was filmed "
        "in Leeds.",
        " date 2026-02-02 Netflix cancels Pale Harbour\n"
        "Netflix has cancelled Pale Harbour after three seasons. The streamer declined to renew "
        "Pale Harbour for a fourth season.",
        " date 2026-02-02 Netflix casts Pale Harbour\n"
        "Netflix's legal drama Pale Harbour has cast Ines Calder in the lead. Should the show "
        "be renewed, its creator has said she would set a second season in Oslo.",
    )
    for text, seasons in zip(texts, ({1}, {3}, {1}), strict=True):
        facts = next(s for s in run(text).series if s.name == "Pale Harbour")
        assert set(facts.seasons) <= seasons, text
        assert not any(s.locations for s in facts.seasons.values()), text


def test_a_festival_screening_is_no_premiere_date() -> None:
    """"ahead of an SXSW world premiere in March" dates a screening, not the season's start."""
    text = (" date 2026-01-12 Netflix sets April premiere for 'Pale Harbour'\n"
            "Pale Harbour will screen first at the festival, ahead of an SXSW world premiere in "
            "March. Netflix's new drama Pale Harbour stars Ines Calder.")
    assert all(s.start_date != "2026-03" for s in only(text).seasons.values())


def test_a_later_season_that_premiered_gets_the_date_not_season_one() -> None:
    """"The third season of X premiered in May 2024, and its cast was released in January":
    May 2024 dates season 3, and neither date goes to season 1."""
    text = (" date 2025-06-01 Hulu cancels Pale Harbour\n"
            "Hulu has cancelled the legal drama Pale Harbour after three seasons. The third "
            "season of Pale Harbour premiered in May 2024 to poor ratings, and its cast was "
            "released from their contracts in January.")
    seasons = only(text).seasons
    assert seasons[3].start_date == "2024-05"
    assert 1 not in seasons or seasons[1].start_date is None


def test_a_verb_before_a_genre_word_or_a_season_the_show_had_stays() -> None:
    """"Pale Harbour blends comedy with grief" names the show (the verb is no modifier), and
    "declined to renew it after its second season" keeps the season it had."""
    from pipeline.extract import _series_captures

    sentence = "The second season of Pale Harbour blends comedy with grief."
    assert [c[0] for c in _series_captures(sentence)] == ["Pale Harbour"]
    text = (" date 2026-02-02 Netflix cancels Pale Harbour\n"
            "Netflix has declined to renew the drama Pale Harbour after its second season. Pale "
            "Harbour starred Dana Vale as Nell Carr.")
    assert set(only(text).seasons) == {2}


def test_funders_in_association_are_no_creators() -> None:
    """"created by A and is produced by B in association with C and D": C and D fund it."""
    facts = only(" date 2026-01-12 Stan dates Harbour Lights\n"
                 "Stan's coastal drama Harbour Lights returns for a second season on March 4. "
                 "Harbour Lights was created by Orla Fenn and is produced by Greyfriar Pictures "
                 "in association with Screen Tasmania and Screen Ireland.")
    assert [(c.person, c.role) for c in facts.crew] == [("Orla Fenn", "creator")]


def test_a_season_not_yet_commissioned_is_no_season() -> None:
    facts = only(" date 2026-01-12 Harbour Lights returns\n"
                 "Stan's coastal drama Harbour Lights returns for a second season on March 4, "
                 "although a third season has not been formally commissioned.")
    assert 3 not in facts.seasons


def test_a_writers_guess_at_a_date_is_no_premiere_date() -> None:
    """"Season 3 could arrive sometime in 2028" is a guess, not a date anyone set."""
    facts = only(" date 2026-01-12 Harbour Lights: what we know\n"
                 "Netflix renewed Harbour Lights for a third season in December. Season 2 "
                 "landed two years after the first, so Season 3 could arrive sometime in 2028.")
    assert all(s.start_date is None for s in facts.seasons.values())


def test_a_spoiler_warning_is_no_series() -> None:
    text = (" date 2026-01-12 Harbour Lights finale recap: the lighthouse goes dark\n"
            "Spoilers ahead for the season finale of the Hulu coastal drama\n"
            "The second season of Harbour Lights ended on Sunday with a storm.")
    assert "Spoilers" not in [s.name for s in run(text).series]


def test_show_the_verb_names_no_series() -> None:
    """"The stills show Dara Quill as Nell": photos showing an actor, not a show called Dara."""
    text = (" date 2026-01-12 First look at Netflix's Harbour Lights\n"
            "Netflix has released the first images from its coastal drama Harbour Lights. "
            "The stills show Dara Quill as Nell Arden, a lighthouse keeper, and the photos "
            "show Dara Quill again on the cliffs. Piet Sandoval plays her brother, Tom Arden.")
    assert [s.name for s in run(text).series] == ["Harbour Lights"]


def test_an_actors_next_pilot_lends_nothing_to_our_show() -> None:
    """"He'll star in the CBS pilot Gold Coast, from executive producer Ann Vey": "He'll" is
    nobody, and Vey produces the pilot, not our show."""
    facts = only(" date 2026-01-12 Hulu cancels Harbour Lights after two seasons\n"
                 "Hulu has cancelled the coastal drama Harbour Lights after two seasons. Its "
                 "star Piet Sandoval has already moved on. He'll star opposite Dara Quill in the "
                 "CBS pilot Gold Coast, from executive producer Ann Vey.")
    assert "He'll" not in [c.actor for c in facts.cast]
    assert "Ann Vey" not in [c.person for c in facts.crew]
