"""The room's page in a real browser (Debian's headless Chromium, sized like a phone)
against the real server: what an attendee sees and does while the moderator works."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from facilitator.documents.labels import DocumentLabels
from facilitator.services import agenda, proposals
from facilitator.services import room as room_service
from tests.room.served import now, open_round, served, start_session

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT = 15  # seconds: generous, the page follows the server within a fraction of that

pytestmark = pytest.mark.slow


@pytest.fixture
def browser():
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: install Debian's chromium and chromium-driver "
            "(apt-get install chromium chromium-driver; .ci/run does it)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--window-size=412,915",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--lang=tr-TR",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "tr-TR,tr"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def room(demo):
    store, workshop_id = demo.store, demo.workshop(6)
    # The demo's sixth workshop has no agenda yet: the moderator writes two items.
    agenda.add_item(store, workshop_id, "Gönüllü eşleştirme: ilk sonuçlar", planned_minutes=20)
    agenda.add_item(store, workshop_id, "Kapanış ve sonraki adımlar", planned_minutes=10)
    start_session(store, workshop_id)
    badges = room_service.issue_badges(store, workshop_id)
    with served(store, workshop_id) as server:
        yield store, workshop_id, badges, server


def shown(driver, element_id: str, *, within: float = WAIT):
    """The element, once it is on screen."""
    return WebDriverWait(driver, within).until(
        ready.visibility_of_element_located((By.ID, element_id))
    )


def words(driver, element_id: str) -> str:
    """The element's text as written (headings are shown in capitals by the style sheet,
    and WebDriver's ``.text`` capitalizes without the Turkish İ)."""
    return driver.find_element(By.ID, element_id).get_attribute("textContent")


def wait_for_text(driver, element_id: str, text: str) -> str:
    WebDriverWait(driver, WAIT).until(lambda d: text in words(d, element_id))
    return words(driver, element_id)


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_an_attendee_follows_the_room_votes_sees_the_result_and_sends_an_idea(room, browser):
    store, workshop_id, badges, server = room
    badge = badges[0]
    browser.get(f"{server.url}j#t={badge.token}")

    assert badge.name in wait_for_text(browser, "me-name", badge.name)
    title = wait_for_text(browser, "item-title", "Gönüllü eşleştirme")
    assert title == "Gönüllü eşleştirme: ilk sonuçlar"
    assert browser.find_element(By.ID, "item-next").text == "Sıradaki: Kapanış ve sonraki adımlar"
    assert browser.find_element(By.ID, "item-clock").text.endswith(" / 20:00")
    assert not browser.find_element(By.ID, "round").is_displayed()

    round_id = open_round(store, workshop_id, "Yürütme kurulu dönüşümlü olsun")
    shown(browser, "round")
    choices = WebDriverWait(browser, WAIT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#ballots button.choice") or False
    )
    assert len(choices) == 8
    assert browser.find_element(By.ID, "round-title").text == "Yürütme kurulu dönüşümlü olsun"
    three = browser.find_element(By.CSS_SELECTOR, '#ballots button.choice[data-value="3"]')
    assert three.text == "3 Çekincelerle destek"
    three.click()

    WebDriverWait(browser, WAIT).until(
        lambda d: "Kaydedildi: 3 Çekincelerle destek" in d.find_element(By.ID, "ballots").text
    )
    pressed = browser.find_element(By.CSS_SELECTOR, '#ballots button.choice[data-value="3"]')
    assert pressed.get_attribute("aria-pressed") == "true"
    stored = proposals.get_round(store, round_id)
    assert [(p.holder_id, p.value) for p in stored.positions] == [(badge.person_id, "3")]

    closed = proposals.close_round(store, round_id, now())
    shown(browser, "result")
    WebDriverWait(browser, WAIT).until(lambda d: not d.find_element(By.ID, "round").is_displayed())
    assert browser.find_element(By.ID, "result-title").text == "Yürütme kurulu dönüşümlü olsun"
    tally = [li.text.split("\n") for li in browser.find_elements(By.CSS_SELECTOR, "#tally li")]
    assert ["3 Çekincelerle destek", "1"] in tally
    assert sum(int(count) for _label, count in tally) == 1
    assert closed.proposed_outcome is not None
    outcome = DocumentLabels("tr").enum("outcome", closed.proposed_outcome)
    assert browser.find_element(By.ID, "result-outcome").text == outcome

    assert not browser.find_element(By.ID, "idea").is_displayed()
    room_service.open_idea_box(store, workshop_id, True)
    field = shown(browser, "idea-text")
    field.send_keys("Toplantı notları herkese açık paylaşılsın — şeffaflık için")
    browser.find_element(By.ID, "idea-send").click()
    wait_for_text(browser, "idea-done", "Gönderildi")
    assert field.get_attribute("value") == ""
    waiting = room_service.waiting_ideas(store, workshop_id)
    assert [(i.text, i.sender) for i in waiting] == [
        ("Toplantı notları herkese açık paylaşılsın — şeffaflık için", badge.name)
    ]

    assert console_errors(browser) == []


