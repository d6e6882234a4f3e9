"""The curated gazetteer: well-formed TSV, unique keys and surfaces, and known facts."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

COLUMNS = {
    "states": [
        "key", "name", "official_name", "aliases", "demonyms", "capital", "wikidata", "iso2", "un_member",
    ],
    "organizations": ["key", "name", "aliases", "kind", "part_of", "wikidata"],
    "armed-groups": ["key", "name", "aliases", "wikidata"],
    "regions": ["key", "name", "aliases", "wikidata"],
}
# Columns whose values are words an article may use for the entity.
SURFACE_COLUMNS = ("name", "aliases", "demonyms", "capital")
ORG_KINDS = {"InternationalOrganization", "InternationalMission", "Body"}


def read(stem: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(GAZETTEER / f"{stem}.tsv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return reader.fieldnames, list(reader)


def split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


def surfaces(row: dict[str, str]) -> set[str]:
    return {s for column in SURFACE_COLUMNS for s in split(row.get(column, ""))}


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, str]]]:
    return {stem: read(stem)[1] for stem in COLUMNS}


@pytest.fixture(scope="module")
def by_key(tables) -> dict[str, dict[str, str]]:
    return {row["key"]: row for rows in tables.values() for row in rows}


@pytest.mark.parametrize("stem", COLUMNS)
def test_each_file_has_exactly_the_agreed_columns_and_full_rows(stem):
    header, rows = read(stem)
    assert header == COLUMNS[stem]
    assert rows
    for row in rows:
        assert None not in row, f"{stem}: extra cells in {row}"
        assert all(value is not None for value in row.values()), f"{stem}: short row {row}"
        assert row["key"] and row["name"], f"{stem}: a row without key or name: {row}"
        assert all(value == value.strip() for value in row.values()), f"{stem}: stray spaces in {row}"


def test_keys_are_unique_across_all_files_because_they_mint_entity_iris(tables):
    seen = defaultdict(list)
    for stem, rows in tables.items():
        for row in rows:
            seen[row["key"]].append(stem)
    assert {key: stems for key, stems in seen.items() if len(stems) > 1} == {}


def test_keys_are_safe_as_an_iri_path_segment(by_key):
    assert [key for key in by_key if not re.fullmatch(r"[A-Z0-9]+", key)] == []


def test_wikidata_cells_are_empty_or_a_q_id(by_key):
    q_id = re.compile(r"(Q[0-9]+)?")
    assert {key: row["wikidata"] for key, row in by_key.items() if not q_id.fullmatch(row["wikidata"])} == {}


def test_no_two_entities_share_a_wikidata_item(by_key):
    owners = defaultdict(list)
    for key, row in by_key.items():
        if row["wikidata"]:
            owners[row["wikidata"]].append(key)
    assert {q: keys for q, keys in owners.items() if len(keys) > 1} == {}


def test_every_un_member_state_is_present_and_flagged(tables):
    states = tables["states"]
    assert {row["un_member"] for row in states} == {"yes", "no"}
    assert sum(row["un_member"] == "yes" for row in states) == 193
    # The observers and partly recognised states the genre reports on are there, and not flagged.
    others = {row["key"] for row in states if row["un_member"] == "no"}
    assert {"PSE", "VAT", "XKX", "TWN", "ESH"} <= others


def test_state_codes_are_well_formed_and_every_un_member_has_a_wikidata_id(tables):
    for row in tables["states"]:
        assert re.fullmatch(r"[A-Z]{3}", row["key"]), row["key"]
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), row["key"]
        if row["un_member"] == "yes":
            assert row["wikidata"], f"{row['key']} has no Wikidata id"
    iso2 = [row["iso2"] for row in tables["states"]]
    assert len(iso2) == len(set(iso2))


def test_organizations_have_a_known_kind_and_an_existing_parent(tables):
    keys = {row["key"] for row in tables["organizations"]}
    for row in tables["organizations"]:
        assert row["kind"] in ORG_KINDS, row["key"]
        assert row["part_of"] in keys | {""}, row["key"]
        assert row["part_of"] != row["key"]


def test_no_surface_form_names_two_entities_unless_listed_as_ambiguous(tables):
    owners = defaultdict(set)
    for rows in tables.values():
        for row in rows:
            for surface in surfaces(row):
                owners[surface.casefold()].add(row["key"])
    shared = {surface: keys for surface, keys in owners.items() if len(keys) > 1}
    assert shared == {}


def test_ambiguous_surfaces_are_kept_out_of_the_rows_and_name_real_candidates(tables, by_key):
    header, ambiguous = read("ambiguous")
    assert header == ["surface", "candidates", "note"]
    used = {s.casefold() for rows in tables.values() for row in rows for s in surfaces(row)}
    for row in ambiguous:
        assert row["surface"].casefold() not in used, f"{row['surface']} is both ambiguous and linked"
        candidates = split(row["candidates"])
        assert len(candidates) >= 2 and set(candidates) <= set(by_key), row
        assert row["note"], row


@pytest.mark.parametrize(
    ("key", "qid"),
    [
        ("FRA", "Q142"),
        ("USA", "Q30"),
        ("NER", "Q1032"),
        ("NGA", "Q1033"),
        ("DEU", "Q183"),
        ("RUS", "Q159"),
        ("MLI", "Q912"),
        ("BFA", "Q965"),
        ("SDN", "Q1049"),
        ("ETH", "Q115"),
        ("EU", "Q458"),
        # Not Q166546 (that item is a European organisation Switzerland belongs to): see README.
        ("ECOWAS", "Q193272"),
        ("AU", "Q7159"),
        ("UN", "Q1065"),
        ("ALQAEDA", "Q34490"),
        ("ISIL", "Q2429253"),
    ],
)
def test_known_wikidata_ids(by_key, key, qid):
    assert by_key[key]["wikidata"] == qid


def test_sahel_stays_unlinked_until_its_item_is_verified(by_key):
    assert by_key["SAHEL"]["wikidata"] == ""


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Burkinabe", "BFA"),
        ("Burkinabè", "BFA"),
        ("Malian", "MLI"),
        ("French", "FRA"),
        ("Paris", "FRA"),
        ("Bamako", "MLI"),
        ("Kinshasa", "COD"),
        ("DRC", "COD"),
        ("Côte d'Ivoire", "CIV"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("U.S.", "USA"),
        ("Britain", "GBR"),
        ("MINUSMA", "MINUSMA"),
        ("the Security Council", "UNSC"),
        ("UN human rights office", "OHCHR"),
        ("Daesh", "ISIL"),
        ("al Qaeda", "ALQAEDA"),
    ],
)
def test_surface_forms_of_the_genre_resolve_to_one_entity(tables, surface, key):
    found = {row["key"] for rows in tables.values() for row in rows if surface in surfaces(row)}
    assert found == {key}


def test_parts_point_up_the_un_system(by_key):
    assert by_key["MINUSMA"]["part_of"] == "UN"
    assert by_key["MINUSMA"]["kind"] == "InternationalMission"
    assert by_key["UNSC"]["part_of"] == "UN"
