"""Attribution attack run (issue 20, defect 2; docs/SECURITY.md "Attribution").

    FCW_TEST_PG_URL=postgresql+psycopg://... uv run python -m tests.tools.attack_attribution

Real workspaces export real packages; attackers re-sign them (an unknown
key, another enrolled officer, head office's own key), swap the named key,
lie in the envelope's ``sender``, or race for a case after a transfer. Each
attempt goes through ``main.py import``/``verify`` or head office's import,
and is counted refused, wrongly accepted or crashed. Run from an older
checkout (``cd OLD && python PATH/attack_attribution.py``) it counts what
that version let through; ``--trusted-key`` is used only where it exists."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import traceback
import uuid
import zipfile
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the checkout being attacked

from sqlalchemy import create_engine, text

import main as main_module
from domain.serialization import canonical_json
from storage import ecies, package
from storage.headoffice.db import connect
from storage.headoffice.officers import enrol_officer, remove_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.keys import KeyPairs, parse_enrolment, private_key_bytes
from tests.headoffice.pg_fixtures import REVIEWER, add_case, scoped_url, station
from tests.storage.export_fixtures import HEAD_OFFICE, rebuild

PASS = "attack pass"
results: list[tuple[str, str, str]] = []  # (attack, outcome, detail)


def cli(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        sys.argv = saved


def forge(
    src: Path, signer, *, version: int = 1, amount: str | None = "9130000", env=None
) -> bytes:
    verified, members = package.open_package(src, HEAD_OFFICE.encryption)
    case = json.loads(members["case.json"])
    case["version"] += version
    if amount is not None:
        case["loan"]["amount"] = amount
    envelope = dict(verified.envelope)
    envelope["case_version"] = case["version"]
    envelope.update(env or {})
    members = {**members, "case.json": canonical_json(case)}
    return rebuild(envelope, members, signer)


def swapped_key(src: Path, attacker: KeyPairs, victim_public: bytes) -> bytes:
    """Envelope names the victim's public key and fingerprint, signed by the attacker."""
    data = forge(src, attacker.signing)
    zf = zipfile.ZipFile(io.BytesIO(data))
    env = json.loads(zf.read(package.ENVELOPE))
    env["sender_public_key"] = ecies.b64(victim_public)
    env["sender_fingerprint"] = ecies.fingerprint(victim_public)
    env_bytes = json.dumps(env, sort_keys=True, indent=1, ensure_ascii=False).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(package.ENVELOPE, env_bytes)
        z.writestr(package.PAYLOAD, zf.read(package.PAYLOAD))
        z.writestr(package.SIGNATURE, ecies.sign(attacker.signing, env_bytes))
    return out.getvalue()


def record(name: str, accepted: bool, detail: str = "") -> None:
    results.append((name, "WRONGLY ACCEPTED" if accepted else "refused", detail))


def ho_try(name: str, engine, data, expect_ok: bool = False) -> None:
    try:
        done = import_into_portfolio(engine, data, HEAD_OFFICE, REVIEWER)
        if expect_ok:
            results.append((name, "accepted (control)", done.result.outcome))
        else:
            record(name, True, done.result.outcome)
    except Exception as exc:
        kind = type(exc).__name__
        known = kind in (
            "PackageError",
            "AttributionRefused",
            "UnknownOfficerKey",
            "UntrustedSigner",
        )
        if not known:
            results.append((name, "CRASHED", traceback.format_exc(limit=2)))
        elif expect_ok:
            results.append((name, "control REFUSED", str(getattr(exc, "message", exc))))
        else:
            record(name, False, kind)


