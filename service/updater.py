"""SPARQL updates in a child process that is killed when the update runs too long.

pyoxigraph cannot cancel a running update, and a thread cannot be stopped, so
the update is applied by a short-lived child that opens the new, not yet
current, store version read-write.  The parent waits at most the timeout;
when the time is up it kills the child (which really stops the work), and the
caller throws the half-built version away.  The child runs this file as a
script and imports nothing but pyoxigraph, so it starts quickly; the update
goes in on stdin and the outcome comes back on stdout as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

#: The engine's error types that cross the pipe by name, most specific first; anything else is a RuntimeError.
_ERRORS = {cls.__name__: cls for cls in (SyntaxError, OSError, ValueError, RuntimeError)}


class UpdateTimeout(RuntimeError):
    """The update ran longer than the timeout and was stopped."""


class UpdaterDied(RuntimeError):
    """The child process ended without an answer (killed from outside, out of memory)."""


def apply_update(version: Path, sparql: str, base_iri: str | None, timeout: float) -> None:
    """Apply ``sparql`` to the store at ``version`` (which nobody else has open) within ``timeout`` seconds.

    Raises the engine's own error type (SyntaxError, OSError, ValueError, RuntimeError),
    ``UpdateTimeout``, or ``UpdaterDied``; after any of them ``version`` is half-written.
    """
    child = subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), str(version)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        out, _ = child.communicate(json.dumps({"update": sparql, "base_iri": base_iri}).encode(), timeout=timeout)
    except subprocess.TimeoutExpired:
        raise UpdateTimeout(f"the update ran longer than {timeout:g} s and was stopped") from None
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    try:
        status, message = json.loads(out)
    except ValueError:
        raise UpdaterDied(f"the update process ended unexpectedly (exit status {child.returncode})") from None
    if status != "ok":
        raise _ERRORS.get(status, RuntimeError)(message)


# --- the child side -------------------------------------------------------------------------


def _child(version: str) -> tuple[str, str]:
    request = json.loads(sys.stdin.buffer.read())
    try:
        store = ox.Store(version)
        store.update(request["update"], base_iri=request["base_iri"])
        store.flush()
    except Exception as exc:  # the engine's errors: reported by type, for the right HTTP status
        kind = next((name for name, cls in _ERRORS.items() if isinstance(exc, cls)), "RuntimeError")
        return kind, str(exc)
    return "ok", ""


if __name__ == "__main__":
    from lifeline import follow_parent  # run as a script: this folder is on sys.path

    follow_parent()
    sys.stdout.write(json.dumps(_child(sys.argv[1])))
