"""Export of many cases with a 1 MB photo each (``storage.export.export_cases``).

Each case is the memo tests' sample case (memo printed, its red flags
dismissed with reasons, so the package carries the memo too) with one 1 MB
photo of random bytes, so the photo does not compress. The baseline is the
same member bytes written to a folder (untimed) and packed with the ``zip``
command, plus AES-256-GCM over the same bytes measured alone.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from random import Random

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from domain.case import Attachment
from domain.enums import CaseStatus
from domain.lifecycle import seed_status
from storage.export import case_members, export_cases
from storage.headoffice_keys import import_headoffice_enrolment
from storage.import_case import import_package
from storage.rulepack_files import load_rule_pack
from storage.workspace import Workspace
from tests.bench.common import Config, Result
from tests.domain.memo_sample import sample_case
from tests.storage.export_fixtures import HEAD_OFFICE, headoffice_enrolment
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

PHOTO_BYTES = 1024 * 1024
TODAY = date(2026, 11, 27)


def _fill(ws: Workspace, count: int, seed: int) -> list[str]:
    rng = Random(seed)
    photo = rng.randbytes(PHOTO_BYTES)
    cases = []
    for i in range(count):
        case = sample_case()
        seed_status(case, CaseStatus.MEMO_PRINTED)  # ready to export: the memo travels too
        case.uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        case.number = f"3301-20261127-{i + 1:04d}"
        cases.append(case)
    ws.store.create_many(cases, OFFICER)
    for i, case in enumerate(cases):
        # distinct bytes per case: the index overwrites the first eight
        data = i.to_bytes(8, "big") + photo[8:]
        stored = ws.store.add_attachment(case.uuid, Attachment(filename="门头.jpg"), data, OFFICER)
        loaded = ws.store.load(case.uuid)
        loaded.attachments.append(stored)
        ws.store.save(loaded, OFFICER)
    return [c.uuid for c in cases]


def measure(config: Config) -> list[Result]:
    count = 10 if config.quick else 1000
    pack = load_rule_pack()
    with tempfile.TemporaryDirectory(prefix="fcw-bench-export-") as tmp:
        root = Path(tmp)
        with new_workspace(root / "ws") as ws:
            import_headoffice_enrolment(ws, headoffice_enrolment(), PASSWORD)
            ids = _fill(ws, count, config.seed)
            # the same bytes, laid out as files for zip (untimed)
            members = root / "members"
            total = 0
            blobs = []
            for case_id in ids:
                parts, _ = case_members(ws, ws.store.load(case_id), pack, TODAY)
                for name, data in parts.items():
                    path = members / case_id / name
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
                    total += len(data)
                    blobs.append(data)
            start = time.perf_counter()
            result = export_cases(ws, ids, root / "out", pack=pack)
            export_seconds = time.perf_counter() - start
            assert not result.failed, result.failed
        # Head office's side: every package into a fresh workspace, one by one.
        packages = sorted((root / "out").glob("*.fcwpkg"))
        with new_workspace(root / "ho") as ho:
            start = time.perf_counter()
            for package_path in packages:
                import_package(ho, package_path, HEAD_OFFICE.encryption)
            import_seconds = time.perf_counter() - start
            assert ho.store.count() == len(ids)
        zip_seconds = []
        aes_seconds = []
        key = AESGCM.generate_key(bit_length=256)
        for _ in range(max(config.repeats, 2)):
            target = root / "baseline.zip"
            target.unlink(missing_ok=True)
            start = time.perf_counter()
            subprocess.run(["zip", "-q", "-r", str(target), "."], cwd=members, check=True)
            zip_seconds.append(time.perf_counter() - start)
            start = time.perf_counter()
            aead = AESGCM(key)
            for blob in blobs:
                aead.encrypt(b"\0" * 12, blob, None)
            aes_seconds.append(time.perf_counter() - start)
        shutil.rmtree(members)
    zip_median, aes_median = statistics.median(zip_seconds), statistics.median(aes_seconds)
    baseline = zip_median + aes_median
    return [
        Result(
            f"export {count:,} cases with a 1 MB photo each",
            export_seconds,
            "s",
            baseline=baseline,
            baseline_name=f"zip + AES-GCM of the same {total / 1e6:.0f} MB",
            ratio_limit=1.5,
            notes=[
                f"zip {zip_median:.2f} s, AES-GCM {aes_median:.2f} s; "
                "export runs once (it changes the cases' status)"
            ],
        ),
        Result(
            f"import {count:,} packages with a 1 MB photo each",
            import_seconds,
            "s",
            limit=60.0,
            notes=[
                "decrypt, verify signature, hashes, schema and audit chain; one transaction each"
            ],
        ),
    ]
