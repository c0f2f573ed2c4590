"""The ledger lists facts, not fragments: whole names (initials and titles handled), no
abbreviation fragments, no generic words, no headline capitals, no cut clause that carries
no qualifier; and a name the revised text gives in a short form is kept."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.facts import find_facts
from articlecompare.core.model import Article, ChangeKind, FactStatus, FactType


def names(text: str) -> list[str]:
    return [f.text for f in find_facts(text) if f.type == FactType.NAME]


def test_a_name_keeps_its_initials_and_loses_its_titles() -> None:
    found = names("President-elect Donald J. Trump met Rep. Trey Gowdy (R-S.C.) and Dr. Pei-Yong "
                  "Shi, MD, PhD, in the U.S. The next day they left.")
    assert found == ["Donald J. Trump", "Trey Gowdy", "Pei-Yong Shi", "U.S."]


@pytest.mark.parametrize(("text", "name"), [
    ("Researchers at Harvard T.H. Chan School of Public Health said so.",
     "Harvard T.H. Chan School of Public Health"),
    ("They studied women in the Nurses' Health Study II for years.", "Nurses' Health Study II"),
    ("The panel discussed it on The Next Revolution last night.", "The Next Revolution"),
    ("Shares of Oramed Pharmaceuticals Inc. rose.", "Oramed Pharmaceuticals Inc."),
    ("The trial was funded by the National Institute on Aging in 2012.",
     "National Institute on Aging"),
    ("She spoke at the Council on Foreign Relations last year.", "Council on Foreign Relations"),
    ("They met at the Marsh Institute on Monday.", "Marsh Institute"),
    ("Moscow backs the regime of Bashar al-Assad in the war.", "Bashar al-Assad"),
    ("The talks were led by Abdel Fattah el-Sisi last year.", "Abdel Fattah el-Sisi"),
])
def test_a_name_is_found_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "A majority of Americans back the plans if Congress fails to act.",
    "More than 8-in-10 Republican voters support the move.",
    "The study, a phase II trial, was led by Alessandro Napoli, M.D., Ph.D., in Rome.",
    "Sanctions on Syria hurt Syrian firms, officials said.",
    "Oramed Pharmaceuticals (NASDAQ: ORMP) uses Protein Oral Delivery (POD) technology.",
    "The FDA-approved trial was Senate-drafted.",
    "Ahead of Putin summit, aides met.",
    "Write to DiabetesTrial@partners.org for details.",
])
def test_fragments_and_generic_words_are_no_names(text: str) -> None:
    bad = {"Americans", "Congress", "Republican", "II", "M.D", "Ph.D", "M.D.", "Ph.D.", "Syrian",
           "ORMP", "NASDAQ", "POD", "FDA-approved", "Senate-drafted", "Ahead of Putin",
           "DiabetesTrial"}
    assert not bad & set(names(text)), names(text)


def test_a_lone_part_of_a_longer_name_is_listed_once() -> None:
    found = names("Jianghong Man of Washington University led it. Man said the mice lived.")
    assert "Man" not in found and "Jianghong Man of Washington University" in found


def test_the_capitals_of_a_title_case_headline_are_no_names() -> None:
    text = ("Oramed Announces Positive Top-Line Results from Phase IIb Oral Insulin Study\n"
            "The company Oramed said the trial of its capsule met its goal.")
    assert names(text) == ["Oramed"]


def test_a_credit_line_keeps_its_name() -> None:
    assert "Associated Press" in names("Photo: Associated Press\n\nLeaders met.")


def ledger(original: str, revised: str) -> dict[str, FactStatus]:
    return {f.text: f.status for f in compare(Article(original), Article(revised)).facts}


def test_a_person_named_by_surname_is_kept_but_not_a_place_or_an_organisation() -> None:
    fate = ledger("Last month, President Donald Trump called off the raids. The story ran in "
                  "the Associated Press. Officials in South Korea agreed.",
                  "Last month, President Trump called off the raids. The story ran in the "
                  "Press. Officials in North Korea agreed.")
    assert fate["Donald Trump"] == FactStatus.KEPT
    assert fate["Associated Press"] == FactStatus.MISSING
    assert fate["South Korea"] == FactStatus.MISSING


def test_a_name_written_slightly_differently_is_kept() -> None:
    fate = ledger("Veterans of previous White Houses said Oramed Pharmaceuticals Inc. grew.",
                  "Veterans of the White House said Oramed Pharmaceuticals Inc grew.")
    assert fate["White Houses"] == FactStatus.KEPT
    assert fate["Oramed Pharmaceuticals Inc."] == FactStatus.KEPT


def test_an_omitted_sentence_lists_its_claims_of_rank_or_absence() -> None:
    original = ("The mice showed no weight loss after the injection. China is the largest "
                "creditor of the country. The lab is in Texas.")
    c = compare(Article(original), Article("The lab is in Texas."))
    details = {f.text for f in c.facts if f.type == FactType.DETAIL}
    assert {"no weight loss", "largest creditor"} <= details
    assert all(f.status == FactStatus.MISSING for f in c.facts if f.type == FactType.DETAIL)
    assert "no weight loss" in c.summary.missing_facts


def test_each_fact_says_where_it_stood_and_a_changed_one_its_new_wording() -> None:
    original = "Breast cancer risk dropped by 13% in the study, the authors said on Monday."
    revised = "Breast cancer risk dropped by 14 percent in the study, the authors said on Monday."
    c = compare(Article(original), Article(revised))
    for f in c.facts:
        assert f.original is not None and original[f.original.start:f.original.end] == f.text
    (changed,) = [f for f in c.facts if f.status == FactStatus.CHANGED]
    assert changed.replacement == "14 percent"
    assert changed.revised is not None and \
        revised[changed.revised.start:changed.revised.end] == "14 percent"


@pytest.mark.parametrize(("text", "phrases"), [
    ("The mice showed no weight loss at all.", ["no weight loss"]),
    # an absence says what it is of: "no reports" alone says nothing
    ("It ended with no reports of severe hypoglycemia.", ["no reports of severe hypoglycemia"]),
    ("They spoke without fear of reprisal.", ["without fear of reprisal"]),
    ("There was no sign of the children.", ["no sign of the children"]),
    ("There was no sign of it.", ["no sign"]),
    ("It defied all top U.S. intelligence agencies.", ["top U.S. intelligence agencies"]),  # initials
    ("It was the first standalone summit meeting of the two.", ["first standalone summit meeting"]),
    ("The storm was one of the worst on record.", ["worst on record"]),
    ("It is the largest in the world.", ["largest in the world"]),
    ("No one came in the first year; the first of them left.", []),
    ("The President and First Lady joined; he cited the First Amendment.", []),  # in names
    ("Most people said each side had many reasons.", []),  # scope words alone make no claim
])
def test_qualified_phrases_are_claims_of_rank_or_absence(text: str, phrases: list[str]) -> None:
    from articlecompare.core.qualifiers import qualified_phrases
    from articlecompare.core.tokenize import STOPWORDS

    assert [text[s:e] for s, e in qualified_phrases(text, 0, len(text), STOPWORDS)] == phrases


@pytest.mark.parametrize(("name", "written"), [
    ("U.N.", "United Nations"),  # an initialism spelled out
    ("NHS", "National Health Service"),
    ("U.N.", "UN"),  # typography: an initialism's periods, accents
    ("Sauli Niinistö", "Sauli Niinisto"),
    ("Mantyniemi", "Mäntyniemi"),
])
def test_a_name_written_another_way_in_its_sentence_is_kept(name: str, written: str) -> None:
    fate = ledger(f"Aid workers said the {name} agencies had sent food to the region on Monday.",
                  f"Aid workers said the {written} agencies had sent food to the region on Monday.")
    assert fate[name] == FactStatus.KEPT


def test_an_initialism_replaced_by_another_body_is_still_changed() -> None:
    fate = ledger("Aid workers said the U.N. agencies had sent food to the region on Monday.",
                  "Aid workers said the Red Cross agencies had sent food to the region on Monday.")
    assert fate["U.N."] != FactStatus.KEPT


def test_a_name_without_its_middle_initial_or_with_a_word_more_inside_is_kept() -> None:
    fate = ledger("The study was led by Mihai G. Netea in the lab. Funding came from the "
                  "Iacocca Foundation last year.",
                  "The study was led by Mihai Netea of the lab. Funding came from the private "
                  "Iacocca Family Foundation, she said.")
    assert fate["Mihai G. Netea"] == FactStatus.KEPT
    assert fate["Iacocca Foundation"] == FactStatus.KEPT


def test_a_name_given_with_a_possessive_or_its_initials_is_kept() -> None:
    original = "The study was led at the Harvard T.H. Chan School of Public Health in Boston."
    fate = ledger(original, "Researchers from Harvard's T.H. Chan School of Public Health "
                            "led the study in Boston.")
    assert fate["Harvard T.H. Chan School of Public Health"] == FactStatus.KEPT
    fate = ledger("The report came from Mihai Netea in Nijmegen.",
                  "The report came from Mihai G. Netea in Nijmegen.")
    assert fate["Mihai Netea"] == FactStatus.KEPT
    fate = ledger(original, "Researchers from Harvard's school led the study in Boston.")
    assert fate["Harvard T.H. Chan School of Public Health"] != FactStatus.KEPT


def test_an_initialism_is_not_kept_by_a_word_written_alike_in_small_letters() -> None:
    fate = ledger("Relations with the U.S. have never been worse, the minister said on Monday.",
                  "Relations with us have never been worse, the minister said on Monday.")
    assert fate["U.S."] != FactStatus.KEPT


def test_a_name_whose_words_stand_apart_is_not_kept() -> None:
    fate = ledger("The study was led by Mihai G. Netea in the lab. Funding came from the "
                  "Iacocca Foundation last year.",
                  "The study was led by Mihai Smith and Jo Netea. Funding came from the "
                  "Iacocca fund and a foundation, she said.")
    assert fate["Mihai G. Netea"] != FactStatus.KEPT
    assert fate["Iacocca Foundation"] == FactStatus.MISSING


def test_a_weekday_replaced_by_a_count_is_missing_not_changed() -> None:
    c = compare(Article("The team will present the results on Saturday at the meeting in Orlando."),
                Article("The team will present the results of doses in 150 patients at the "
                        "meeting in Orlando."))
    (saturday,) = [f for f in c.facts if f.text == "Saturday"]
    assert saturday.status == FactStatus.MISSING


def test_a_weekday_replaced_by_another_is_changed() -> None:
    c = compare(Article("The team will present the results on Saturday at the meeting in Orlando."),
                Article("The team will present the results on Sunday at the meeting in Orlando."))
    (saturday,) = [f for f in c.facts if f.text == "Saturday"]
    assert saturday.status == FactStatus.CHANGED


@pytest.mark.parametrize(("revised", "status"), [
    ("The mayor, John Smith, said the budget was balanced.", FactStatus.MISSING),  # another person
    ("Mayor Smith said the budget was balanced.", FactStatus.KEPT),
    ("Smith said the budget was balanced.", FactStatus.KEPT),
    ("Later, Jane Smith said the budget was balanced.", FactStatus.KEPT),
])
def test_a_surname_kept_is_the_same_person_only_without_another_given_name(
        revised: str, status: FactStatus) -> None:
    result = compare(Article("The mayor, Jane Smith, said the budget was balanced."),
                     Article(revised))
    assert [f.status for f in result.facts if f.text == "Jane Smith"] == [status]


def test_a_surname_or_a_place_joined_to_a_body_by_of_or_for_is_two_names() -> None:
    found = names("Ann Kessler, the manager in Peru for Clinics Across Borders, said so. "
                  "Clinics Across Borders works in Peru. Ms. Kessler of Clinics Across Borders "
                  "left. She studied at the University of Lima, and the University said Lima "
                  "was fine.")
    assert "Peru for Clinics Across Borders" not in found
    assert "Kessler of Clinics Across Borders" not in found
    assert {"Ann Kessler", "Peru", "Clinics Across Borders", "University of Lima"} <= set(found)


def test_a_hedge_cut_from_a_kept_sentence_is_listed_with_what_it_hedged() -> None:
    c = compare(Article("The strike is estimated to have cost the city $4bn, according to the "
                        "bank. The mayor spoke later."),
                Article("The strike cost the city $4 billion, according to the bank. The mayor "
                        "spoke later."))
    details = [f.text for f in c.facts if f.type == FactType.DETAIL]
    assert details == ["estimated to have cost"]
    assert "estimated to have cost" in c.summary.missing_facts


TERMS = ("The vaccine boosts a cytokine called tumor necrosis factor (TNF), which may help. High "
         "TNF levels kill the faulty cells. The firm uses Protein Oral Delivery (POD) "
         "technology. The POD method works in mice.")


def test_a_term_defined_with_its_abbreviation_is_one_fact_and_its_later_uses_none() -> None:
    found = names(TERMS)
    assert "tumor necrosis factor (TNF)" in found
    assert "Protein Oral Delivery" in found
    assert "TNF" not in found and "POD" not in found


@pytest.mark.parametrize(("revised", "status"), [
    ("High TNF levels kill the faulty cells.", FactStatus.KEPT),
    ("High tumor necrosis factor levels kill the faulty cells.", FactStatus.KEPT),
    ("High cytokine levels kill the faulty cells.", FactStatus.MISSING),
])
def test_a_defined_term_is_kept_under_either_wording(revised: str, status: FactStatus) -> None:
    assert ledger(TERMS, revised)["tumor necrosis factor (TNF)"] == status


def test_a_trademark_sign_is_no_name_and_its_abbreviation_is_still_defined() -> None:
    found = names("The firm uses its Protein Oral Delivery (POD[TM]) technology. The POD "
                  "method works in mice.")
    assert found == ["Protein Oral Delivery"]


def test_two_names_a_double_space_separates_are_not_one() -> None:
    found = names("The synod named Mor Basil Thomas  Mor Gregory as the founder of the school.")
    assert "Mor Basil Thomas  Mor Gregory" not in found
    assert "Mor Basil Thomas" in found


def test_an_iso_date_is_one_date_not_three_numbers() -> None:
    found = [(f.text, f.type) for f in find_facts("Published 2023-10-02 at noon, with 45 photos.")]
    assert ("2023-10-02", FactType.DATE) in found
    assert all(text not in ("2023", "10", "02") for text, _ in found)


def test_a_detail_starts_at_a_word_not_at_a_dash() -> None:
    c = compare(Article("The women who ate more fiber as girls--may have significantly lower "
                        "cancer risk than others, the study said. The team met later."),
                Article("The women who ate more fiber as girls, the study said. The team met "
                        "later."))
    details = [f.text for f in c.facts if f.type == FactType.DETAIL]
    assert details and all(d[:1].isalnum() for d in details)


@pytest.mark.parametrize(("text", "listed"), [
    ("They discussed Ukraine, Syria, Iran and North Korea on Monday.",
     ["Ukraine", "Syria", "Iran", "North Korea"]),
    ("Prices rose in Japan, China, Hong Kong and South Korea.",
     ["Japan", "China", "Hong Kong", "South Korea"]),
    ("Talks began under Nixon, Carter and Reagan in turn.", ["Nixon", "Carter", "Reagan"]),
])
def test_the_last_two_names_of_a_list_are_two_names(text: str, listed: list[str]) -> None:
    assert names(text) == listed


@pytest.mark.parametrize(("text", "name"), [
    ("Agents of Immigration and Customs Enforcement arrived.", "Immigration and Customs Enforcement"),
    ("Trade between Western and Central Europe grew.", "Western and Central Europe"),
    ("Staff of the FBI, Department of Health and Human Services and others met.",
     "Department of Health and Human Services"),
    ("It was required by the U.S. Food and Drug Administration to test it.",
     "U.S. Food and Drug Administration"),
])
def test_a_name_with_and_inside_stays_whole(text: str, name: str) -> None:
    assert name in names(text)


def test_a_short_headline_opening_the_article_is_no_name() -> None:
    text = "Storm Hits Coast\n\nThe storm reached the town of Harlow on Tuesday, officials said."
    assert [f.text for f in find_facts(text, opening=True) if f.type == FactType.NAME] == ["Harlow"]
    # read on its own, a short title-case line is no headline: "Morgan Tide" stays a name
    assert names("By Morgan Tide · 2023-10-02") == ["Morgan Tide"]


def test_a_changed_word_of_a_short_headline_is_no_changed_name() -> None:
    body = "\n\nThe storm reached the town of Harlow on Tuesday, officials said.\n"
    result = compare(Article("Storm Hits Coast" + body), Article("Storm Devastates Coast" + body))
    assert [c.kind for c in result.changes] != [] and \
        all(c.kind.value != "fact_change" for c in result.changes)
    assert not [f for f in result.facts if f.status != FactStatus.KEPT]


@pytest.mark.parametrize(("line", "furniture"), [
    ("Back to Gallery", True), ("Now Playing:", True), ("Recommended Video:", True),
    ("Image 1 of 1", True), ("1 / 1", True), ("; Posted", True), ("Updated", True),
    ("The gallery opened on Monday.", False),
    ("Posted to Helsinki, she said the plan had failed.", False),
    # the credit line under an embedded post, with or without its date
    ("— Jane Roe (@janeroe) July 16, 2018", True), ("- Jane Roe (@janeroe)", True),
    ("The mayor (@mayor) said the plan would cost $2 million.", False), ("— Jane Roe", False),
    # a weather box
    ("High 86F.", True), ("Low 66F.", True), ("Low near 70F.", True), ("Winds NNE at 5 to 10 mph..", True),
    ("High winds hit the coast.", False), ("Low turnout was blamed on the rain.", False),
    # a photo's credit, a wire's rights notice, a page's stamp and its buttons
    ("Marcellus Stein | AP", True), ("Pablo Martinez Monsivais / AP", True), ("/ AP", True),
    ("(AP Photo/Pablo Martinez Monsivais)", True), ("(Martti Kainulainen/Lehtikuva via AP)", True),
    ("Chris McGrath/Getty Images", True), ("twitter/@realDonaldTrump via CNN", True),
    ("Michael Nagle/Bloomberg", True), ("Anna Ross/PA", True), ("Bloomberg", False),
    ("(Jorge Silva/Pool Photo via AP, File)", True), ("/", True), ("___", True), ("•", True),
    ("The AP reported the deal on Monday.", False), ("12", False),
    ("Follow the Bangor Daily News on Facebook for the latest Maine news.", True),
    ("View Comments", True), ("Most Read Nation & World Stories", True),
    ("window._taboola = window._taboola || []; _taboola.push({ mode: 'thumbnails-c' });", True),
    ("He will follow the case on Facebook.", False),
    ("Profits rose && costs fell; margin = revenue - cost.", False),
    ("This material may not be published, broadcast, rewritten or redistributed.", True),
    ("July 15, 2018 — 4:05am", True), ("Jul 15, 2018 | 11:35 PM", True),
    ("Updated: July 16, 2018 @ 2:52 am", True), ("06/01/2018 02:57 pm ET", True),
    ("Purchase: Order Reprint", True), ("SIGN ME UP!", True), ("Trending News", True),
    ("Footer Navigation", True), ("Navigation was hard in the fog.", False),
    ("powered by Ask", True), ("$1 for 4 weeks.", True), ("Try one month for $1!", True),
    ("Tickets cost $1 for children.", False), ("It is powered by solar panels on the roof.", False),
    # a stamp with who posted the page
    ("Posted 6:08 am, July 16, 2018, by CNN Wires", True),
    ("Posted 5:57 am, July 16, 2018, by Associated Press , Updated at 06:00AM, July 16, 2018", True),
    ("July 16, 2018, by CNN Wires", False), ("The bill was signed July 16, 2018, by Mr Trump", False),
    ("July 15, 2018", False), ("2:20 p.m.", False), ("Police said AP staff were safe.", False),
])
def test_a_pages_furniture_line_is_boilerplate(line: str, furniture: bool) -> None:
    from articlecompare.core.classify import is_boilerplate

    assert is_boilerplate(line) is furniture


def test_a_plural_title_before_two_names_is_no_part_of_them() -> None:
    assert names("Talks between Presidents Donald Trump and Vladimir Putin ended. The "
                 "Sacramento Kings won.") == ["Donald Trump", "Vladimir Putin", "Sacramento Kings"]


def test_two_names_joined_by_and_are_two_facts() -> None:
    text = ("The plan was backed by Britain and France, by Donald Trump and Vladimir Putin and "
            "by the Food and Drug Administration. Officials of Immigration and Customs "
            "Enforcement and of Western and Central Europe were there.")
    assert names(text) == ["Britain", "France", "Donald Trump", "Vladimir Putin",
                           "Food and Drug Administration", "Immigration and Customs Enforcement",
                           "Western and Central Europe"]


@pytest.mark.parametrize(("revised", "fates"), [
    # the same two names in the other order: nothing lost
    ("Talks between China and Russia ended on Monday.", {"Russia": "kept", "China": "kept"}),
    ("China held talks with Russia on Monday.", {"Russia": "kept", "China": "kept"}),
    # one of the two gone: that one is missing, the other kept
    ("Talks with Russia ended on Monday.", {"Russia": "kept", "China": "missing"}),
])
def test_either_name_of_a_pair_is_kept_or_lost_on_its_own(revised: str,
                                                        fates: dict[str, str]) -> None:
    result = compare(Article("Talks between Russia and China ended on Monday."), Article(revised))
    got = {f.text: f.status.value for f in result.facts if f.text in fates}
    assert got == fates


def test_a_cut_that_runs_out_of_a_quotation_is_no_detail() -> None:
    original = ("“The therapy works well and significantly reduces inflammation in most "
                "patients,” said senior author Ana Ruiz of Rome. The trial ended in May.")
    revised = "“The therapy works well” for patients in Rome. The trial ended in May."
    facts = compare(Article(original), Article(revised)).facts
    # "most patients,” said senior author Ana Ruiz" was listed: half quotation, half speaker
    assert [f.text for f in facts if f.type == FactType.DETAIL] == []
    quoted = [f for f in facts if f.type == FactType.QUOTE]
    assert quoted and quoted[0].status != FactStatus.KEPT  # the quotation tells what it lost


def test_a_figures_hedge_in_an_omitted_sentence_is_no_detail() -> None:
    original = ("Walking 30 minutes a day helps, the study found.\n\nThose who walked at least 30 "
                "minutes a day had 412 heart attacks.\n\nThe study ended in May.")
    revised = "Walking a little every day helps, the study found.\n\nThe study ended in May."
    facts = compare(Article(original), Article(revised)).facts
    lost = [f.text for f in facts if f.status == FactStatus.MISSING]
    assert lost == ["30 minutes", "412 heart attacks"]  # was also "least 30 minutes"


@pytest.mark.parametrize(("text", "found"), [
    # a caption's label in capitals before a dash or a colon
    ("FILE - In this July 7, 2017 photo, Trump meets Putin in Hamburg.", ["Trump", "Putin", "Hamburg"]),
    ("UPDATE: Putin and Trump met in Helsinki.", ["Putin", "Trump", "Helsinki"]),
    # a pronunciation guide in brackets after a name
    ("Finnish President Sauli Niinisto (SOW-lee NEE-nee-stoh) met Trump.",
     ["Finnish", "Sauli Niinisto", "Trump"]),
    # a word in capitals that is no label, and a bracketed name that is no guide
    ("Officials of the FILE project met Putin.", ["FILE", "Putin"]),
    ("Talks on the EU-UK deal (Brussels) ended.", ["EU-UK", "Brussels"]),
])
def test_a_label_or_a_pronunciation_guide_is_no_name(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(("original", "revised", "listed"), [
    # the office's country before a title is no fact of its own
    ("He met Russian President Vladimir Putin on Monday.", "He met Vladimir Putin on Monday.",
     {"Vladimir Putin": FactStatus.KEPT, "Monday": FactStatus.KEPT}),
    ("French Foreign Minister Jean Roe spoke.", "Jean Roe spoke.", {"Jean Roe": FactStatus.KEPT}),
    # elsewhere a people's adjective stays a name
    ("The Russian leader spoke on Monday.", "The leader spoke on Monday.",
     {"Russian": FactStatus.MISSING, "Monday": FactStatus.KEPT}),
])
def test_a_peoples_adjective_before_a_title_is_no_ledger_fact(
        original: str, revised: str, listed: dict[str, FactStatus]) -> None:
    assert ledger(original, revised) == listed


def test_a_peoples_adjective_swapped_before_a_title_is_still_a_fact_change() -> None:
    result = compare(Article("He met Russian President Vladimir Putin on Monday."),
                     Article("He met Ukrainian President Vladimir Putin on Monday."))
    assert [c.kind for c in result.changes] == [ChangeKind.FACT_CHANGE]


@pytest.mark.parametrize(("text", "listed"), [
    ("Harvard University and Massachusetts General Hospital ran the trial.",
     ["Harvard University", "Massachusetts General Hospital"]),
    ("The Trump Administration and Congress argued.", ["Trump Administration", "Congress"]),
])
def test_two_bodies_each_named_whole_are_two_names(text: str, listed: list[str]) -> None:
    assert names(text) == listed


@pytest.mark.parametrize(("revised", "status"), [
    ("Conservative MP Michael Gove spoke. The vote was close.", FactStatus.KEPT),
    ("Michael Gove spoke. The vote was close.", FactStatus.MISSING),
    # a capital that only opens a sentence names no party
    ("Michael Gove spoke. Conservative estimates put the vote close.", FactStatus.MISSING),
    # nor the first word of another body's name; before a title it is the party's own
    ("Michael Gove spoke. The Conservative Research Department agreed.", FactStatus.MISSING),
    ("Conservative Sen. Michael Gove spoke. The vote was close.", FactStatus.KEPT),
    ("Conservative Shadow Secretary Michael Gove spoke. The vote was close.", FactStatus.KEPT),
])
def test_a_party_named_by_its_own_word_is_kept(revised: str, status: FactStatus) -> None:
    fates = ledger("Michael Gove, an MP for the Conservative Party, spoke. The vote was close.",
                   revised)
    assert fates["Conservative Party"] == status


def test_a_detail_is_one_phrase_not_a_dateline_and_the_lede_after_it() -> None:
    original = ("WASHINGTON (Sept. 11, 2015) -- The largest trial of the drug found a marker "
                "stabilised in patients.\n\nThe study enrolled many people.")
    revised = "A trial found a marker stabilised in patients.\n\nThe study enrolled many people."
    details = [f.text for f in compare(Article(original), Article(revised)).facts
               if f.type == FactType.DETAIL]
    assert details and all("WASHINGTON" not in d and "--" not in d for d in details)


def test_a_detail_inside_another_listed_detail_is_told_once() -> None:
    original = ("The highest dose of the drug was one gram.\n\nThe weather was fine.\n\n"
                "It is the longest and highest dose trial to date.")
    c = compare(Article(original), Article("The weather was fine."))
    details = [f.text for f in c.facts if f.type == FactType.DETAIL]
    assert "highest dose trial" in " ".join(details) and "highest dose" not in details


@pytest.mark.parametrize(("text", "listed"), [
    ("The talks ended. Later Smith said so.", ["Smith"]),
    ("Earlier Putin arrived. Finally Trump spoke.", ["Putin", "Trump"]),
])
def test_an_adverb_opening_a_sentence_is_no_part_of_a_name(text: str, listed: list[str]) -> None:
    assert names(text) == listed


def test_a_company_or_academic_title_is_no_part_of_the_name() -> None:
    assert names("“We are thrilled,” said CEO Jane Doe. Later Professor Alan Turing and Founder "
                 "Bill Gates spoke.") == ["Jane Doe", "Alan Turing", "Bill Gates"]
    # a word that is also a given name or part of a company's name stays
    assert names("The Dean Foods deal closed, Dean Baquet said.") == ["Dean Foods", "Dean Baquet"]


def test_a_condition_named_for_a_person_goes_on_past_the_possessive() -> None:
    assert names("It was run with the Alzheimer's Disease Cooperative Study in 2012. Trump's "
                 "White House agreed.") == ["Alzheimer's Disease Cooperative Study", "Trump",
                                            "White House"]


def test_a_title_after_a_possessive_keeps_its_first_word() -> None:
    assert names("She spoke on ABC's This Week and watched HBO's The Wire.") == \
        ["ABC", "This Week", "HBO", "The Wire"]


def test_a_detail_that_only_holds_a_lost_figure_is_told_by_the_figure() -> None:
    c = compare(Article("Police said the gunman fired at least 30 shots at the crowd."),
                Article("Police said the gunman fired at the crowd."))
    assert [(f.text, f.type) for f in c.facts if f.status == FactStatus.MISSING] == \
        [("30 shots", FactType.NUMBER)]
    (change,) = c.changes
    assert change.detail == "figure cut: “at least 30 shots”"


def test_a_page_stamp_split_in_two_is_furniture_without_facts() -> None:
    body = "\n\nThe storm reached the town of Harlow on Tuesday, officials said.\n\nRoads were closed.\n"
    c = compare(Article("Storm hits Harlow\n\nMonday, July 16, 2018 3:50" + body),
                Article("Storm hits Harlow\n\nPosted: 3:23 AM, July 16, 2018\n\n"
                        "Updated: 3:36 AM, July 16, 2018" + body))
    assert [ch.kind for ch in c.changes] == [ChangeKind.BOILERPLATE, ChangeKind.BOILERPLATE]
    assert [f.text for f in c.facts if f.status != FactStatus.KEPT] == []


@pytest.mark.parametrize(("text", "time"), [("It ended at 3:50\n\nThen", "3:50"),
                                            ("It ended at 3:50 the next day.", "3:50"),
                                            ("It ended at 3:50 pm.", "3:50 pm")])
def test_a_clock_time_ends_where_it_does(text: str, time: str) -> None:
    assert [f.text for f in find_facts(text) if ":" in f.text] == [time]


@pytest.mark.parametrize(("text", "listed"), [
    ("He met the US ambassador to Finland Robert Frank Pence on Monday.", ["US", "Robert Frank Pence"]),
    ("He met U.S. Ambassador to South Korea Harry Harris on Monday.", ["U.S.", "Harry Harris"]),
    ("He met Ambassador to the United Nations Nikki Haley.", ["Nikki Haley"]),
    ("He met Ambassador to Russia Jon M. Huntsman Jr. in May.", ["Jon M. Huntsman Jr."]),
    # a body after "to the" is a body's name, whole, not a place and a person
    ("He was an envoy to the World Health Organization until May.", ["World Health Organization"]),
    # whom a spokesman speaks for, or an adviser advises, is a fact, not the title's portfolio
    ("A spokesman for the World Health Organization said so.", ["World Health Organization"]),
    ("A spokesman for the Office of the U.N. High Commissioner for Human Rights said so.",
     ["Office of the U.N."]),
    ("An adviser to Boris Johnson said so.", ["Boris Johnson"]),
])
def test_the_place_of_an_envoy_is_the_titles_and_the_name_is_whole(text: str,
                                                                   listed: list[str]) -> None:
    assert names(text) == listed


@pytest.mark.parametrize(("text", "found"), [
    ("“Much of our news media is the enemy,” he wrote.", []),   # a quotation's first word
    ("“Well I think we have a deal,” he said.", []),
    ("Trump and Putin met 1-on-1 on Monday.", ["Trump", "Putin", "Monday"]),  # no count
    ("The storm hit 5 largely empty buildings.", ["5 largely empty buildings"]),
])
def test_words_that_open_speech_and_one_on_one_are_no_facts(text: str, found: list[str]) -> None:
    assert [f.text for f in find_facts(text) if f.type != FactType.QUOTE] == found


def test_two_people_joined_by_and_are_two_names_when_one_is_of_a_place() -> None:
    assert names("Talks between Donald Trump and Vladimir Putin of Russia ended.") == \
        ["Donald Trump", "Vladimir Putin of Russia"]


@pytest.mark.parametrize(("revised", "status"), [
    ("Warner spoke on Monday in Virginia.", FactStatus.KEPT),  # the person and the place
    ("Warner spoke on Monday.", FactStatus.MISSING),            # where he is from is gone
    ("Sen. John Warner spoke in Virginia.", FactStatus.MISSING),  # another Warner
])
def test_a_person_of_a_place_is_kept_by_the_person_and_the_place(revised: str,
                                                                 status: FactStatus) -> None:
    assert ledger("Sen. Mark Warner of Virginia spoke on Monday.", revised)[
        "Mark Warner of Virginia"] == status


def test_a_title_abbreviation_opens_no_sentence() -> None:
    assert ledger("Sen. Mark Warner spoke on Monday.",
                  "Sen. John Warner spoke on Monday.")["Mark Warner"] == FactStatus.MISSING


def test_a_photographer_and_agency_closing_a_caption_are_no_fact() -> None:
    text = ("The talks went on for hours, officials told AP Radio News on Monday.\n\n"
            "Trump and Putin shake hands during their meeting at the palace in Helsinki on a "
            "warm morning. (Heikki Saukkomaa/Lehtikuva via AP) Heikki Saukkomaa AP\n\n"
            "The talks went on.")
    assert [f.text for f in find_facts(text) if f.type == FactType.NAME] == \
        ["AP Radio News", "Trump", "Putin", "Helsinki"]


@pytest.mark.parametrize(("text", "listed"), [
    ("He joined the Department of the Treasury in May, officials said on Monday.",
     ["Department of the Treasury", "Monday"]),  # a month alone is no fact
    ("The Bank of the West raised rates on Monday, the report said.", ["Bank of the West", "Monday"]),
    # after any other word "of the" ends a name
    ("He is the President of the United States, they said on Monday.", ["United States", "Monday"]),
])
def test_of_the_stays_inside_a_bodys_name(text: str, listed: list[str]) -> None:
    assert [f.text for f in find_facts(text)] == listed


def test_the_strings_of_a_script_line_are_no_quotations() -> None:
    script = ("window._taboola = window._taboola || []; _taboola.push({ mode: 'thumbnails-c', "
              "container: 'gallery-thumbnails-N', placement: 'Gallery Thumbnails N' });")
    story = "The council met on Tuesday.\n\nSCRIPT\n\nThe vote passed by seven votes to two.\n"
    c = compare(Article(story.replace("SCRIPT", script.replace("N", "5"))),
                Article(story.replace("SCRIPT", script.replace("N", "4"))))
    assert [ch.kind for ch in c.changes] == [ChangeKind.BOILERPLATE]


@pytest.mark.parametrize(("text", "found"), [
    # what someone does, set before the name as a title is
    ("Singer R. Kelly's music was at the center of the policy.", ["R. Kelly"]),
    ("Actress Jennifer Aniston arrived on Monday.", ["Jennifer Aniston", "Monday"]),
    # a name's word after another, and a body's name, stay whole
    ("The ethicist Peter Singer spoke on Monday.", ["Peter Singer", "Monday"]),
    ("Writer Services Ltd said so.", ["Writer Services Ltd"]),
])
def test_an_occupation_before_a_name_is_no_part_of_it(text: str, found: list[str]) -> None:
    assert [f.text for f in find_facts(text)] == found


def test_a_name_in_a_sentence_rewritten_whole_has_no_passage_for_its_new_wording() -> None:
    original = ("Spotify dropped its conduct policy, three weeks after Halvorsen Freight "
                "announced it was removing artists from all its playlists.\n")
    revised = ("Spotify dropped its conduct policy, three weeks after the streaming company told "
               "Reuters in a long statement to its many users that it was removing artists from "
               "all its playlists.\n")
    c = compare(Article(original), Article(revised))
    (name,) = [f for f in c.facts if f.text == "Halvorsen Freight"]
    assert name.status is FactStatus.MISSING and name.replacement is None


@pytest.mark.parametrize(("text", "found"), [
    # a telephone number's digits are no figures
    ("Americas +1 212 318 2000", []),
    ("Call (617) 555-0100 or 1-800-273-8255 before 12 people arrive.", ["12 people"]),
    ("The vote was 212-318 on Tuesday.", ["212-318", "Tuesday"]),  # a tally stays
])
def test_a_telephone_number_is_no_figure(text: str, found: list[str]) -> None:
    assert [f.text for f in find_facts(text)] == found


def test_a_word_for_a_party_listed_with_a_name_is_no_name_of_its_own() -> None:
    text = "The effort aims to restrict the power of Democrats and Latino groups in Texas."
    assert [f.text for f in find_facts(text)] == ["Latino", "Texas"]


@pytest.mark.parametrize(("original", "revised", "status"), [
    # an initialism with or without its periods is the same name
    ("Russians hacked the 2016 US election, officials said.\n",
     "Russians hacked the 2016 U.S. presidential election, officials said.\n", FactStatus.KEPT),
    ("The FBI said so on Monday.\n", "The F.B.I. said so on Monday.\n", FactStatus.KEPT),
    # the pronoun is not the country, nor a word its letters open an initialism
    ("The US said so on Monday.\n", "Officials said so about us on Monday.\n", FactStatus.MISSING),
    ("The AP said so on Monday.\n", "It appears they said so on Monday.\n", FactStatus.MISSING),
    # in the plural, or made a word of ("the SAT tests" → "the Sats tests")
    ("He said the SAT tests take time.\n", "He said the Sats tests take time.\n", FactStatus.KEPT),
    # spelled out
    ("The EU said so on Monday.\n", "The European Union said so on Monday.\n", FactStatus.KEPT),
    ("The FBI said so.\n", "The Federal Bureau of Investigation said so.\n", FactStatus.KEPT),
])
def test_an_initialism_is_kept_by_its_letters_in_capitals(original: str, revised: str,
                                                         status: FactStatus) -> None:
    c = compare(Article(original), Article(revised))
    (name,) = [f for f in c.facts if f.type is FactType.NAME]
    assert name.status is status
    assert not any(ch.kind is ChangeKind.FACT_CHANGE for ch in c.changes) or \
        status is FactStatus.MISSING


def test_a_page_stamp_set_elsewhere_is_furniture_not_a_moved_sentence_with_a_changed_time() -> None:
    original = ("Trump arrives in Helsinki\n\nJuly 15, 2018 8:21 am\n\nThe president landed on "
                "Sunday evening after a weekend in Scotland.\n\nHe meets Putin on Monday.\n")
    revised = ("Trump arrives in Helsinki\n\nThe president landed on Sunday evening after a "
               "weekend in Scotland.\n\nJuly 15, 2018 at 8:11 AM\n\nHe meets Putin on Monday.\n")
    c = compare(Article(original), Article(revised))
    assert [ch.kind for ch in c.changes] == [ChangeKind.BOILERPLATE]
    assert all(f.status is FactStatus.KEPT for f in c.facts)


def test_a_cut_that_ends_on_an_absence_is_told_with_what_it_qualifies() -> None:
    c = compare(Article("He said in the interview that he had given no thought to asking Putin.\n"),
                Article("He said in the interview that he \"hadn't thought\" about asking Putin.\n"))
    assert [f.text for f in c.facts if f.status is not FactStatus.KEPT] == ["given no thought"]


@pytest.mark.parametrize(("text", "found"), [
    # a name set in capitals, then another in small letters, are two
    ("By GEOFF MULVIHILL Associated Press\n\nThe talks began.", ["GEOFF MULVIHILL", "Associated Press"]),
    ("NASA Goddard Space Flight Center said so.", ["NASA Goddard Space Flight Center"]),
])
def test_a_name_in_capitals_ends_where_small_letters_begin(text: str, found: list[str]) -> None:
    assert [f.text for f in find_facts(text)] == found