def test_the_language_button_switches_the_page_to_english(room, browser):
    store, workshop_id, badges, server = room
    browser.get(f"{server.url}j#t={badges[1].token}")
    assert wait_for_text(browser, "item-heading", "Şu anki gündem maddesi")
    button = browser.find_element(By.ID, "language")
    assert button.text == "English"
    button.click()
    assert wait_for_text(browser, "item-heading", "Agenda item now") == "Agenda item now"
    assert wait_for_text(browser, "me-name", "You: ").startswith("You: ")
    assert browser.find_element(By.ID, "language").text == "Türkçe"
    assert browser.execute_script("return document.documentElement.lang") == "en"

    open_round(store, workshop_id, "Bütçe raporu her çeyrekte yayımlansın")
    WebDriverWait(browser, WAIT).until(
        lambda d: "3 Support with reservations" in d.find_element(By.ID, "ballots").text
    )
    assert words(browser, "round-heading") == "Decision round"
    assert console_errors(browser) == []


def test_the_token_leaves_the_address_bar_once_the_page_has_it(room, browser):
    _store, _workshop_id, badges, server = room
    browser.get(f"{server.url}j#t={badges[2].token}")
    wait_for_text(browser, "me-name", badges[2].name)
    assert browser.execute_script("return location.hash") == ""
    assert badges[2].token not in browser.current_url
    assert browser.current_url == server.url
    browser.refresh()  # the page keeps its key without showing it
    assert badges[2].name in wait_for_text(browser, "me-name", badges[2].name)
    assert badges[2].token not in browser.current_url
    assert console_errors(browser) == []


def test_a_forged_token_shows_the_join_form_saying_the_link_is_no_longer_valid(room, browser):
    _store, _workshop_id, badges, server = room
    selector, secret = badges[0].token.split(".")
    forged = f"{selector}.{secret[:-2]}{'AA' if secret[-2:] != 'AA' else 'BB'}"
    browser.get(f"{server.url}j#t={forged}")
    shown(browser, "join")
    assert wait_for_text(browser, "status", "artık geçerli değil") == (
        "Bu bağlantı artık geçerli değil. Yaka kartınızdaki karekodu yeniden okutun."
    )
    assert browser.find_element(By.ID, "code").is_displayed()
    for section in ("me", "item", "round", "result", "idea"):
        assert not browser.find_element(By.ID, section).is_displayed(), section
    assert browser.execute_script("return location.hash") == ""
    # The browser reports the refused request itself; nothing else may go wrong.
    errors = console_errors(browser)
    assert all("/api/me" in e and "401" in e for e in errors), errors


def test_a_badge_carrying_a_voice_places_that_voices_dots_apart_from_its_own(room, browser):
    from facilitator.services import ideas

    store, workshop_id, badges, server = room
    carrier, owner = badges[3], badges[4]
    room_service.set_proxy(store, workshop_id, carrier.person_id, owner.person_id)
    card = ideas.add_idea(store, workshop_id, "Ortak etkinlik takvimi", now=now())
    dot_round = ideas.open_dot_round(store, workshop_id, budget=2, now=now(), question="Öncelik?")
    browser.get(f"{server.url}j#t={carrier.token}")
    shown(browser, "dots-who")
    mine, carried = browser.find_elements(By.CSS_SELECTOR, "#dots-who button")
    assert mine.text == "Sizin noktalarınız" and carried.text == f"Adına: {owner.name}"
    assert mine.get_attribute("aria-pressed") == "true"

    def plus():
        return browser.find_element(By.CSS_SELECTOR, "#dot-targets button:not(.quiet)")

    def tap(find):
        """Tap the button ``find`` returns once it is enabled. The page draws its buttons
        again when the room's state arrives, so one found a moment ago may be gone: it is
        looked for again (a tap on a button no longer there never reaches the page)."""

        def tapped(_driver):
            button = find()
            if not button.is_enabled():
                return False
            button.click()
            return True

        WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(
            tapped
        )

    def who(index):
        return lambda: browser.find_elements(By.CSS_SELECTOR, "#dots-who button")[index]

    tap(plus)
    wait_for_text(browser, "dots-left", "1 / 2")
    tap(who(1))
    wait_for_text(browser, "dots-left", "2 / 2")  # the voice carried has its own budget
    for left in ("1 / 2", "0 / 2"):
        tap(plus)
        wait_for_text(browser, "dots-left", left)
    WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: not plus().is_enabled()
    )
    assert ideas.spent(store, dot_round.id) == {carrier.person_id: 1, owner.person_id: 2}
    tap(who(0))
    wait_for_text(browser, "dots-left", "1 / 2")
    assert card.text in words(browser, "dot-targets")
    assert console_errors(browser) == []
