"""Stage pages of the case editor, one module per stage of the field method.

:data:`PAGES` maps a stage id of :mod:`domain.workflow` to its page class;
the editor asks the domain for the stages and their order.
"""

from __future__ import annotations

from ui.stages.base import StagePage
from ui.stages.business import BusinessPage
from ui.stages.character import CharacterPage
from ui.stages.conclusion import ConclusionPage
from ui.stages.meters import MetersPage
from ui.stages.security import SecurityPage
from ui.stages.statements import StatementsPage
from ui.stages.verification import VerificationPage
from ui.stages.visit import VisitPage

PAGES: dict[str, type[StagePage]] = {
    "visit": VisitPage,
    "character": CharacterPage,
    "business": BusinessPage,
    "security": SecurityPage,
    "meters": MetersPage,
    "statements": StatementsPage,
    "verification": VerificationPage,
    "conclusion": ConclusionPage,
}
