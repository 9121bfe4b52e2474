"""Head office publishes a rule pack: thresholds, industry norms, pricing
inputs, fraud settings and the blacklist, signed and versioned.

**Encrypted for each enrolled workstation, not sign-only.** The pack carries
the blacklist: ID numbers, phones and accounts of people, which are
sensitive personal information (DOMAIN.md §9, PIPL art. 28) and must be
encrypted in transit. The envelope names one recipient, so publishing writes
one file per enrolled workstation (``<stem>-<branch>-<fingerprint12>.fcwpack``)
from the same pack; every file is signed by head office, and a workstation
installs only a pack whose signature is head office's key.

The pack's TOML files (default: the shipped ``resources/rulepack``, or the
folder given) are taken as they are, with ``pack.toml``'s ``id`` and
``version`` set to the published ones and ``blacklist.toml`` written from the
database. The whole pack is validated before anything is written, and the
files are written before the publication is recorded (a failure to record it
removes them again).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from domain.errors import DomainError, RulePackError
from domain.fraud.blacklist import BLACKLIST_FILE
from domain.i18n import Message, tr_noop
from domain.rulepack import PACK_FILE, RulePack, rule_pack_from_files
from domain.version import APP_VERSION
from storage.headoffice.blacklist import blacklist_toml, entries
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.officers import officers
from storage.headoffice.tables import rulepack
from storage.keys import KeyPairs
from storage.package import write_package_file
from storage.rulepack_files import default_rule_pack_dir

KIND_RULEPACK = "rulepack"
RULEPACK_FORMAT_VERSION = 1
SUFFIX = ".fcwpack"
MEMBER_PREFIX = "rulepack/"


class PublishRefused(DomainError):
    """The pack cannot be published as asked; the message says why."""


@dataclass(frozen=True)
class PublishResult:
    pack_id: str
    version: str
    files: list[Path]


def _set_key(text: str, key: str, value: str) -> str:
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    pattern = re.compile(rf"^{key}\s*=.*$", re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _: line, text, count=1)
    return f"{line}\n{text}"


def pack_texts(
    engine: Engine, pack_id: str, version: str, source_dir: Path | None = None
) -> dict[str, str]:
    """File name → TOML text of the pack to publish (validated)."""
    folder = source_dir or default_rule_pack_dir()
    texts = {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.glob("*.toml"))
        if p.name != BLACKLIST_FILE
    }
    if PACK_FILE not in texts:
        raise PublishRefused(
            Message(tr_noop("{folder} holds no pack.toml."), {"folder": str(folder)})
        )
    texts[PACK_FILE] = _set_key(_set_key(texts[PACK_FILE], "version", version), "id", pack_id)
    texts[BLACKLIST_FILE] = blacklist_toml(entries(engine))
    parse_pack(texts)
    return texts


def parse_pack(texts: dict[str, str]) -> RulePack:
    """Parse and validate TOML texts as a rule pack (RulePackError when bad)."""
    parsed: dict[str, dict[str, Any]] = {}
    for name, text in texts.items():
        try:
            parsed[name] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RulePackError(
                Message(tr_noop("{file}: not valid TOML: {why}"), {"file": name, "why": str(exc)}),
                field=name,
            ) from exc
    return rule_pack_from_files(parsed)


def _targets(out: Path) -> tuple[Path, str]:
    if out.name.endswith(SUFFIX):
        return out.parent, out.name[: -len(SUFFIX)]
    return out, "rulepack"


def publish_rule_pack(
    engine: Engine,
    keys: KeyPairs,
    version: str,
    out: Path,
    *,
    pack_id: str = "headoffice",
    source_dir: Path | None = None,
    by: str = "head office",
    now: datetime | None = None,
) -> PublishResult:
    """Validate, sign and write the pack for every enrolled workstation, then
    record it. ``out``: ``NAME.fcwpack`` (files ``NAME-<branch>-<fp>.fcwpack``
    beside it) or a folder. Raises :class:`PublishRefused` (version published
    before, no workstation enrolled) or ``RulePackError``."""
    stamp = now or datetime.now().astimezone()
    if not version.strip():
        raise PublishRefused(Message(tr_noop("Give the pack a version.")))
    with HeadOfficeUnitOfWork(engine) as uow:
        taken = uow.session.execute(
            select(rulepack.c.id).where(
                rulepack.c.pack_id == pack_id, rulepack.c.version == version
            )
        ).first()
    if taken is not None:
        raise PublishRefused(
            Message(
                tr_noop("Rule pack {id} {version} was published before: give a new version."),
                {"id": pack_id, "version": version},
            )
        )
    recipients = officers(engine)
    if not recipients:
        raise PublishRefused(
            Message(tr_noop("No workstation is enrolled: nobody to publish the pack for."))
        )
    texts = pack_texts(engine, pack_id, version, source_dir)
    members = {MEMBER_PREFIX + name: text.encode("utf-8") for name, text in texts.items()}
    directory, stem = _targets(out)
    directory.mkdir(parents=True, exist_ok=True)
    header = {
        "kind": KIND_RULEPACK,
        "rulepack_format_version": RULEPACK_FORMAT_VERSION,
        "rule_pack_id": pack_id,
        "rule_pack_version": version,
        "app_version": APP_VERSION,
        "created_at": stamp.isoformat(),
    }
    written: list[Path] = []
    try:
        for officer in recipients:
            branch = re.sub(r"[^0-9A-Za-z_-]", "_", officer.branch) or "branch"
            path = directory / f"{stem}-{branch}-{officer.signing_fingerprint[:12]}{SUFFIX}"
            write_package_file(
                path,
                header={**header, "recipient_name": officer.name},
                members=members,
                signing_key=keys.signing,
                recipient_public=officer.enrolment.encryption_public,
            )
            written.append(path)
        with HeadOfficeUnitOfWork(engine) as uow:
            uow.session.execute(
                rulepack.insert().values(
                    pack_id=pack_id,
                    version=version,
                    files=json.dumps(texts, ensure_ascii=False, sort_keys=True),
                    published_by=by,
                    published_at=stamp,
                )
            )
            uow.commit()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return PublishResult(pack_id, version, written)


def latest_published(engine: Engine) -> tuple[str, str, dict[str, str]] | None:
    """(id, version, texts) of the last pack published, or None."""
    with HeadOfficeUnitOfWork(engine) as uow:
        row = uow.session.execute(select(rulepack).order_by(rulepack.c.id.desc())).first()
    if row is None:
        return None
    return str(row.pack_id), str(row.version), dict(json.loads(row.files))
