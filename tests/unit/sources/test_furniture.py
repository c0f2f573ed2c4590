"""A page's template lines are not article text: furniture, the byline as a line of its own,
a short paragraph the template repeats."""
from __future__ import annotations

from articlecompare.sources import load_bytes
from articlecompare.sources.furniture import without_furniture

STORY = [
    "The harbour board voted on Tuesday to add two evening ferries to the island route.",
    "The new sailings start in May and will run until the end of September, the board said.",
    "Residents had asked for later boats for three years, citing the last ferry at 6 p.m.",
    "The board's chair, Ruth Calder, said the cost would be met from ticket sales.",
]


def test_template_lines_byline_lines_and_repeated_captions_go() -> None:
    caption = "A ferry leaves Kessmouth harbour. (Photo: Harbour Board)"
    page = ["By Marta Quill", "Continue reading the main story", STORY[0], caption, STORY[1],
            "Advertisement", caption, STORY[2], "Updated 5:27 am EDT", caption, STORY[3]]
    assert without_furniture(page, "Marta Quill") == [STORY[0], caption, *STORY[1:]]


def test_a_line_naming_someone_else_stays() -> None:
    page = [STORY[0], "Ruth Calder", STORY[1]]
    assert without_furniture(page, "Marta Quill") == page


def test_a_long_paragraph_said_twice_stays_twice() -> None:
    long = " ".join(STORY)
    assert without_furniture([long, STORY[0], long], None) == [long, STORY[0], long]


def test_a_page_of_one_paragraph_over_and_over_keeps_them_all() -> None:
    assert without_furniture([STORY[0]] * 5, None) == [STORY[0]] * 5


def test_a_saved_page_opens_with_its_header_and_holds_no_furniture() -> None:
    body = "".join(f"<p>{p}</p>" for p in [STORY[0], "Continue reading the main story",
                                            STORY[1], "Advertisement", STORY[2], STORY[3]])
    html = ('<html><head><title>Evening ferries added</title>'
            '<meta name="author" content="Marta Quill"></head><body><article>'
            f'<h1>Evening ferries added</h1><p class="byline">By Marta Quill</p>{body}'
            '</article></body></html>')
    text = load_bytes(html.encode("utf-8"), "page.html").text
    assert "Continue reading" not in text and "Advertisement" not in text
    assert text.count("Marta Quill") == 1  # the header's credit line, not the body's too
    assert all(p in text for p in STORY)


def _card(name: str, shown: str) -> str:
    """A person's hover card as a page's template writes one: hidden by its style sheet."""
    return (f'<span class="people"><a href="/people/x">{name}</a><span class="people-block">'
            f'<img src="/x.jpg" alt=""><a class="name" href="/people/x">{shown}</a>'
            '<a href="/story/1">Harbour board faces questions over winter timetable</a>'
            '<a href="/story/2">Island ferries cancelled again in storm</a></span></span>')


def _page(paragraphs: list[str]) -> str:
    filler = "".join(f"<p>{p}</p>" for p in STORY[1:])
    return ("<html><head><title>Evening ferries added</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + filler + "</article></body></html>")


def test_hover_cards_glued_to_a_link_go_and_the_link_stays() -> None:
    first = (f"The board's chair, {_card('Ruth Calder', 'Ruth Calder')}, said the sailings start in May "
             "and will be paid for from ticket sales over the next two summers.")
    second = (f"Councillor {_card('Jo Park', 'Joanna M. Park')} voted against the plan, saying the "
              "harbour could not take more traffic in the evenings without new moorings.")
    text = load_bytes(_page([first, second]).encode("utf-8"), "page.html").text
    assert "The board's chair, Ruth Calder, said the sailings start in May" in text
    assert "Councillor Jo Park voted against the plan" in text
    assert "winter timetable" not in text and "Joanna" not in text and "Ruth CalderRuth" not in text


def test_what_follows_a_link_in_other_ways_stays() -> None:
    """Words after a link (not a card: no picture, no link of the same words), a link in a
    list of links with a picture after it outside any paragraph, and text between the two."""
    plain = ('Read the <a href="/plan">harbour plan</a><span class="note"> (a 40-page report with '
             '<a href="/annex">an annex</a>)</span> before the meeting on the island next week.')
    spaced = ('The chair met <a href="/people/x">Ruth Calder</a> and <span>the <a href="/people/x">Ruth '
              'Calder</a> trust</span> on the quay before the vote on Tuesday evening.')
    text = load_bytes(_page([plain, spaced]).encode("utf-8"), "page.html").text
    assert "(a 40-page report with an annex)" in text
    assert "and the Ruth Calder trust on the quay" in text


def test_links_to_other_stories_and_newsletter_prompts_go() -> None:
    page = [STORY[0], "Related: Island ferries cancelled again in storm", STORY[1],
            "READ MORE: Harbour board faces questions over winter timetable",
            "[Related: Kessmouth opens its new quay]", "Also on harbour-news.example Ferry fares to rise in May",
            STORY[2], "Get the day's top stories in your inbox every morning by subscribing.",
            "Sign up for our free daily newsletter.", STORY[3]]
    assert without_furniture(page, None) == STORY


def test_sentences_that_only_begin_alike_stay() -> None:
    page = ["Related to the vote, the board said the sailings would start in May.",
            "Also on Tuesday, the board approved a new timetable for the winter months.",
            "Read more slowly, the report says the cost would be met from ticket sales.",
            "Residents who subscribe to the island's ferry pass will pay 3 pounds less a week.",
            "Sign up for a ferry pass at the harbour office before the end of April."]
    assert without_furniture(page, None) == page


def test_a_subscription_pitch_to_the_reader_goes_and_a_quotation_of_one_stays() -> None:
    pitch = ("No one covers what is happening in our town better than we do. And with a "
             "digital subscription, you'll never miss a local story.")
    quoted = "“You can subscribe for 3 pounds a month,” the board's chair said of the ferry pass."
    assert without_furniture([STORY[0], pitch, STORY[1], quoted], None) == \
        [STORY[0], STORY[1], quoted]


def test_page_stamps_reprint_links_and_sign_up_buttons_go() -> None:
    page = [STORY[0], "July 15, 2018 — 4:05am", "Purchase: Order Reprint", STORY[1],
            "Be the first to know.", "SIGN ME UP!", STORY[2], "March 3, 2025", "2:20 p.m.",
            STORY[3]]
    # a date alone is the page's dateline, and a clock time alone heads a live entry: both stay
    assert without_furniture(page, None) == [STORY[0], STORY[1], STORY[2], "March 3, 2025",
                                             "2:20 p.m.", STORY[3]]
