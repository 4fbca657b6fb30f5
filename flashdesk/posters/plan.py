"""The posters part of a campaign's plan: a new campaign starts with one poster made from
the playbook's template and filled from the campaign (its texts stay linked, so a later
price or date change shows without touching the poster)."""

from __future__ import annotations

from flashdesk.posters.formats import formats, get_template, templates

SECTION = "posters"


def validate(section, check) -> None:
    for key in ("name", "template", "format", "payload"):
        check.require(section, key, str, SECTION)
    if section["format"] not in formats():
        check.fail(f"{SECTION}.format", f"unknown format {section['format']!r} "
                                        f"(known: {', '.join(formats())})")
    if section["template"] not in templates():
        check.fail(f"{SECTION}.template", f"unknown template {section['template']!r} "
                                          f"(known: {', '.join(templates())})")
    if not get_template(section["template"]).fits(formats()[section["format"]]):
        check.fail(f"{SECTION}.template", "the template is not made for this format")
    if not section["payload"].strip():
        check.fail(f"{SECTION}.payload", "must not be empty")


def generate(session, campaign, playbook) -> None:
    from flashdesk.posters.service import add_poster

    section = playbook.section(SECTION)
    add_poster(session, campaign, section["template"], section["format"], section["name"],
               section["payload"])


def campaign_changed(session, before, campaign, playbook) -> None:
    """Nothing to move: linked texts read the campaign when rendered."""


def copy(session, source, target) -> None:
    from flashdesk.posters.service import copy_posters

    copy_posters(session, source, target)
