"""The web UI in a real headless Chromium (Debian's chromium + chromium-driver, `make browser`)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests import seed_lookup as seed

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
).split()
EDITOR_BUNDLE = Path(__file__).resolve().parent.parent / "service" / "static" / "vendor" / "editor.js"

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as until  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(
            "chromium and chromedriver not found: run `make browser` "
            "(apt-get install chromium chromium-driver)"
        )
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, timeout=20):
    return WebDriverWait(driver, timeout).until(condition)


def test_home_page_runs_an_example_query_into_a_table(browser, seed_server):
    browser.get(seed_server)
    assert "diplomacy-kg" in browser.title
    if EDITOR_BUNDLE.exists():  # built by `make static`: the text area becomes a CodeMirror editor
        wait(browser, until.presence_of_element_located((By.CSS_SELECTOR, ".kg-codemirror .cm-content")))
    Select(browser.find_element(By.ID, "examples")).select_by_value("expulsion-orders")
    browser.find_element(By.ID, "run").click()
    table = wait(browser, until.presence_of_element_located((By.CSS_SELECTOR, "#results table.results")))
    headers = [th.text for th in table.find_elements(By.TAG_NAME, "th")]
    assert "order" in headers and "statusCode" in headers
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 4
    assert len(table.find_elements(By.CSS_SELECTOR, "tbody tr.status-false")) == 1
    first_link = table.find_element(By.CSS_SELECTOR, "tbody a")
    assert first_link.get_attribute("href").startswith(seed_server + "id/")  # IRIs are clickable
    first_link.click()
    wait(browser, until.presence_of_element_located((By.CSS_SELECTOR, "article.resource h1")))


def test_a_bad_query_shows_its_error_inline(browser, seed_server):
    browser.get(seed_server)
    browser.execute_script(
        "const t = document.getElementById('query'); t.value = 'SELECT ?x WHERE { ?x ?y }';"
        "t.dispatchEvent(new Event('kg-replace'));"
    )
    browser.find_element(By.ID, "run").click()
    error = wait(browser, until.visibility_of_element_located((By.ID, "query-error")))
    assert error.text.strip()
    assert not browser.find_elements(By.CSS_SELECTOR, "#results table")


def test_french_order_page_and_following_a_link(browser, seed_server):
    order = seed.order_for(seed_server, "Q142")
    browser.get(order)
    heading = browser.find_element(By.CSS_SELECTOR, "article.resource h1")
    assert "Confirmed" in browser.find_element(By.CSS_SELECTOR, ".factuality").text
    assert heading.text
    assert browser.find_element(By.CSS_SELECTOR, ".diagram svg.kg-diagram").is_displayed()
    france = seed.state(seed_server, "Q142")
    link = browser.find_element(
        By.CSS_SELECTOR, f'dl.properties a[href="/{france.removeprefix(seed_server)}"]'
    )
    link.click()
    wait(browser, until.url_to_be(france))
    assert browser.find_element(By.CSS_SELECTOR, "article.resource h1").text == "France"


def test_false_us_report_is_displayed_as_false(browser, seed_server):
    browser.get(seed.order_for(seed_server, "Q30"))
    badge = browser.find_element(By.CSS_SELECTOR, "h1 .badge.status-false")
    assert badge.is_displayed() and badge.text.strip().upper() == "FALSE"
    heading = browser.find_element(By.CSS_SELECTOR, "article.resource h1")
    assert "line-through" in heading.value_of_css_property("text-decoration")
    banner = browser.find_element(By.CSS_SELECTOR, ".factuality.status-false")
    assert "not a fact" in banner.text
    # it looks different from a confirmed one
    red = banner.value_of_css_property("background-color")
    browser.get(seed.order_for(seed_server, "Q142"))
    assert (
        browser.find_element(By.CSS_SELECTOR, ".factuality").value_of_css_property("background-color") != red
    )


def test_article_page_shows_the_highlights(browser, seed_server):
    browser.get(seed.article(seed_server))
    marks = browser.find_elements(By.CSS_SELECTOR, ".article-text mark.fact")
    assert len(marks) >= 5
    assert all(m.is_displayed() for m in marks)
    assert browser.find_elements(By.CSS_SELECTOR, "mark.fact.status-false")
    assert marks[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    fact_link = browser.find_element(By.CSS_SELECTOR, ".article-text a.fact-link")
    fact_link.click()
    wait(browser, until.presence_of_element_located((By.CSS_SELECTOR, "article.resource.event")))
