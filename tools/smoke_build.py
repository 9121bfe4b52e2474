"""Smoke test of the built application folder (issue 12); not part of the test suite.

    uv run python tools/smoke_build.py              # build (tools/build.py), then check
    uv run python tools/smoke_build.py --no-build   # check the existing build
    uv run python tools/smoke_build.py --no-build --measure 10   # also time cold starts

Runs the built program headless from a temporary folder (so it cannot lean on
the source tree): ``--help``, ``--version``, ``demo``, ``assess`` (a clean case
and a case with red flags), ``memo --draft`` (PDF text checked with
``pdftotext``, or pypdf where poppler is missing, e.g. on Windows), ``audit
verify``, and the GUI under ``QT_QPA_PLATFORM=offscreen`` on the demo
workspace, which must still be alive (waiting at the unlock dialog) after a few
seconds; on Windows that is the windowed ``fcw-gui.exe`` the shortcuts start.
The same on every system (tools/build_targets.py names the programs and the
log folder). Prints a pass/fail table; exit 0 only when all pass.

``--measure N`` times ``--version`` and start-to-unlock-dialog (the moment the
GUI logs "started", just before the dialog is built) for the built program and
for ``uv run main.py`` / ``python main.py`` and prints the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build as build_tool  # noqa: E402
import build_targets as targets  # noqa: E402

PASSWORD = "Smoke-test-2026!"
CLEAN_CASE = ROOT / "resources" / "examples" / "clean_restaurant.json"
FLAGGED_CASE = ROOT / "resources" / "examples" / "inflated_income_plastics.json"
GUI_SECONDS = 6.0


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


class Smoke:
    def __init__(self, exe: Path, scratch: Path, tool: str = "pyinstaller") -> None:
        self.exe = exe
        self.scratch = scratch
        self.workspace = scratch / "workspace"
        self.env = isolated_env(scratch)
        self._tool = tool

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",  # the program writes UTF-8 whatever the code page
            timeout=timeout,
        )

    # Each check returns (ok, detail).
    def help(self) -> tuple[bool, str]:
        proc = self.run("--help")
        ok = proc.returncode == 0 and "assess" in proc.stdout and "memo" in proc.stdout
        return ok, f"exit {proc.returncode}"

    def version(self) -> tuple[bool, str]:
        proc = self.run("--version")
        text = proc.stdout.strip()
        info = json.loads(
            (build_tool.resources_dir(self.tool()) / "build_info.json").read_text("utf-8")
        )
        ok = proc.returncode == 0 and info["lock_sha256"] in text and "source" not in text
        return ok, text or proc.stderr.strip()[-200:]

    def tool(self) -> str:
        return self._tool

    def gui_exe(self, platform: str = sys.platform) -> Path:
        """What a shortcut starts: on Windows the windowed program beside ``fcw.exe``."""
        if self._tool != "pyinstaller":
            return self.exe
        return self.exe.with_name(targets.gui_program_name(platform))

    def log_dir(self) -> Path:
        return log_dir(self.env)

    def demo(self) -> tuple[bool, str]:
        proc = self.run("demo", "--workspace", str(self.workspace), "--cases", "12")
        ok = proc.returncode == 0 and (self.workspace).is_dir()
        return ok, f"exit {proc.returncode} {tail(proc.stderr)}"

    def encrypted(self) -> tuple[bool, str]:
        """SQLCipher was bundled: the workspace database has no plain SQLite header."""
        header = (self.workspace / "workspace.db").read_bytes()[:16]
        ok = header != b"SQLite format 3\x00"
        return ok, "workspace.db is encrypted" if ok else "workspace.db is PLAIN SQLite"

    def assess_clean(self) -> tuple[bool, str]:
        return self._assess(CLEAN_CASE, want_flags=False)

    def assess_flagged(self) -> tuple[bool, str]:
        return self._assess(FLAGGED_CASE, want_flags=True)

    def _assess(self, case: Path, *, want_flags: bool) -> tuple[bool, str]:
        proc = self.run("assess", str(case))
        if proc.returncode != 0:
            return False, f"exit {proc.returncode} {tail(proc.stderr)}"
        data = json.loads(proc.stdout)
        checks, flags = data.get("checks"), data.get("flags")
        ok = bool(checks) and isinstance(flags, list) and (bool(flags) or not want_flags)
        return ok, f"{len(checks or [])} checks, {len(flags or [])} flags"

    def memo(self) -> tuple[bool, str]:
        pdf = self.scratch / "memo.pdf"
        proc = self.run("memo", str(CLEAN_CASE), "-o", str(pdf), "--draft")
        if proc.returncode != 0 or not pdf.is_file():
            return False, f"exit {proc.returncode} {tail(proc.stderr)}"
        name = json.loads(CLEAN_CASE.read_text("utf-8"))["applicant"]["registered_name"]
        text = pdf_text(pdf)
        ok = name in "".join(text.split())
        return (
            ok,
            f"{pdf.stat().st_size // 1024} KiB, applicant name {'found' if ok else 'MISSING'}",
        )

    def audit(self) -> tuple[bool, str]:
        proc = self.run("audit", "verify", "--workspace", str(self.workspace))
        return proc.returncode == 0, f"exit {proc.returncode} {tail(proc.stdout + proc.stderr)}"

    def gui(self) -> tuple[bool, str]:
        env = dict(self.env, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.Popen(
            [str(self.gui_exe()), "--workspace", str(self.workspace)],
            cwd=self.scratch,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        try:
            proc.wait(timeout=GUI_SECONDS)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.communicate(timeout=30)
            logs = self.log_dir().rglob("*.log")
            started = any("started" in p.read_text("utf-8", "replace") for p in logs)
            detail = "logged 'started', waiting at the unlock dialog" if started else "no log"
            return started, f"alive after {GUI_SECONDS:.0f} s, {detail}"
        _, err = proc.communicate()
        return False, f"exited {proc.returncode} within {GUI_SECONDS:.0f} s: {tail(err)}"


SMOKE_ORG = "FCW-smoke"
APP_NAME = "FieldCreditWorkstation"


def log_dir(env: dict[str, str]) -> Path:
    """The GUI's log folder under ``env`` (on Windows in the real %LOCALAPPDATA%:
    Qt asks Windows, not the environment; removed again by :func:`main`)."""
    return targets.app_data_dir(sys.platform, env, SMOKE_ORG, APP_NAME) / "logs"


def pdf_text(pdf: Path) -> str:
    """The PDF's text: poppler's pdftotext where installed, else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, encoding="utf-8",
            check=True,
        ).stdout  # fmt: skip
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def isolated_env(scratch: Path) -> dict[str, str]:
    """No FCW_APP_ROOT (the bundle must find its own resources); settings, logs
    and app data under ``scratch``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FCW_", "VIRTUAL_ENV"))}
    env.pop("PYTHONPATH", None)
    env.update(
        FCW_PASSWORD=PASSWORD,
        FCW_SETTINGS_ORG=SMOKE_ORG,
        HOME=str(scratch / "home"),
        XDG_DATA_HOME=str(scratch / "xdg-data"),
        XDG_CONFIG_HOME=str(scratch / "xdg-config"),
        XDG_CACHE_HOME=str(scratch / "xdg-cache"),
        XDG_RUNTIME_DIR=str(scratch / "xdg-runtime"),
    )
    for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        Path(env[key]).mkdir(parents=True, exist_ok=True)
    runtime = Path(env["XDG_RUNTIME_DIR"])
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    return env


def tail(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text[-limit:]


def run_checks(smoke: Smoke) -> list[Outcome]:
    checks: list[tuple[str, Callable[[], tuple[bool, str]]]] = [
        ("--help", smoke.help),
        ("--version", smoke.version),
        ("demo --workspace", smoke.demo),
        ("workspace encrypted", smoke.encrypted),
        ("assess clean case", smoke.assess_clean),
        ("assess flagged case", smoke.assess_flagged),
        ("memo --draft (pdftotext)", smoke.memo),
        ("audit verify", smoke.audit),
        ("GUI offscreen", smoke.gui),
    ]
    outcomes = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            ok, detail = check()
        except Exception as exc:  # a crashed check is a failed check
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        outcomes.append(Outcome(name, ok, detail, time.perf_counter() - started))
    return outcomes


def print_table(outcomes: list[Outcome]) -> None:
    width = max(len(o.name) for o in outcomes)
    print(f"\n{'check':<{width}}  result  time    detail")
    for o in outcomes:
        mark = "PASS" if o.ok else "FAIL"
        print(f"{o.name:<{width}}  {mark:<6}  {o.seconds:5.1f}s  {o.detail}")
    passed = sum(o.ok for o in outcomes)
    print(f"\n{passed}/{len(outcomes)} passed")


# -- cold-start measurements -----------------------------------------------
def time_command(command: list[str], env: dict[str, str], cwd: Path, repeats: int) -> float:
    subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True)  # warm cache
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def time_to_dialog(command: list[str], env: dict[str, str], cwd: Path, repeats: int) -> float:
    """Start until the GUI logs "started" (just before the unlock dialog is shown)."""
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    samples = []
    for attempt in range(repeats + 1):  # the first run warms the page cache
        logs = log_dir(env)
        logs.mkdir(parents=True, exist_ok=True)
        for old in logs.rglob("*.log*"):
            old.unlink()
        started = time.perf_counter()
        proc = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        seconds = None
        while proc.poll() is None and time.perf_counter() - started < 60:
            if any("started" in p.read_text("utf-8", "replace") for p in logs.rglob("*.log")):
                seconds = time.perf_counter() - started
                break
            time.sleep(0.005)
        proc.terminate()
        proc.wait(timeout=30)
        if seconds is None:
            raise RuntimeError(f"{command[0]} did not reach the unlock dialog")
        if attempt:
            samples.append(seconds)
    return statistics.median(samples)


def measure(exe: Path, scratch: Path, repeats: int) -> None:
    env = isolated_env(scratch)
    workspace = str(scratch / "workspace")
    uv = shutil.which("uv")
    source_env = dict(env, HOME=os.environ.get("HOME", env["HOME"]))  # uv's cache
    runs: list[tuple[str, list[str], dict[str, str], Path]] = [
        ("built", [str(exe)], env, scratch),
        ("python main.py", [sys.executable, str(ROOT / "main.py")], env, ROOT),
    ]
    if uv:
        runs.append(("uv run main.py", [uv, "run", "main.py"], source_env, ROOT))
    print(f"\ncold start, median of {repeats} (after one warm-up run)")
    print(f"{'program':<16}  --version   start → unlock dialog")
    for label, command, run_env, cwd in runs:
        version = time_command([*command, "--version"], run_env, cwd, repeats)
        dialog = time_to_dialog([*command, "--workspace", workspace], run_env, cwd, repeats)
        print(f"{label:<16}  {version:7.2f} s   {dialog:7.2f} s")
    size = build_tool.folder_size(exe.parent)
    print(f"\nbuilt folder {exe.parent}: {size / 2**20:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="smoke test of the built program")
    parser.add_argument("--no-build", action="store_true", help="check the existing build")
    parser.add_argument("--tool", choices=["pyinstaller", "nuitka"], default="pyinstaller")
    parser.add_argument("--measure", type=int, metavar="N", default=0, help="time cold starts")
    args = parser.parse_args(argv)
    exe = build_tool.executable(args.tool) if args.no_build else build_tool.build(args.tool)
    if not exe.is_file():
        print(f"no build at {exe}; run without --no-build", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fcw-smoke-") as tmp:
        scratch = Path(tmp)
        smoke = Smoke(exe, scratch, args.tool)
        try:
            outcomes = run_checks(smoke)
            print_table(outcomes)
            if args.measure and all(o.ok for o in outcomes):
                measure(exe, scratch, args.measure)
        finally:
            outside = smoke.log_dir().parent.parent  # <app data>/FCW-smoke
            if outside.name == SMOKE_ORG and scratch not in outside.parents:
                shutil.rmtree(outside, ignore_errors=True)
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
