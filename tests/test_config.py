"""Configuration: defaults, environment overrides with types, explicit overrides last."""

from __future__ import annotations

import pytest

from service import config


def test_defaults_without_environment():
    values = config.load(environ={})
    assert values["KG_BASE_IRI"] == "http://127.0.0.1:8000/"
    assert values["KG_UPDATE_TOKEN"] is None
    assert values["KG_UNION_DEFAULT_GRAPH"] is True


def test_environment_is_read_with_the_default_type():
    values = config.load(
        environ={"KG_QUERY_TIMEOUT": "2.5", "KG_RESULT_LIMIT": "7", "KG_UNION_DEFAULT_GRAPH": "false",
                 "KG_BASE_IRI": "https://kg.example.org"}
    )
    assert values["KG_QUERY_TIMEOUT"] == 2.5
    assert values["KG_RESULT_LIMIT"] == 7
    assert values["KG_UNION_DEFAULT_GRAPH"] is False
    assert values["KG_BASE_IRI"] == "https://kg.example.org/"


def test_bad_environment_value_names_the_key():
    with pytest.raises(ValueError, match="KG_UNION_DEFAULT_GRAPH"):
        config.load(environ={"KG_UNION_DEFAULT_GRAPH": "maybe"})


def test_overrides_win():
    assert config.load({"KG_RESULT_LIMIT": 3}, environ={"KG_RESULT_LIMIT": "7"})["KG_RESULT_LIMIT"] == 3