def main() -> None:
    base = Path(tempfile.mkdtemp(prefix="attr-attack-"))
    os.environ["FCW_KEY_PASSPHRASE"] = PASS
    import storage.workspace  # noqa: F401
    from tests.storage.workspace_fixtures import PASSWORD

    os.environ["FCW_PASSWORD"] = PASSWORD
    ho_key = base / "ho.key"
    ho_key.write_bytes(private_key_bytes(HEAD_OFFICE, PASS))
    a = station(base / "a")
    b = station(base / "b", name="赵敏", staff_no="S0777")
    att = KeyPairs.generate()
    case_a = add_case(a)
    first = a.export(case_a)
    a_enrol = base / "a.enrol.json"
    a_enrol.write_bytes(a.enrolment())
    a_pub = a.ws.key_pairs().signing_public
    a.ws.close()

    # --- workstation import: receiver trusts A (by --trusted-key) -----------------
    from tests.storage.workspace_fixtures import new_workspace

    recv = base / "recv"
    new_workspace(recv).close()

    def ws_try(name: str, data: bytes, *extra: str) -> None:
        p = base / f"{uuid.uuid4().hex}.fcwpkg"
        p.write_bytes(data)
        args = ["import", "--workspace", str(recv), "--key", str(ho_key), *extra]
        if "--no-trust" not in extra and TRUST_FLAG:
            args += ["--trusted-key", str(a_enrol)]
        args = [x for x in args if x != "--no-trust"] + [str(p)]
        code = cli(args)
        if code == 0:
            record(name, True, "exit 0")
        elif code in (2, 4):
            record(name, False, f"exit {code}")
        else:
            results.append((name, "CRASHED", f"exit {code}"))

    ws_try("W1 unknown key, forged amount, newer version", forge(first, att.signing))
    ws_try("W2 unknown key, same version, forged amount", forge(first, att.signing, version=0))
    ws_try(
        "W3 unknown key, envelope sender copies the trusted officer",
        forge(
            first,
            att.signing,
            version=2,
            env={"sender": {"name": "王小明", "staff_no": "S0421", "branch": "3301"}},
        ),
    )
    ws_try("W4 envelope names the trusted key, signed by attacker", swapped_key(first, att, a_pub))
    ws_try(
        "W5 head office's own key signs a case package",
        forge(first, HEAD_OFFICE.signing, version=3),
    )
    ws_try(
        "W6 enrolled-elsewhere officer B signs A's case",
        forge(first, b.ws.signing_key(), version=4),
    )
    # control: the honest package from the trusted workstation
    p = base / "honest.fcwpkg"
    p.write_bytes(first.read_bytes())
    args = ["import", "--workspace", str(recv), "--key", str(ho_key)]
    if TRUST_FLAG:
        args += ["--trusted-key", str(a_enrol)]
    results.append(
        (
            "W0 control: honest package of the trusted workstation",
            f"exit {cli([*args, str(p)])}",
            "",
        )
    )

    # --- verify --------------------------------------------------------------------
    v = base / "verify.fcwpkg"
    v.write_bytes(forge(first, att.signing))
    import contextlib

    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        code = cli(["verify", str(v)])
    flagged = "NOT CHECKED" in buf.getvalue()
    results.append(
        (
            "V1 verify, no trusted keys, attacker's package",
            "says signer unchecked" if flagged else "WRONGLY ACCEPTED (plain OK)",
            f"exit {code}",
        )
    )
    if TRUST_FLAG:
        code = cli(["verify", "--trusted-key", str(a_enrol), str(v)])
        record("V2 verify --trusted-key A, attacker's package", code == 0, f"exit {code}")

    # --- head office -----------------------------------------------------------------
    schema = f"fcw_attack_{uuid.uuid4().hex[:10]}"
    admin = create_engine(os.environ["FCW_TEST_PG_URL"])
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = connect(scoped_url(schema))
    try:
        for st in (a, b):
            enrol_officer(engine, st.enrolment())
        ho_try("H0 control: A's package", engine, first, expect_ok=True)
        b_sig = b.ws.signing_key()
        b_sender = {"sender": {"name": "赵敏", "staff_no": "S0777", "branch": "3301"}}
        ho_try(
            "H1 B replaces A's case, higher version, same chain",
            engine,
            forge(first, b_sig, env=b_sender),
        )
        ho_try(
            "H2 B sends A's case, same version, forged amount",
            engine,
            forge(first, b_sig, version=0, env=b_sender),
        )
        ho_try(
            "H3 B sends A's case, older version",
            engine,
            forge(first, b_sig, version=-1, env=b_sender),
        )
        ho_try(
            "H4 B replaces A's case claiming to be A",
            engine,
            forge(
                first,
                b_sig,
                version=5,
                env={"sender": {"name": "王小明", "staff_no": "S0421", "branch": "3301"}},
            ),
        )
        own_b = b.export(add_case(b, 2, name="张三"))
        ho_try(
            "H5 B's own new case, envelope claims A (switches matches off)",
            engine,
            forge(
                own_b,
                b_sig,
                version=0,
                amount=None,
                env={"sender": {"name": "王小明", "staff_no": "S0421", "branch": "3301"}},
            ),
        )
        ho_try(
            "H6 B's own new case, sender of another branch",
            engine,
            forge(
                own_b,
                b_sig,
                version=0,
                amount=None,
                env={"sender": {"name": "赵敏", "staff_no": "S0777", "branch": "3399"}},
            ),
        )
        ho_try(
            "H7 B's own new case, sender is a string",
            engine,
            forge(own_b, b_sig, version=0, amount=None, env={"sender": "王小明 (S0421)"}),
        )
        ho_try(
            "H8 B's own new case, sender fields are numbers",
            engine,
            forge(
                own_b,
                b_sig,
                version=0,
                amount=None,
                env={"sender": {"name": 1, "staff_no": 2, "branch": 3}},
            ),
        )
        ho_try("H9 unenrolled key sends A's case", engine, forge(first, att.signing, version=6))
        ho_try(
            "H10 head office's own key sends A's case",
            engine,
            forge(first, HEAD_OFFICE.signing, version=7),
        )
        # a fresh UUID first sent by B, then A tries to take it over
        ho_try("H11 control: B's honest own case", engine, own_b, expect_ok=True)
        a_sig_key = station_signing(base / "a")
        ho_try(
            "H12 A takes over B's case, higher version",
            engine,
            forge(
                own_b,
                a_sig_key,
                amount="1",
                env={"sender": {"name": "王小明", "staff_no": "S0421", "branch": "3301"}},
            ),
        )
        try:
            from storage.headoffice.ownership import transfer_case
        except ImportError as exc:
            results.append(
                ("(no transfer command in this version: H13-H15 skipped)", "n/a", str(exc))
            )
            raise
        transfer_case(
            engine,
            case_a.uuid,
            parse_enrolment(b.enrolment()).signing_fingerprint,
            "移交",
            REVIEWER,
        )
        ho_try(
            "H13 old owner A after a transfer to B",
            engine,
            forge(
                first,
                a_sig_key,
                version=8,
                env={"sender": {"name": "王小明", "staff_no": "S0421", "branch": "3301"}},
            ),
        )
        ho_try(
            "H14 control: new owner B after the transfer",
            engine,
            forge(first, b_sig, version=9, env=b_sender),
            expect_ok=True,
        )
        remove_officer(engine, parse_enrolment(b.enrolment()).signing_fingerprint)
        ho_try(
            "H15 withdrawn key B sends its case",
            engine,
            forge(first, b_sig, version=10, env=b_sender),
        )
    except ImportError as exc:
        results.append(("(head office part stopped)", "n/a", str(exc)))
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    for name, outcome, detail in results:
        print(f"{outcome:28} {name}  [{detail.strip()[:90]}]")
    attacks = [r for r in results if "control" not in r[0]]
    print(
        f"tried {len(attacks)}, refused {sum(r[1] == 'refused' for r in attacks)}, "
        f"flagged {sum(r[1] == 'says signer unchecked' for r in attacks)}, "
        f"wrongly accepted {sum(r[1].startswith('WRONGLY') for r in attacks)}, "
        f"crashed {sum(r[1] == 'CRASHED' for r in attacks)}"
    )


def station_signing(directory: Path):
    from storage.workspace import open_workspace
    from tests.storage.workspace_fixtures import PASSWORD

    with open_workspace(directory / "ws", PASSWORD) as ws:
        return ws.signing_key()


TRUST_FLAG = "--trusted-key" in Path("cli/import_cmd.py").read_text()

if __name__ == "__main__":
    main()
