"""Turkish alphabetical order and Turkish-aware search (facilitator.text)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.text import matches, search_key, sort_key, turkish_lower, turkish_upper


def turkish_sorted(words):
    return sorted(words, key=sort_key)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Cem", "Çağlar"),
        ("Cumhur", "Çağlar"),  # Ç after every C word, not between them
        ("Gürsoy", "Ğ"),
        ("Güneş", "Hakan"),
        ("Irmak", "İpek"),
        ("ılgın", "İnci"),
        ("Işık", "ipek"),
        ("Ozan", "Öcal"),
        ("Oya", "Öztürk"),
        ("Sultan", "Şahin"),
        ("Sevgi", "şule"),
        ("Uysal", "Ünal"),
        ("Uğur", "Ümit"),
    ],
)
def test_turkish_letters_sort_after_their_latin_base_letter(earlier, later):
    assert turkish_sorted([later, earlier]) == [earlier, later]
    assert sort_key(earlier) < sort_key(later)


def test_dotless_i_words_come_before_dotted_i_words_in_any_case():
    words = ["ipek", "Irmak", "İnci", "ılık", "Jale", "Hakan"]
    assert turkish_sorted(words) == ["Hakan", "ılık", "Irmak", "İnci", "ipek", "Jale"]


def test_a_list_of_institutions_comes_out_in_the_order_of_the_turkish_alphabet():
    names = [
        "Ünye Gıda",
        "Şehir Gönüllüleri",
        "Çağdaş Yaşam Derneği",
        "Öncü Gıda",
        "Işık Vakfı",
        "İpekyolu Lojistik",
        "Cem Vakfı",
        "Sağlıklı Gelecek Vakfı",
        "Ozan Tekstil",
        "Uludere Üniversitesi",
        "Gürsoy Holding",
        "Ğ Yayınları",
    ]
    assert turkish_sorted(names) == [
        "Cem Vakfı",
        "Çağdaş Yaşam Derneği",
        "Gürsoy Holding",
        "Ğ Yayınları",
        "Işık Vakfı",
        "İpekyolu Lojistik",
        "Ozan Tekstil",
        "Öncü Gıda",
        "Sağlıklı Gelecek Vakfı",
        "Şehir Gönüllüleri",
        "Uludere Üniversitesi",
        "Ünye Gıda",
    ]


def test_sorting_ignores_case_by_turkish_rules():
    assert turkish_sorted(["zeynep", "ÇAĞLAR", "ahmet", "İSMAİL", "ılgaz"]) == [
        "ahmet",
        "ÇAĞLAR",
        "ılgaz",
        "İSMAİL",
        "zeynep",
    ]


def test_digits_sort_before_letters():
    assert turkish_sorted(["Çalıştay", "5. Çalıştay", "Açılış"]) == [
        "5. Çalıştay",
        "Açılış",
        "Çalıştay",
    ]


def test_a_name_with_a_circumflex_sorts_among_its_plain_vowel():
    assert turkish_sorted(["Bora", "Âdem", "Zafer"]) == ["Âdem", "Bora", "Zafer"]


def test_turkish_case_mapping_keeps_the_dot_of_the_i():
    assert turkish_lower("İSTANBUL IŞIK") == "istanbul ışık"
    assert turkish_upper("istanbul ışık") == "İSTANBUL IŞIK"


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("işbirliği", "İŞBİRLİĞİ"),
        ("İŞBİRLİĞİ", "işbirliği platformu"),
        ("ISIK", "Işık Lösemili Çocuklar Vakfı"),
        ("ışık", "IŞIKVAK"),
        ("cocuk", "Çocuk Sağlığı Dayanışma Derneği"),
        ("ÖZTÜRK", "Gülşen Öztürk"),
        ("gulsen", "Gülşen Öztürk"),
        ("mekan", "ücretsiz mekân"),
        ("istanbul", "İstanbul"),
    ],
)
def test_search_finds_text_whatever_the_turkish_case_or_accents(query, text):
    assert matches(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("i", "Işık"),
        ("ı", "İpek"),
        ("isik", "Işık"),
        ("ılık", "ilik"),
    ],
)
def test_search_keeps_dotted_and_dotless_i_apart(query, text):
    assert not matches(query, text)


def test_search_key_folds_case_and_marks_but_not_the_dot_of_the_i():
    assert search_key("İŞBİRLİĞİ") == search_key("işbirliği") == "isbirligi"
    assert search_key("Işık") == "ısık"
    assert search_key("  Çağdaş   Yaşam ") == "cagdas yasam"
    assert search_key(None) == ""


def test_every_word_of_the_query_must_match_somewhere():
    assert matches("gülşen csdd", "Gülşen Öztürk", "ÇSDD")
    assert not matches("gülşen segev", "Gülşen Öztürk", "ÇSDD")


turkish_words = st.text(alphabet="abcçdefgğhıijklmnoöprsştuüvyzâ ", min_size=1, max_size=30)


@given(turkish_words)
def test_any_turkish_text_is_found_by_its_upper_case_form(text):
    assert matches(turkish_upper(text), text)
    assert matches(text, turkish_upper(text))


@given(turkish_words)
def test_sort_order_does_not_depend_on_case(text):
    assert sort_key(turkish_upper(text))[0] == sort_key(text)[0]
