"""Turkish-aware text handling: search folding and alphabetical sort keys.

Plain Python (no Qt, no ICU) so services, documents and the UI share one rule:

* :func:`turkish_lower` lowers ``I`` to ``ı`` and ``İ`` to ``i``, as Turkish does.
* :func:`search_key` is what search compares: Turkish lower case with the
  cedilla, breve and umlaut dropped (``ş→s``, ``ç→c``, ``ğ→g``, ``ö→o``,
  ``ü→u``, ``â→a``) but the dot of the i kept, so "ISIK" finds "Işık" and
  "işbirliği" finds "İŞBİRLİĞİ", while "i" never matches "ı".
* :func:`sort_key` orders by the Turkish alphabet
  (a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z).
"""

from __future__ import annotations

import unicodedata

_LOWER_MAP = str.maketrans({"I": "ı", "İ": "i"})
_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_FOLD_MAP = str.maketrans({"ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u"})


def turkish_lower(text: str) -> str:
    """Lower case by Turkish rules (``I`` → ``ı``, ``İ`` → ``i``)."""
    return text.translate(_LOWER_MAP).lower()


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
    lowered = turkish_lower(text).translate(_FOLD_MAP)
    return " ".join(_strip_marks(lowered).split())


def matches(query: str, *fields: str | None) -> bool:
    """True when every word of ``query`` occurs in one of ``fields`` (Turkish-folded)."""
    haystack = " ".join(search_key(f) for f in fields if f)
    return all(word in haystack for word in search_key(query).split())


def sort_key(text: str | None) -> tuple:
    """Key that sorts strings in Turkish alphabetical order, case-insensitively."""
    if not text:
        return ((), "")
    lowered = turkish_lower(text.strip())
    ranks = []
    for ch in lowered:
        rank = _RANK.get(ch)
        if rank is None:
            base = _strip_marks(ch)
            rank = _RANK.get(base)
            if rank is None:
                # Digits and punctuation before letters, in code point order.
                ranks.append(-100000 + ord(ch) if ord(ch) < 128 else 1000 + ord(ch))
                continue
            ranks.append(rank)  # â, î, û sort with a, i, u (Kâmil beside Kamil)
            continue
        ranks.append(rank)
    return (tuple(ranks), text)
