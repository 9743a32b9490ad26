"""Language detection, and the coder's skip of languages it does not read."""

from __future__ import annotations

from tests.stories import ACCEPTANCE_BODY, ACCEPTANCE_TITLE
from transforms.code_events import TEXT_PARTS, texts_to_code
from transforms.language import (
    CODER_MODELS,
    UNDETERMINED,
    detect_language,
    is_coded,
    text_for_detection,
)

FRENCH = ("Le ministre mexicain des affaires étrangères a exprimé samedi le souhait de son pays "
          "de rouvrir les relations diplomatiques avec la Corée du Nord.")
SPANISH = ("El canciller de México expresó el sábado el deseo de su país de reabrir las "
           "relaciones diplomáticas con Corea del Norte, tras apoyar al gobierno cubano.")


def test_paragraphs_are_recognised():
    assert detect_language(ACCEPTANCE_BODY).language == "en"
    assert detect_language(FRENCH).language == "fr"
    assert detect_language(SPANISH).language == "es"
    assert detect_language(FRENCH).confidence >= 0.9


def test_short_text_is_undetermined_and_coded():
    detection = detect_language(ACCEPTANCE_TITLE[:40])
    assert detection.language == UNDETERMINED
    assert is_coded(UNDETERMINED) and is_coded(None)


def test_only_languages_with_a_coder_model_are_coded():
    assert set(CODER_MODELS) == {"en"}
    assert is_coded("en") and not is_coded("fr") and not is_coded("es")


def test_detection_reads_the_longest_text():
    article = {"title": "Titre", "summary": "Résumé", "content": "", "body_text": FRENCH}
    assert text_for_detection(article) == FRENCH
    assert text_for_detection({"title": "A", "summary": "B", "content": ""}) == "A\nB"


def _article(**fields):
    return {"title": ACCEPTANCE_TITLE, "summary": "", "content": "", "body_text": None,
            "coding_skipped": None, **fields}


def test_body_is_coded_as_its_own_text_part_and_repeated_summary_is_not():
    assert TEXT_PARTS[-1] == "body"
    first_sentence = ACCEPTANCE_BODY.split(". ")[0] + "."
    article = _article(summary=first_sentence, body_text=ACCEPTANCE_BODY)
    assert list(texts_to_code(article)) == [("title", ACCEPTANCE_TITLE), ("body", ACCEPTANCE_BODY)]
    article = _article(summary="Something the body does not say.", body_text=ACCEPTANCE_BODY)
    assert [part for part, _ in texts_to_code(article)] == ["title", "summary", "body"]


def test_a_skipped_article_gives_nothing_to_code():
    article = _article(body_text=FRENCH, coding_skipped="language fr")
    assert list(texts_to_code(article)) == []
