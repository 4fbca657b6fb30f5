"""Command line: `flashdesk poster render` (one poster or one per staff member) and
`flashdesk poster check IMAGE`. The functions below the parsers are also what the packaging
self-test calls: render_campaign_png() and check_png()."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    poster = subparsers.add_parser("poster", help="render and check posters")
    commands = poster.add_subparsers(dest="poster_command", metavar="ACTION", required=True)

    render = commands.add_parser("render", help="render a campaign's poster to PNG or PDF, or one "
                                                "per staff member with --batch")
    render.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    render.add_argument("--poster", metavar="NAME", help="poster name (default: the first)")
    render.add_argument("--format", choices=("phone", "a4", "a5"),
                        help="render on this format (a copy made from the same template family)")
    render.add_argument("--batch", metavar="LIST.csv", help="CSV/xlsx of name,payload rows")
    render.add_argument("--overwrite", action="store_true",
                        help="with --batch: replace posters already in the folder")
    render.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.pdf|FOLDER")
    render.add_argument("--force", action="store_true",
                        help="write the file even when the checker reports errors")
    render.add_argument("--crop-marks", action="store_true",
                        help="print PDFs: add crop marks outside the bleed")
    add_store_option(render)
    render.set_defaults(func=render_command)

    check = commands.add_parser("check", help="check a poster image: format, QR, resolution; "
                                              "exit 1 on errors")
    check.add_argument("image", metavar="IMAGE.png|IMAGE.jpg")
    check.set_defaults(func=check_command)


def _print_findings(findings) -> None:
    for finding in findings:
        print(finding.line())


def render_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.errors import UserError
    from flashdesk.i18n import translate
    from flashdesk.posters.checks import check, has_errors
    from flashdesk.posters.render import save_pdf, save_png
    from flashdesk.posters.service import find_poster, poster_doc

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    poster = find_poster(store, campaign.id, args.poster)
    if args.batch:
        from flashdesk.posters.batch import read_rows, render_batch

        result = render_batch(store, poster.id, read_rows(args.batch), args.output,
                              force=args.force, crop_marks=args.crop_marks,
                              overwrite=args.overwrite)
        for row, message in result.problems:
            print(f"row {row}: {message}", file=sys.stderr)
        if result.held:
            print(translate("Posters", "Rows {rows} not written: the checker found errors; fix "
                            "them, or add --force to write them anyway.")
                  .format(rows=", ".join(map(str, result.held))), file=sys.stderr)
        print(f"{len(result.files)} posters written to {args.output}"
              + (f"; all pages in {result.pdf}" if result.pdf else ""))
        return 1 if result.problems else 0
    doc = poster_doc(store, poster.id)
    if args.format and args.format != doc.format.key:
        doc = reformat(doc, args.format)
    output = Path(args.output)
    if output.suffix.lower() not in (".png", ".pdf"):
        raise UserError(translate("Posters", "The output must end in .png or .pdf."))
    findings = check(doc)
    _print_findings([f for f in findings if f.severity != "info"])
    if has_errors(findings) and not args.force:
        print(translate("Posters", "Nothing written: the checker found errors. Fix them, or add "
                        "--force to write {path} anyway.").format(path=output), file=sys.stderr)
        return 1
    if output.suffix.lower() == ".pdf":
        save_pdf([doc], output, poster.name, crop_marks=args.crop_marks)
    else:
        save_png(doc, output)
    print(f"{output}")
    return 1 if has_errors(findings) else 0


def reformat(doc, format_key: str):
    """The poster laid out on another format: geometry and text sizes scale with the page
    width and height (the QR stays square, on the smaller scale)."""
    from flashdesk.posters.formats import get_format

    target = get_format(format_key)
    sx, sy = target.width / doc.format.width, target.height / doc.format.height
    result = doc.copy()
    result.format = target
    for e in result.elements:
        if e.kind == "background":
            e.x, e.y, e.w, e.h = -target.bleed, -target.bleed, target.full_width, target.full_height
            continue
        cx, cy = (e.x + e.w / 2) * sx, (e.y + e.h / 2) * sy
        if e.kind == "qr":  # square, and on print at least the format's minimum size
            smallest = target.units(target.min_qr_mm) * 1.35 if target.min_qr_mm else 0
            e.w = e.h = max(e.w * min(sx, sy), smallest)
        else:
            e.w, e.h = e.w * sx, e.h * sy
        e.x, e.y = cx - e.w / 2, cy - e.h / 2
        if "size" in e.props:
            e.props["size"] = round(float(e.props["size"]) * sx, 1)
    for qr in result.qr_elements():
        _clear_around(result, qr)
    return result


def _clear_around(doc, qr) -> None:
    """A QR grown to the print minimum may reach the texts above and below it: move them
    off by the overlap plus a module-sized gap (the checker's clear area), within the page."""
    gap = qr.w / 20  # at least one module for any symbol the payload needs
    for e in doc.elements:
        if e is qr or e.kind == "background":
            continue
        if e.x >= qr.x + qr.w + gap or e.x + e.w <= qr.x - gap:
            continue  # beside the QR, not above or below it
        if e.y + e.h / 2 > qr.y + qr.h / 2:
            e.y = max(e.y, min(qr.y + qr.h + gap, doc.format.height - doc.format.safe - e.h))
        else:
            e.y = min(e.y, max(qr.y - gap - e.h, doc.format.safe))


def check_command(args: argparse.Namespace) -> int:
    from flashdesk.posters.checks import has_errors
    from flashdesk.posters.render import ensure_app

    ensure_app()
    findings = check_png(args.image)
    _print_findings(findings)
    return 1 if has_errors(findings) else 0


def render_campaign_png(store, campaign_ref: str, output: Path | str, poster: str | None = None) -> Path:
    """Render a campaign's poster to PNG (for the packaging self-test)."""
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.posters.render import save_png
    from flashdesk.posters.service import find_poster, poster_doc

    campaign = find_campaign(store, str(campaign_ref))
    return save_png(poster_doc(store, find_poster(store, campaign.id, poster).id), output)


def check_png(path: Path | str):
    """The findings for a poster image, QR decodes included (for the packaging self-test)."""
    from flashdesk.posters.imagecheck import check_image

    return check_image(path)
