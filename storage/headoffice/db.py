"""Head office's PostgreSQL: an engine from a URL, the schema brought to head.

Connection trouble is turned into :class:`HeadOfficeDbError` with a message a
person can act on, and ``unavailable`` telling a server that cannot be
reached (or went away) from a URL that is wrong. Every write at head office
is one transaction (:class:`HeadOfficeUnitOfWork`), so a server gone
mid-import leaves nothing half-written and the command can simply run again.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlmodel import Session

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.ports import Actor
from storage.db import UnitOfWork, rejected_data
from storage.migrations import runner


class HeadOfficeDbError(DomainError):
    """The head-office database cannot be used; ``unavailable`` when the server
    is unreachable or went away (try again later), else the URL is wrong."""

    def __init__(self, message: Message, *, unavailable: bool) -> None:
        super().__init__(message, field="db")
        self.unavailable = unavailable


def _redacted(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return "(unreadable URL)"


def translate(exc: BaseException, url: str = "") -> HeadOfficeDbError | None:
    """The named error for a connection failure, or None when it is something
    else: a value the database refuses (:func:`storage.db.rejected_data`, e.g.
    a 10 MB text too large for an index) is the package's fault, not an outage."""
    if rejected_data(exc):
        return None
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) or (
        isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated
    ):
        return HeadOfficeDbError(
            Message(
                tr_noop(
                    "The head-office database {url} cannot be reached or went away ({why}). "
                    "Nothing is half-written; run the command again when it is back."
                ),
                {"url": _redacted(url), "why": str(getattr(exc, "orig", exc)).strip()[:200]},
            ),
            unavailable=True,
        )
    return None


def _at_head(conn: Connection) -> bool:
    """Whether the schema is at this program's head revision, read from
    ``alembic_version`` directly: opening an up-to-date database (the window,
    every import) then does not load Alembic (about 0.2 s), only a migration does."""
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return False
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return list(found) == [runner.head_revision()]


def connect(url: str, *, migrate: bool = True) -> Engine:
    """An engine on the head-office database at ``url``
    (``postgresql+psycopg://user@host:port/db``), schema upgraded to head.

    Raises :class:`HeadOfficeDbError`: a URL that is not PostgreSQL or cannot be
    read (``unavailable`` False), a server that does not answer (True).
    """
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError as exc:
        raise HeadOfficeDbError(
            Message(tr_noop("{url} is not a database URL."), {"url": url}), unavailable=False
        ) from exc
    if parsed.get_backend_name() != "postgresql":
        raise HeadOfficeDbError(
            Message(
                tr_noop("Head office runs on PostgreSQL: {url} is not a postgresql+psycopg URL."),
                {"url": _redacted(url)},
            ),
            unavailable=False,
        )
    try:
        engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    except (sa_exc.ArgumentError, ImportError) as exc:
        raise HeadOfficeDbError(
            Message(tr_noop("{url} cannot be used: {why}"), {"url": _redacted(url), "why": exc}),
            unavailable=False,
        ) from exc
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT 1"))
            if migrate and not _at_head(conn):
                # One migrator at a time when several importers start together.
                conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
                runner.upgrade(conn)
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        named = translate(exc, url)
        if named is not None:
            raise named from exc
        raise
    return engine


def case_lock_key(case_uuid: str) -> int:
    """A stable signed 64-bit key for PostgreSQL's advisory locks on one case."""
    import hashlib

    return int.from_bytes(hashlib.sha256(case_uuid.encode()).digest()[:8], "big", signed=True)


class HeadOfficeUnitOfWork(UnitOfWork):
    """One PostgreSQL transaction that first takes the advisory locks of the
    given cases (released at commit or rollback), so that two importers of the
    same case run one after the other. ``before_commit`` hooks run inside the
    same transaction. Connection failures leave as :class:`HeadOfficeDbError`."""

    def __init__(self, engine: Engine, *, lock_cases: tuple[str, ...] = ()) -> None:
        super().__init__(engine)
        self._locks = tuple(sorted(set(lock_cases)))  # sorted: no deadlock between two
        self.before_commit: list[Any] = []
        # checks run once the locks are held, before the caller reads or
        # writes (the case owner's, storage.headoffice.ownership)
        self.after_lock: list[Any] = []

    def __enter__(self) -> HeadOfficeUnitOfWork:
        try:
            for uuid in self._locks:
                self.session.execute(
                    text("SELECT pg_advisory_xact_lock(:k)"), {"k": case_lock_key(uuid)}
                )
            for guard in self.after_lock:
                guard(self.session)
        except sa_exc.DBAPIError as exc:
            self.session.close()
            named = translate(exc, str(self._engine.url))
            if named is not None:
                raise named from exc
            raise
        except BaseException:
            self.session.close()  # a guard refused: the transaction ends here
            raise
        return self

    def commit(self) -> None:
        try:
            for hook in self.before_commit:
                hook(self.session)
            self.session.commit()
        except sa_exc.DBAPIError as exc:
            self.session.rollback()
            named = translate(exc, str(self._engine.url))
            if named is not None:
                raise named from exc
            raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.close()
        if isinstance(exc, sa_exc.DBAPIError):
            named = translate(exc, str(self._engine.url))
            if named is not None:
                raise named from exc


class PortfolioTarget:
    """What ``storage.import_case.import_package`` needs of a "workspace":
    ``actor`` and ``unit_of_work()``, here on head office's database with the
    case's advisory lock, ``guard`` (the owner check) run under the lock before
    anything is read, and head-office rows written in the same transaction."""

    def __init__(
        self, engine: Engine, actor: Actor, case_uuid: str, hook: Any, guard: Any = None
    ) -> None:
        self.engine = engine
        self.actor = actor
        self._case_uuid = case_uuid
        self._hook = hook
        self._guard = guard

    def unit_of_work(self, write: bool = False) -> HeadOfficeUnitOfWork:
        uow = HeadOfficeUnitOfWork(self.engine, lock_cases=(self._case_uuid,))
        if self._guard is not None:
            uow.after_lock.append(self._guard)
        uow.before_commit.append(self._hook)
        return uow


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)
