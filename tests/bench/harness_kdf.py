"""The password's key derivation alone, as the unlock does it, in a fresh process.

``FCW_PASSWORD=... python -m tests.bench.harness_kdf WORKSPACE`` reads the
workspace's key file, derives the wrapping key from the password with the
key file's own parameters (:func:`storage.keyfile.derive_wrapping_key`, the
function the unlock calls) and prints ``{"kdf": seconds}``. A fresh process,
like a start-up: the first derivation also pays for its fresh memory.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def main() -> int:
    from storage.keyfile import derive_wrapping_key, read_key_file

    key_file = read_key_file(Path(sys.argv[1]))
    start = time.perf_counter()
    derive_wrapping_key(os.environ["FCW_PASSWORD"], key_file.salt, key_file.kdf)
    seconds = time.perf_counter() - start
    print(json.dumps({"kdf": seconds, "n": key_file.kdf.n, "r": key_file.kdf.r}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
