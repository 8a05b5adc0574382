"""Turkish-aware text handling: search folding and alphabetical sort keys.

Plain Python (no Qt, no ICU) so services, documents and the UI share one rule:

* :func:`turkish_lower` lowers ``I`` to ``ı`` and ``İ`` to ``i``, as Turkish does.
* :func:`search_key` is what search compares: Turkish lower case with the
  cedilla, breve and umlaut dropped (``ş→s``, ``ç→c``, ``ğ→g``, ``ö→o``,
  ``ü→u``, ``â→a``) but the dot of the i kept, so "ISIK" finds "Işık" and
  "işbirliği" finds "İŞBİRLİĞİ", while "i" never matches "ı".
* :func:`search_haystack` is what stored text is searched in: the same folding,
  plus the non-Turkish reading of a capital I (so "irene" finds "Irene").
* :func:`sort_key` orders by the Turkish alphabet
  (a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z).
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}

# A few letters are swapped with str.replace, not str.translate: on text with letters
# beyond ASCII, translate looks each character up in a dict and is some twenty times
# slower; search folds every note and name it filters.


def turkish_lower(text: str) -> str:
    """Lower case by Turkish rules (``I`` → ``ı``, ``İ`` → ``i``)."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def _fold(text: str) -> str:
    """``ş→s``, ``ç→c``, ``ğ→g``, ``ö→o``, ``ü→u`` (on lower-case text)."""
    return (
        text.replace("ş", "s")
        .replace("ç", "c")
        .replace("ğ", "g")
        .replace("ö", "o")
        .replace("ü", "u")
    )


def turkish_upper(text: str) -> str:
    """Upper case by Turkish rules (``i`` → ``İ``, ``ı`` → ``I``)."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def _strip_marks(text: str) -> str:
    # "i̇" (i + combining dot) can appear after a non-Turkish lower(); the dot
    # carries no meaning once the letter is already a dotted i.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(text: str | None) -> str:
    """The form in which text is compared for search (see module docstring)."""
    if not text:
        return ""
    lowered = _fold(turkish_lower(unicodedata.normalize("NFC", text)))
    if not lowered.replace("ı", "").isascii():  # only then are there marks to drop
        lowered = _strip_marks(lowered)
    return " ".join(lowered.split())


_TURKISH_ONLY = frozenset("ıİşŞğĞçÇöÖüÜ")


def search_haystack(text: str | None) -> str:
    """What stored text is searched in: its :func:`search_key`, plus, for a word
    with a capital I and no letter only Turkish has, its reading with a dotted i.

    "Irene", "IKEA" and "Ivan" are not Turkish words, so "irene" must find them;
    "Işık" is plainly Turkish, so "i" still does not find it, and "ISIK" does.
    """
    key = search_key(text)
    if text and "I" in text:
        foreign = [
            word.replace("I", "i")
            for word in text.split()
            if "I" in word and not _TURKISH_ONLY.intersection(word)
        ]
        if foreign:
            key += " " + search_key(" ".join(foreign))
    return key


def name_key(text: str | None) -> str:
    """Key under which two names count as the same entry (duplicate checks).

    More lenient than search: dotted and dotless i are one letter here, since
    "VILLA ZEYTİN" and "Villa Zeytin" are the same organization typed twice.
    """
    return search_key(text).replace("ı", "i")


def matches(query: str, *fields: str | None) -> bool:
    """True when every word of ``query`` occurs in one of ``fields`` (Turkish-folded)."""
    haystack = " ".join(search_haystack(f) for f in fields if f)
    return all(word in haystack for word in search_key(query).split())


def _sort_table() -> dict[int, str]:
    # Each letter of the Turkish alphabet becomes a character far above Latin-1,
    # in alphabet order; letters with a circumflex or an accent sort with their
    # base letter. Digits and punctuation keep their code points and so come
    # before letters. Plain string comparison of the result is Turkish order.
    table = {ord(ch): chr(0x1000 + rank) for ch, rank in _RANK.items()}
    for ch in "âàáäãåāîìíïīûùúūêèéëēôòóõōñý":
        base = unicodedata.normalize("NFKD", ch)[0]
        if base in _RANK:
            table[ord(ch)] = chr(0x1000 + _RANK[base])
    return table


_SORT_TABLE = _sort_table()


def sort_key(text: str | None) -> tuple[str, str]:
    """Key that sorts strings in Turkish alphabetical order, case-insensitively."""
    if not text:
        return ("", "")
    normal = unicodedata.normalize("NFC", text.strip())
    return (turkish_lower(normal).translate(_SORT_TABLE), text)


def person_name(*parts: str | None) -> str:
    """A person's name from its parts in order (honorific, given, family), blanks left out."""
    return " ".join(p for p in parts if p)
