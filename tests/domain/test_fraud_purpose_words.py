"""purpose._words: the two-character words the payee-scope rule compares."""

from __future__ import annotations

from domain.fraud.purpose import _words


def test_words_are_the_bigrams_of_each_chinese_run_and_whole_latin_words() -> None:
    # 蔬菜水果 → 蔬菜, 菜水, 水果; 加工 → 加工; "LED" lower-cased; "ab" is too short
    words = _words("蔬菜水果、加工 LED ab", [], set())
    assert words == {"蔬菜", "菜水", "水果", "加工", "led"}


def test_boilerplate_is_removed_and_stop_words_dropped() -> None:
    # 一般项目 is cut out before the bigrams; 销售 is a stop word
    words = _words("一般项目：销售农产品", ["一般项目"], {"销售"})
    assert words == {"售农", "农产", "产品"}


def test_a_single_character_run_has_no_word() -> None:
    assert _words("菜 果", [], set()) == set()
