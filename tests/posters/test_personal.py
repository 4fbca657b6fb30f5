"""Personal posters (issue 17): the card with avatar and nickname, the person's own QR read
back from the rendered image, avatars that cannot be used, long nicknames and emoji."""

from __future__ import annotations

import pytest
from PIL import Image

from flashdesk.posters.checks import ERROR, check
from flashdesk.posters.personal import (
    AvatarProblem,
    DesignCheck,
    NotVerified,
    Promoter,
    load_avatar,
    personal_layout,
    render_one,
    verify,
    with_link,
)
from flashdesk.posters.qr import decode
from flashdesk.posters.render import ensure_app, render_image
from tests.posters.helpers import make_doc

LINK = "https://scrm.example.com/i/a8F3kq9Z?u=10023"


@pytest.fixture
def avatar(tmp_path):
    path = tmp_path / "face.jpg"
    image = Image.new("RGB", (600, 400), (20, 90, 200))  # blue, with a red middle
    image.paste((220, 30, 30), (250, 150, 350, 250))
    image.save(path)
    return path


def _pixel(image, x: float, y: float) -> tuple[int, int, int]:
    color = image.pixelColor(round(x), round(y))
    return color.red(), color.green(), color.blue()


@pytest.mark.parametrize("template,fmt", [("phone_promo", "phone"), ("phone_pink", "phone"),
                                          ("print_flyer", "a4")])
def test_layout_makes_room_for_the_card_and_still_passes_the_checker(template, fmt):
    base = make_doc(template, fmt)
    layout, card = personal_layout(base)
    content = [e for e in layout.elements if e.kind != "background"]
    assert min(e.y for e in content) >= card.y + card.h
    qr = layout.qr_elements()[0]
    assert qr.w == pytest.approx(qr.h) and qr.w < base.qr_elements()[0].w
    assert [f for f in check(with_link(layout, LINK)) if f.severity == ERROR] == []


def test_poster_carries_the_persons_link_the_avatar_in_a_circle_and_the_nickname(avatar):
    ensure_app()
    layout, card = personal_layout(make_doc())
    made = render_one(layout, card, Promoter("王小明", LINK, str(avatar), "row 2"))
    assert decode(made.image) == [LINK]
    assert made.notes == []
    pad = card.h * 0.12
    side = card.h - 2 * pad
    centre_x, centre_y = card.x + pad + side / 2, card.y + card.h / 2
    assert _pixel(made.image, centre_x, centre_y)[0] > 180  # the avatar's red middle
    corner = _pixel(made.image, card.x + pad + side * 0.08, card.y + pad + side * 0.08)
    assert corner[2] < 200 or corner[0] > 200  # outside the circle: the card, not the blue photo
    assert _pixel(made.image, card.x + pad + side * 0.2, centre_y)[2] > 150  # inside: blue


def test_the_card_shows_the_nickname_in_dark_text():
    ensure_app()
    layout, card = personal_layout(make_doc())
    with_name = render_one(layout, card, Promoter("王小明王小明", LINK)).image
    other = render_one(layout, card, Promoter("李", LINK)).image
    x = card.x + card.h + card.w * 0.15  # where the nickname's later characters go
    dark = [y for y in range(round(card.y), round(card.y + card.h * 0.5))
            if sum(_pixel(with_name, x, y)) < 200]
    assert dark and not [y for y in range(round(card.y), round(card.y + card.h * 0.5))
                         if sum(_pixel(other, x, y)) < 200]


@pytest.mark.parametrize("problem", ["missing", "broken", "huge", "web"])
def test_unusable_avatar_gives_a_poster_with_the_initial_and_a_note(tmp_path, problem):
    ensure_app()
    path = {"missing": str(tmp_path / "nobody.png"), "web": "https://cdn.example.com/a.png"}.get(problem)
    if problem == "broken":
        (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
        path = str(tmp_path / "broken.jpg")
    if problem == "huge":
        Image.new("L", (9000, 5000), 128).save(tmp_path / "huge.png")
        path = str(tmp_path / "huge.png")
    layout, card = personal_layout(make_doc())
    made = render_one(layout, card, Promoter("Zoe", LINK, path))
    assert decode(made.image) == [LINK]
    [note] = made.notes
    assert "without the avatar" in note
    assert {"missing": "not found", "broken": "not a picture", "huge": "9000×5000",
            "web": "web address"}[problem] in note
    pad = card.h * 0.12
    red = _pixel(made.image, card.x + pad + 3, card.y + card.h / 2)  # placeholder in the accent
    assert red != (255, 255, 255)


def test_avatar_is_decoded_small_and_square(avatar):
    ensure_app()
    image = load_avatar(str(avatar), 100)
    assert (image.width(), image.height()) == (100, 100)
    with pytest.raises(AvatarProblem):
        load_avatar("face.jpg", 100)  # relative, no folder given: not found
    assert load_avatar("face.jpg", 50, avatar.parent).width() == 50


def test_long_nickname_is_cut_and_emoji_left_out_with_a_note():
    ensure_app()
    layout, card = personal_layout(make_doc())
    long_name = "超级无敌长的昵称小仙女爱购物来自上海浦东新区的快乐买家🌸"
    made = render_one(layout, card, Promoter(long_name, LINK))
    assert decode(made.image) == [LINK]
    assert len(made.notes) == 1 and "1 character" in made.notes[0]
    right_edge = card.x + card.w - card.h * 0.25  # the card's rounded end stays clear
    middle = card.y + card.h / 2
    column = [sum(_pixel(made.image, right_edge, y)) for y in range(round(middle - card.h * 0.3),
                                                                    round(middle + card.h * 0.3))]
    assert min(column) > 600


def test_a_qr_that_reads_otherwise_is_refused():
    ensure_app()
    layout, _card = personal_layout(make_doc())
    image = render_image(with_link(layout, LINK))
    with pytest.raises(NotVerified, match="instead of the person's link"):
        verify(image, with_link(layout, LINK), LINK + "x")


def test_design_check_runs_once_per_qr_size():
    layout, _card = personal_layout(make_doc())
    checker = DesignCheck(layout)
    assert checker.problem(LINK) is None
    assert checker.problem(LINK.replace("10023", "10024")) is None
    assert len(checker.verdicts) == 1
    assert "One module is" in checker.problem("https://example.com/" + "x" * 300)  # too dense
    assert len(checker.verdicts) == 2
