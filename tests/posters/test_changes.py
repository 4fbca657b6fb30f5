"""Every poster action is one Change: undo gives back the tables row for row, redo the
state after — without Qt."""

from flashdesk.posters.formats import palettes
from flashdesk.posters.model import recolor
from flashdesk.posters.service import (
    create_from_template,
    find_poster,
    get_poster,
    list_posters,
    new_version,
    save_elements,
    set_deleted,
    set_palette,
)
from tests.change_check import assert_round_trip


def test_poster_actions_round_trip(store, campaign_id):
    made = assert_round_trip(store, lambda: create_from_template(
        store, campaign_id, "print_flyer", "a4", "门店传单", "https://x.cn/a"))
    assert made.tables == {"poster"} and made.campaign_id == campaign_id
    assert get_poster(store, made.result).name == "门店传单"

    elements = get_poster(store, made.result).elements
    elements[0].x += 40
    moved = assert_round_trip(store, lambda: save_elements(store, made.result, elements))
    assert moved.ids("poster") == {made.result}

    poster = find_poster(store, campaign_id, "门店传单")
    other = next(key for key in palettes() if key != poster.palette)
    recolored = recolor(poster.elements, palettes()[poster.palette], palettes()[other])
    assert_round_trip(store, lambda: set_palette(store, poster.id, other, recolored))
    assert get_poster(store, poster.id).palette == other

    version = assert_round_trip(store, lambda: new_version(store, poster.id))
    assert find_poster(store, campaign_id, "门店传单").id == version.result

    names = [p.name for p in list_posters(store, campaign_id)]
    assert_round_trip(store, lambda: set_deleted(store, version.result, True))
    assert [p.name for p in list_posters(store, campaign_id)] == names  # v1 is the newest again
