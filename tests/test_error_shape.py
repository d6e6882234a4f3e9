"""One error shape for API clients and a page for people, for every status, our own bugs included."""

from __future__ import annotations

import pytest

from service import create_app


@pytest.fixture
def app(tmp_path):
    app = create_app({"KG_STORE": str(tmp_path / "store")})

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    return app


def test_unexpected_error_is_a_json_500_without_internals(app):
    response = app.test_client().get("/boom", headers={"Accept": "application/json"})
    assert response.status_code == 500
    assert response.get_json() == {
        "error": "Internal Server Error",
        "message": "an internal error occurred; it has been logged",
        "status": 500,
    }
    assert b"secret internal detail" not in response.data


def test_unexpected_error_is_a_page_for_browsers(app):
    response = app.test_client().get("/boom", headers={"Accept": "text/html"})
    assert response.status_code == 500
    assert response.mimetype == "text/html"
    assert b"500 Internal Server Error" in response.data
    assert b"secret internal detail" not in response.data
    assert b"Traceback" not in response.data


def test_missing_store_is_a_503_that_says_what_to_do(app):
    response = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert response.status_code == 503
    assert "kg build" in response.get_json()["message"]
