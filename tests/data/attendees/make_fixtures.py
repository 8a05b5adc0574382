"""Write the attendee-list fixtures the way real tools write them; the files are committed.

    python tests/data/attendees/make_fixtures.py

Well-formed lists: Excel's "CSV" on Turkish Windows (Windows-1254, ``;``,
CRLF, quoted cells holding ``;``), a Google Forms export saved with a BOM
(``,``, quoted cells holding ``,``, a timestamp and a consent column), an
English registration export separated by tabs, Excel's "Unicode text"
(UTF-16 with a BOM, tabs), and an .xlsx made with openpyxl with a title line
above the headers. Malformed ones: empty, header only, binary garbage, mixed
and wrong encodings, ragged rows, an unclosed quote, people repeated in the
file, a bad e-mail, no name column, and files that only pretend to be
workbooks. The 10 MB file is made by the tests themselves, in a temporary
folder. The people and institutions are fictional.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"


def write_text(name: str, lines: list[str], encoding: str, newline: str = CRLF) -> None:
    (HERE / name).write_bytes((newline.join(lines) + newline).encode(encoding))


def well_formed() -> None:
    # Excel 2016+ on Turkish Windows, "CSV (Noktalı virgülle ayrılmış)": cp1254, no BOM.
    write_text(
        "excel_tr_cp1254.csv",
        [
            "Sıra;Adı Soyadı;Kurumu;Görevi;E-posta;Cep Telefonu",
            "1;Prof. Dr. Gülşen Öztürk;Uludere Üniversitesi;Öğretim Üyesi;"
            "gulsen.ozturk@uludere.edu.tr;0532 111 22 33",
            '2;İsmail Işık;"Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği";'
            "Gönüllü Koordinatörü;ismail.isik@isikvakfi.org.tr;",
            "3;ŞULE ÇAĞLAR;ÇYGD;Genel Sekreter;;",
            '4;Doç. Dr. Çiğdem Ilgaz;Uludere Üniversitesi;"Bölüm Başkanı; Sosyal Hizmet";'
            "cigdem.ilgaz@uludere.edu.tr;+90 224 294 00 00",
            "5;Ümit Doğan;Öncü Gıda San. ve Tic. A.Ş.;İK Müdürü;UMIT.DOGAN@ONCU.COM.TR;",
        ],
        "cp1254",
    )
    # A Google Forms response sheet downloaded as CSV and saved again by Excel "CSV UTF-8".
    write_text(
        "form_responses_utf8_bom.csv",
        [
            "Zaman damgası,Adınız ve soyadınız,E-posta adresiniz,Kurumunuz,Göreviniz,"
            "Kişisel verilerimin işlenmesine onay veriyorum.",
            "14.03.2026 09:12:45,Oğuz Ünal,oguz.unal@ipekyolu.com.tr,İpekyolu Lojistik,"
            '"Kurumsal İletişim, Sürdürülebilirlik Uzmanı",Evet',
            "14.03.2026 09:15:02,Zeynep Ağaoğlu,zeynep.agaoglu@saglikligelecek.org,"
            '"Sağlıklı Gelecek Eğitim Vakfı, Bursa",Proje Sorumlusu,Evet',
            "14.03.2026 09:21:37,Av. Cem Yıldırım,cem.yildirim@ornekhukuk.com.tr,"
            'Yıldırım Hukuk Bürosu,"Kurucu Ortak, Avukat",Evet',
        ],
        "utf-8-sig",
    )
    # An English registration export: UTF-8 without BOM, tab separated, LF line ends.
    write_text(
        "registration_en_tab.txt",
        [
            "Title\tFirst name\tLast name\tOrganisation\tPosition\tEmail\tPhone",
            "Dr.\tElif\tKaraca\tŞehir Gönüllüleri Koordinasyon Merkezi\tDirector\t"
            "elif.karaca@example.org\t+90 224 555 10 10",
            "\tCan\tÖz\tYeşilova Grup\tCSR Specialist\tcan.oz@example.com\t",
            "Prof. Dr.\tAhmet Kemal\tŞimşek\tUludere University\tProfessor\t"
            "ak.simsek@example.edu\t",
        ],
        "utf-8",
        newline="\n",
    )
    # A list typed by hand in Excel: the e-mail column's header is one nobody could guess.
    write_text(
        "contact_column.csv",
        [
            "Katılımcı;Kurum Adı;İletişim;Not",
            "Prof. Dr. Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr;"
            "Açılış konuşması",
            "Ü. Doğan;Öncü Gıda;umit.dogan@oncu.com.tr;",
            "Elif Karaca;Şehir Gönüllüleri Koordinasyon Merkezi;elif.karaca@example.org;",
        ],
        "cp1254",
    )
    # Excel's "Unicode Text (*.txt)": UTF-16 little endian with a BOM, tab separated.
    write_text(
        "excel_unicode_text_utf16.txt",
        [
            "Ad\tSoyad\tKurum\tE-posta",
            "Gülşen\tÖztürk\tUludere Üniversitesi\tgulsen.ozturk@uludere.edu.tr",
            "İsmail\tIşık\tIşık Lösemili Çocuklar Vakfı\tismail.isik@isikvakfi.org.tr",
        ],
        "utf-16",
    )
    write_workbook()


def write_workbook() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Katılımcılar"
    sheet["A1"] = "5. Çalıştay — Katılımcı Listesi (14 Mart 2026, Bursa)"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:H1")
    headers = ["Sıra No", "Ad", "Soyad", "Kurum", "Unvan", "Görev", "E-posta", "Telefon"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=3, column=column, value=header).font = Font(bold=True)
    rows = [
        (1, "Gülşen", "Öztürk", "Uludere Üniversitesi", "Prof. Dr.", "Öğretim Üyesi",
         "gulsen.ozturk@uludere.edu.tr", 5321112233),
        (2, "Şule", "Çağlar", "Çağdaş Yaşam Gönüllüleri Derneği", None, "Genel Sekreter",
         None, None),
        (3, "Oğuz", "Ünal", "İpekyolu Lojistik", None, "Kurumsal İletişim Uzmanı",
         "oguz.unal@ipekyolu.com.tr", 2245551414),
        (4, "Çiğdem", "Ilgaz", "Uludere Üniversitesi", "Doç. Dr.", "Bölüm Başkanı",
         "cigdem.ilgaz@uludere.edu.tr", None),
    ]  # fmt: skip
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=4 + offset, column=column, value=value)
    notes = workbook.create_sheet("Notlar")
    notes["A1"] = "Salon: Villa Yeşilova, ikinci kat"
    workbook.save(HERE / "attendees.xlsx")


def malformed() -> None:
    (HERE / "empty.csv").write_bytes(b"")
    write_text("header_only.csv", ["Adı Soyadı;Kurumu;E-posta"], "cp1254")
    (HERE / "binary_garbage.csv").write_bytes(random.Random(5).randbytes(4096))
    # Lines appended over time by different tools: one UTF-8, one Windows-1254.
    (HERE / "mixed_encodings.csv").write_bytes(
        b"Ad Soyad;Kurum;E-posta\r\n"
        + "Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr\r\n".encode()
        + "Şule Çağlar;Çağdaş Yaşam Gönüllüleri Derneği;sule@cygd.org.tr\r\n".encode("cp1254")
    )
    write_text(
        "utf16_without_bom.csv",
        ["Ad Soyad;Kurum", "Gülşen Öztürk;Uludere Üniversitesi"],
        "utf-16-le",
    )
    # 0x81 means nothing in Windows-1254 and cannot stand alone in UTF-8.
    (HERE / "not_utf8_nor_cp1254.csv").write_bytes(
        b"Ad Soyad;Kurum\r\nAy\x81e Y\xfdlmaz;Uludere \xdcniversitesi\r\n"
    )
    write_text(
        "ragged_rows.csv",
        [
            "Ad Soyad;Kurum;E-posta",
            "Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr",
            "Ümit Doğan;Öncü Gıda; San. ve Tic. A.Ş.;umit.dogan@oncu.com.tr",
            "Şule Çağlar",
        ],
        "utf-8",
    )
    write_text(
        "unclosed_quote.csv",
        [
            "Ad Soyad;Kurum;E-posta",
            "Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr",
            'İsmail Işık;"Işık Lösemili Çocuklar Vakfı;ismail.isik@isikvakfi.org.tr',
            "Şule Çağlar;ÇYGD;sule@cygd.org.tr",
        ],
        "utf-8",
    )
    write_text(
        "duplicates.csv",
        [
            "Adı Soyadı;Kurumu;E-posta",
            "Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr",
            "GÜLŞEN ÖZTÜRK;Uludere Üniversitesi;",
            "İsmail Işık;Işık Lösemili Çocuklar Vakfı;ismail.isik@isikvakfi.org.tr",
            "İsmail Işık;Işık Vakfı;ISMAIL.ISIK@ISIKVAKFI.ORG.TR",
            "Şule Çağlar;ÇYGD;sule@cygd.org.tr",
        ],
        "cp1254",
    )
    write_text(
        "bad_email.csv",
        [
            "Ad Soyad;Kurum;E-posta",
            "Gülşen Öztürk;Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr",
            "Oğuz Ünal;İpekyolu Lojistik;oguz.unal@ipekyolu.com.tr",
            "Ayşe Yılmaz;Öncü Gıda San. ve Tic. A.Ş.;ayse.yilmaz@",
        ],
        "utf-8-sig",
    )
    write_text(
        "no_name_column.csv",
        ["Kurum;E-posta", "Uludere Üniversitesi;gulsen.ozturk@uludere.edu.tr"],
        "utf-8",
    )
    write_text("not_really.xlsx", ["Ad Soyad;Kurum", "Gülşen Öztürk;Uludere"], "utf-8")
    (HERE / "old_format.xls").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(7).randbytes(1024)
    )
    (HERE / "damaged.xlsx").write_bytes(b"PK\x03\x04" + random.Random(9).randbytes(2048))


if __name__ == "__main__":
    well_formed()
    malformed()
    print(f"wrote the fixtures in {HERE}")
