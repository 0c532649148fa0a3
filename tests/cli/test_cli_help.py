import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flareup.cli.app import app

COMMANDS = ["run", "extract", "events", "eval"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout.split()) > 20


def test_top_level_help_lists_the_commands():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and all(c in result.stdout for c in COMMANDS)


def test_installed_entry_point_runs_and_reports_errors_in_one_line(tmp_path):
    script = Path(sys.executable).with_name("flareup")
    if not script.exists():
        pytest.skip("flareup is not installed as a console script in this environment")
    ok = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "run" in ok.stdout
    bad = subprocess.run([script, "events", "--db", str(tmp_path / "none.duckdb")], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.strip().count("\n") == 0 and "no database" in bad.stderr and "Traceback" not in bad.stderr
