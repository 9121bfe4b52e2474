"""The command line writes UTF-8 whatever the console's code page (issue 23).

On Chinese Windows a redirected standard output takes code page 936 (GBK),
which has neither ¥ nor 𠮷 (U+20BB7, outside the BMP); 䶮 (U+4DAE, CJK
extension A) is a character a Windows code page is not to be trusted with
either. Here the same happens through ``PYTHONIOENCODING=cp936`` and, where the
system can build one, a real GBK locale (``localedef``, Debian's ``locales``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from domain.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
PAYEE = "温岭市𠮷䶮商贸有限公司"


@pytest.fixture(scope="module")
def gbk_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """LOCPATH and LC_ALL of a zh_CN.GBK locale, built once for this module."""
    sources = Path("/usr/share/i18n")
    if not shutil.which("localedef") or not (sources / "locales" / "zh_CN").is_file():
        pytest.skip("no localedef or zh_CN locale source here (Debian package 'locales')")
    out = tmp_path_factory.mktemp("locales")
    subprocess.run(
        ["localedef", "-i", "zh_CN", "-f", "GBK", str(out / "zh_CN.GBK")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return {"LOCPATH": str(out), "LC_ALL": "zh_CN.GBK"}


@pytest.fixture(params=["PYTHONIOENCODING=cp936", "GBK locale"])
def code_page_936(request: pytest.FixtureRequest) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    env.update(PYTHONUTF8="0", LANG="C")
    if request.param == "GBK locale":
        env.update(request.getfixturevalue("gbk_locale"))
        probe = subprocess.run(
            [sys.executable, "-c", "import sys; print(sys.stdout.encoding)"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert probe.stdout.strip().lower() == "gbk"  # the locale really is code page 936
    else:
        env["PYTHONIOENCODING"] = "cp936"
    return env


def _rare_case(tmp_path: Path) -> Path:
    data = json.loads(
        resource_path("examples", "false_purpose_building_materials.json").read_text("utf-8")
    )
    data["loan"]["payee"]["name"] = PAYEE  # registered 20 days before: a flag names it
    path = tmp_path / "rare.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_assess_prints_a_case_with_rare_characters_as_utf8_on_code_page_936(
    code_page_936: dict[str, str], tmp_path: Path
) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "assess", str(_rare_case(tmp_path)),
         "--today", "2026-11-27"],
        cwd=ROOT, env=code_page_936, capture_output=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    text = proc.stdout.decode("utf-8")  # strict: any GBK byte would fail here
    messages = [flag["message"] for flag in json.loads(text)["flags"]]
    assert any(PAYEE in m for m in messages)
    assert "¥" in text


def test_a_refusal_on_standard_error_quotes_rare_characters_in_utf8_on_code_page_936(
    code_page_936: dict[str, str], tmp_path: Path
) -> None:
    case = _rare_case(tmp_path)
    data = json.loads(case.read_text(encoding="utf-8"))
    data["loan"]["amount"] = "𠮷䶮"  # not a decimal: the schema refusal quotes it
    case.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "assess", str(case)],
        cwd=ROOT, env=code_page_936, capture_output=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2
    refusal = proc.stderr.decode("utf-8")
    assert "/loan/amount" in refusal and "'𠮷䶮'" in refusal
