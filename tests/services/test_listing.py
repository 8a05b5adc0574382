"""The light reads of the start-up path: the start page's workshop and its choosers."""

import subprocess
import sys
import textwrap

from facilitator.services import listing


def test_choices_come_in_turkish_order_with_what_they_are_found_by(store, make_org, make_person):
    isik = make_org("Işık Vakfı", short_name="IŞV")
    make_org("İpekyolu Lojistik")
    make_org("Çağdaş Yaşam Derneği")
    make_person("Şule", "Çağlar", honorific="Dr.", email="sule@example.org")
    make_person("Ümit", "Işık", organization_id=isik.id)
    make_person("Can", "İnce")

    organizations = listing.organization_choices(store)
    assert [o.name for o in organizations] == [
        "Çağdaş Yaşam Derneği",
        "Işık Vakfı",
        "İpekyolu Lojistik",
    ]
    assert organizations[1].short_name == "IŞV"
    people = listing.person_choices(store)
    assert [(p.display_name, p.organization_name, p.email) for p in people] == [
        ("Dr. Şule Çağlar", "", "sule@example.org"),
        ("Ümit Işık", "Işık Vakfı", ""),
        ("Can İnce", "", ""),
    ]


def test_the_start_page_is_read_without_mapping_the_orm(store, make_workshop, db_location):
    """What the window shows first (sidebar, start page, its choices) never waits for the
    mapping of the whole domain; the ORM is mapped once the page is on screen."""
    shown = make_workshop("Açılış çalıştayı")
    store.close()
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from facilitator.services import listing
        from facilitator.store import Store

        store = Store.open({db_location!r})
        opened = listing.next_workshop_id(store, datetime.now(UTC))
        row = listing.get_workshop(store, opened)
        listing.series_titles(store)
        listing.organization_choices(store)
        listing.person_choices(store)
        print(row.id, row.title, "facilitator.models.workshops" in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(shown.id), "Açılış", "çalıştayı", "False"]
