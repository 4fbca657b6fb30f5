"""The staff batch: every row renders on its own (a very long name does not stop the rest),
a symlink planted in the output folder is not followed, and nothing is overwritten unless
asked for."""

import os

from PIL import Image

from flashdesk.posters.batch import StaffRow, render_batch
from flashdesk.posters.service import find_poster

LINK = "https://example.com/live/{}"


def _poster(store, campaign_id):
    return find_poster(store, campaign_id, None).id


def test_long_names_render_and_the_batch_goes_on(store, campaign_id, tmp_path):
    rows = [StaffRow(1, "张三", LINK.format(1)), StaffRow(2, "A" * 300, LINK.format(2)),
            StaffRow(3, "长" * 100, LINK.format(3)), StaffRow(4, "李四", LINK.format(4))]
    # force: a long name overflows its text box (a checker error), yet the files are written
    result = render_batch(store, _poster(store, campaign_id), rows, tmp_path / "out", force=True)
    assert len(result.files) == 4, result.problems
    for path in result.files:
        assert len(path.name.encode()) <= 255
        with Image.open(path) as image:
            image.load()
    assert result.files[-1].name == "004-李四.png"


def test_planted_symlink_is_not_followed_and_files_are_kept(store, campaign_id, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    os.symlink(victim, out / "001-张三.png")
    (out / "002-李四.png").write_bytes(b"an earlier poster")
    rows = [StaffRow(1, "张三", LINK.format(1)), StaffRow(2, "李四", LINK.format(2)),
            StaffRow(3, "王五", LINK.format(3))]
    result = render_batch(store, _poster(store, campaign_id), rows, out)
    assert victim.read_text() == "keep me"
    assert (out / "001-张三.png").is_symlink()
    assert (out / "002-李四.png").read_bytes() == b"an earlier poster"
    assert [row for row, _ in result.problems] == [1, 2]
    assert all("already exists" in message for _, message in result.problems)
    assert [p.name for p in result.files] == ["003-王五.png"]

    again = render_batch(store, _poster(store, campaign_id), rows, out, overwrite=True)
    assert len(again.files) == 3 and not again.problems
    assert victim.read_text() == "keep me", "replacing the link, never writing through it"
    assert not (out / "001-张三.png").is_symlink()
