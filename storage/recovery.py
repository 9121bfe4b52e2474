"""Head office recovers a workspace whose password is lost.

The workspace's key file holds the data key wrapped for head office's X25519
public key (``storage.workspace.add_recovery_wrap``). With head office's
private key the data key is unwrapped and wrapped anew under a new password;
only the key file is rewritten (atomically), the database is never decrypted
to disk.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from domain.errors import WorkspaceError
from domain.i18n import Message, tr_noop
from storage import keyfile
from storage.db import DB_FILE_NAME, check_key, connect_raw

log = logging.getLogger("fcw.storage.recovery")


def recover_password(
    directory: Path, headoffice_private_key: X25519PrivateKey, new_password: str
) -> None:
    """Re-wrap the workspace's data key under ``new_password`` using head
    office's recovery wrap. Raises WrongPassword when the workspace holds no
    wrap for that key, NotAWorkspace when the key does not open the database;
    the key file is unchanged in both cases. The recovery wraps are kept."""
    if not new_password:
        raise WorkspaceError(Message(tr_noop("The password may not be empty.")))
    directory = Path(directory)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.recovery_unwrap(key_file, headoffice_private_key)
    db_path = directory / DB_FILE_NAME
    conn = connect_raw(db_path, data_key)
    try:
        check_key(conn, db_path)  # the recovered key really opens this database
    finally:
        conn.close()
    keyfile.write_key_file(directory, keyfile.rewrap(key_file, data_key, new_password))
    log.info("workspace password reset with head office's recovery key")
