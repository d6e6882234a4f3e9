"""The store swaps versions atomically and keeps serving the old one when a build fails."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from service import store

EX = "http://example.org/"


def quad(n: int) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(n)), ox.NamedNode(f"{EX}g"))


def fill_with(*numbers: int):
    return lambda s: s.extend([quad(n) for n in numbers])


def count(path) -> int:
    return len(list(store.EmbeddedStore(path).current().quads_for_pattern(None, None, None)))


def test_nothing_built_is_reported(tmp_path):
    assert store.current_version(tmp_path / "store") is None
    with pytest.raises(store.StoreMissing):
        store.EmbeddedStore(tmp_path / "store").current()


def test_new_version_replaces_the_old(tmp_path):
    path = tmp_path / "store"
    first = store.write_new_version(path, fill_with(1, 2))
    second = store.write_new_version(path, fill_with(3))
    assert first != second
    assert store.current_version(path) == second
    assert count(path) == 1


def test_failed_build_leaves_the_current_store(tmp_path):
    path = tmp_path / "store"
    good = store.write_new_version(path, fill_with(1, 2))

    def broken(s):
        s.extend([quad(9)])
        raise ValueError("extraction failed")

    with pytest.raises(ValueError):
        store.write_new_version(path, broken)
    assert store.current_version(path) == good
    assert count(path) == 2
    assert len(list((tmp_path / "store.versions").iterdir())) == 1  # the half-built one is gone


def test_from_current_starts_with_a_copy(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    store.write_new_version(path, fill_with(2), from_current=True)
    assert count(path) == 2


def test_reader_follows_the_swap(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    reader = store.EmbeddedStore(path)
    old = reader.version
    assert len(list(reader.current().quads_for_pattern(None, None, None))) == 1
    store.write_new_version(path, fill_with(1, 2, 3))
    assert reader.version != old
    assert len(list(reader.current().quads_for_pattern(None, None, None))) == 3


def test_old_versions_are_pruned(tmp_path):
    path = tmp_path / "store"
    for n in range(6):
        store.write_new_version(path, fill_with(n))
    assert len(list((tmp_path / "store.versions").iterdir())) <= store.KEEP_OLD_VERSIONS + 2
