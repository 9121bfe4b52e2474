"""The check-character arithmetic keeps its answers and its refusals."""

from __future__ import annotations

import pytest

from domain.validators import uscc_check_char, validate_patent, validate_uscc


def test_a_character_outside_the_code_alphabet_is_refused_as_before() -> None:
    # I, O, S, V and Z never occur in a credit code
    with pytest.raises(ValueError):
        uscc_check_char("91350100M000100YI")


def test_a_body_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        uscc_check_char("9135")


def test_a_code_with_letters_it_never_uses_names_them_once_and_sorted() -> None:
    result = validate_uscc("91350100M0001OOYIZ")
    assert not result.ok
    assert result.errors[0].params["chars"] == "I O Z"


def test_a_patent_number_without_the_dot_before_its_check_character_is_refused() -> None:
    # the form is ZL + 12 (or 8) digits + "." + check character
    assert not validate_patent("ZL201110123456").ok
