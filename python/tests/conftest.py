"""Shared fixtures of the Python module's tests (run by ctest: python.*).

The environment names the build: DIPGRAPH_BIN (the `dipgraph` program the
module is compared with) and DIPGRAPH_SOURCE_DIR; PYTHONPATH holds the
build tree's python/ folder.
"""
import json
import os
import subprocess

import pytest

SOURCE_DIR = os.environ.get(
    "DIPGRAPH_SOURCE_DIR",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SAMPLES = os.path.join(SOURCE_DIR, "data", "samples")
SAMPLE_EVENTS = os.path.join(SAMPLES, "events.jsonl")
# Five of the ten sample articles (10-markets-and-sport gives discards):
# enough for order and threads, cheap under the sanitizers.
ARTICLES = [os.path.join(SAMPLES, f) for f in (
    "01-kremlin-white-house-call.txt", "02-security-council-veto.txt",
    "04-gaza-truce.txt", "07-shoal-clash.txt", "10-markets-and-sport.txt")]


class Cli:
    """The `dipgraph` program of the same build."""

    def __init__(self, path):
        self.path = path

    def run(self, *args, stdin=None):
        """(exit status, stdout, stderr) of `dipgraph -q ARGS`."""
        p = subprocess.run([self.path, "-q", *args], input=stdin,
                           capture_output=True, text=True, check=False)
        return p.returncode, p.stdout, p.stderr

    def ok(self, *args, stdin=None):
        code, out, err = self.run(*args, stdin=stdin)
        assert code == 0, f"dipgraph {' '.join(args)} exited {code}: {err}"
        return out

    def error(self, command, *args):
        """The message the program prints for a failing run, without the
        "dipgraph COMMAND: " prefix."""
        code, _, err = self.run(command, *args)
        assert code == 2, f"dipgraph {command} exited {code}: {err}"
        prefix = f"dipgraph {command}: "
        line = err.strip().splitlines()[-1]
        assert line.startswith(prefix), err
        return line[len(prefix):]

    def events(self, *args, stdin=None):
        return [json.loads(line) for line in
                self.ok(*args, stdin=stdin).splitlines() if line.strip()]


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("DIPGRAPH_BIN")
    if not path:
        pytest.skip("DIPGRAPH_BIN is not set (ctest sets it)")
    return Cli(path)


@pytest.fixture(scope="session")
def extracted(cli, tmp_path_factory):
    """The sample articles' events as `dipgraph extract` writes them."""
    path = tmp_path_factory.mktemp("extracted") / "events.jsonl"
    cli.ok("extract", *ARTICLES, "-o", str(path))
    return str(path)
