"""Money: ``Decimal`` only, one rounding policy (half-up to the fen), and
amounts in Chinese capitals (大写) as bank documents write them (DOMAIN.md §8).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")


def to_money(value: Decimal | int | str) -> Decimal:
    """Round to the fen, half-up (the one rounding policy of the workstation)."""
    if type(value) is not Decimal:
        value = Decimal(value)
    # positional rounding: the C method parses keywords several times slower
    return value.quantize(FEN, ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal | None:
    """Parse a number an officer typed (``1,234.50``, ``１２３``, ``¥3,000``).

    Returns ``None`` when the text is not a number; never a float.
    """
    cleaned = (
        text.strip()
        .replace(",", "")
        .replace("，", "")
        .replace("¥", "")
        .replace("￥", "")
        .replace(" ", "")
    )
    # Full-width digits and punctuation typed with a Chinese IME.
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+"))
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return value


def format_money(value: Decimal | None, *, grouping: bool = True) -> str:
    """``1234.5`` → ``1,234.50``; ``None`` → ``""``. Two decimals always."""
    if value is None:
        return ""
    amount = to_money(value)
    return f"{amount:,.2f}" if grouping else f"{amount:.2f}"


MINUS = "\u2212"
"""The minus sign of a negative amount (−¥561,872.31): a real minus, not a hyphen."""


def money_text(value: Decimal | int | str) -> str:
    """An amount as people read it: ``¥1,234.56``, negative ``−¥561,872.31``.

    The one way the workstation writes an amount in words meant for people
    (the memo, the history, the evidence of a fraud flag); two decimals
    always, half-up to the fen.
    """
    amount = to_money(value)
    if amount < ZERO:
        return f"{MINUS}¥{-amount:,.2f}"
    return f"¥{abs(amount):,.2f}"  # abs: a negative zero prints as ¥0.00


def _four_digits(n: int) -> str:
    """Capitals for 0 < n < 10000, with a leading 零 when the group is short."""
    out: list[str] = []
    digits = f"{n:04d}"
    zero_pending = False
    for i, ch in enumerate(digits):
        d = int(ch)
        unit = _SMALL_UNITS[3 - i]
        if d == 0:
            zero_pending = bool(out) or zero_pending
            continue
        if zero_pending or (not out and i > 0):
            out.append("零")
        zero_pending = False
        out.append(_DIGITS[d] + unit)
    return "".join(out)


def amount_in_capitals(value: Decimal, *, zheng_after_jiao: bool = True) -> str:
    """Amount in Chinese capitals, e.g. ``1409.50`` → ``人民币壹仟肆佰零玖元伍角整``.

    One 零 stands for a run of zeros; 整 follows 元, and follows 角 unless
    ``zheng_after_jiao`` is off; never 分. Ten-thousands are written 壹拾万 as
    bank documents do. Negative amounts are refused: a bank never writes them.
    """
    amount = to_money(value)
    if amount < 0:
        raise ValueError("negative amount")
    fen_total = int(amount * 100)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)

    if yuan == 0:
        integer_part = ""
    else:
        groups: list[int] = []
        n = yuan
        while n:
            n, g = divmod(n, 10000)
            groups.append(g)
        parts: list[str] = []
        zero_between = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                zero_between = bool(parts)
                continue
            text = _four_digits(g)
            is_top = idx == len(groups) - 1
            if is_top:
                text = text.lstrip("零")
            elif (zero_between or g < 1000) and not text.startswith("零"):
                text = "零" + text
            parts.append(text + _GROUP_UNITS[idx])
            zero_between = False
        integer_part = "".join(parts) + "元"

    if jiao == 0 and fen == 0:
        if not integer_part:
            return "人民币零元整"
        return "人民币" + integer_part + "整"
    tail = ""
    if jiao:
        tail += _DIGITS[jiao] + "角"
    elif integer_part:
        tail += "零"
    if fen:
        tail += _DIGITS[fen] + "分"
    elif zheng_after_jiao:
        tail += "整"
    return "人民币" + integer_part + tail
