"""The review outline (复盘提纲): what went well and what did not, by dimension (data,
channels, copy, materials, process, A/B tests), drafted from the recorded numbers for the
operator to edit. Like the team workbook it is a Chinese document: it is handed on to the
team, not UI text."""

from __future__ import annotations

from flashdesk.review.experiments import ABDraft
from flashdesk.review.summary import ReviewData
from flashdesk.review.texts import NOTE_KEYS

_NOTE_NAMES = {"before": "发售前", "during": "发售中", "after": "发售后"}
_FUNNEL_NAMES = {"reach": "渠道触达", "joined": "进群", "active": "活跃", "orders": "下单"}


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def _section(title: str, good: list[str], bad: list[str], empty: bool) -> list[str]:
    lines = [f"## {title}"]
    if empty:
        return [*lines, "（未记录数据）", ""]
    lines += ["做得好："] + [f"- {g}" for g in good or ["（待补充）"]]
    lines += ["待改进："] + [f"- {b}" for b in bad or ["（待补充）"]]
    return [*lines, ""]


def _data(data: ReviewData) -> tuple[list[str], list[str]]:
    good, bad = [], []
    sold = data.quota_sold
    if sold is not None:
        line = f"限量 {data.quota} 份，售出 {data.orders} 单（{_pct(sold)}），销售额 {data.revenue:,.0f} 元"
        (good if sold >= 0.8 else bad).append(line + ("。" if sold >= 0.8 else "，未达八成。"))
    if data.conversion is not None:
        line = f"进群 {data.joined} 人，订单/成员转化 {_pct(data.conversion)}"
        (good if data.conversion >= 0.2 else bad).append(line + "。")
    if data.days:
        peak = max(data.days, key=lambda d: d.orders)
        if data.orders:
            good.append(f"{peak.day:%m-%d} 是成交高峰：{peak.orders} 单，占全部订单 "
                        f"{_pct(peak.orders / data.orders)}。")
        top = max(data.days, key=lambda d: d.members)
        last = data.days[-1]
        if top.members and last.day > top.day and last.members < top.members * 0.95:
            bad.append(f"群成员从高峰 {top.members} 人降到 {last.members} 人"
                       f"（流失 {_pct(1 - last.members / top.members)}），收尾前要留住人。")
        if last.members and last.active / last.members < 0.4:
            bad.append(f"最后一天活跃率只有 {_pct(last.active / last.members)}，互动节奏可以加密。")
    return good, bad


def _channels(data: ReviewData) -> tuple[list[str], list[str]]:
    good, bad = [], []
    best = data.best_channel
    if best:
        share = best.participants / data.reach if data.reach else 0
        good.append(f"{best.channel} 带来 {best.participants} 人参与（占 {_pct(share)}），"
                    "下次优先投入。")
    if data.posts_counted:
        likes = sum(c.likes for c in data.channels)
        comments = sum(c.comments for c in data.channels)
        good.append(f"宣发日历中已发布的帖子计入 {data.posts_counted} 个渠道日，"
                    f"共收获 {likes} 个点赞、{comments} 条评论。")
    selling = sorted((c for c in data.channels if c.orders), key=lambda c: -c.orders)
    if selling:
        share = selling[0].orders / data.orders if data.orders else 0
        good.append(f"按店铺订单的来源渠道，{selling[0].channel} 成交 {selling[0].orders} 单"
                    f"（占 {_pct(share)}）。")
    weak = [c for c in data.channels if c.actions and c is not best]
    if weak:
        worst = min(weak, key=lambda c: c.participants / c.actions)
        bad.append(f"{worst.channel} 做了 {worst.actions} 次动作，平均每次只有 "
                   f"{worst.participants / worst.actions:.0f} 人参与，考虑调整形式或内容方向。")
    return good, bad


def _copies(data: ReviewData) -> tuple[list[str], list[str]]:
    good, bad = [], []
    if data.best_copy:
        good.append(f"“{data.best_copy[0]}”使用后参与人数最多（{data.best_copy[1]} 人），可作模板复用。")
    if len(data.copies) > 1:
        title, count = data.copies[-1]
        bad.append(f"“{title}”使用后只有 {count} 人参与，复盘话术是否够直接、够有利益点。")
    return good, bad


def _materials(data: ReviewData) -> tuple[list[str], list[str]]:
    good, bad = [], []
    kinds = {"poster": "海报", "video": "视频", "article": "文章"}
    if data.materials:
        top = data.materials[0]
        good.append(f"{kinds.get(top.kind, top.kind)}“{top.name}”互动最好：转发 {top.shares}、"
                    f"点赞 {top.likes}、评论 {top.comments}"
                    + (f"、阅读 {top.reads}" if top.reads else "") + "。")
    if len(data.materials) > 1:
        low = data.materials[-1]
        hint = "标题和内容" if low.kind == "article" else "封面和内容"
        bad.append(f"“{low.name}”互动最少（转发 {low.shares}），检查{hint}。")
    return good, bad


_FIGURE_NAMES = {"invites_per_promoter": "人均邀请", "share_inviting": "邀请过人的成员占比",
                 "members_per_promoter": "每位推广员对应成员"}


def _fission(data: ReviewData) -> list[str]:
    fission = data.fission
    if fission is None:
        return []
    lines = ["## 裂变", f"有效邀请 {fission.valid} 人，推广员 {fission.promoters} 位，群成员 "
             f"{fission.members} 人。"]
    lines += [f"- {_FIGURE_NAMES[key]}：{text}" for key, text in fission.figures]
    if not fission.valid:
        lines.append("- （还没有导入邀请记录，或没有一条计入）")
    return [*lines, ""]


def generate_outline(data: ReviewData, notes: dict[str, str], tests: list[ABDraft]) -> str:
    lines = [f"# 复盘提纲 · {data.campaign_name}", ""]
    if data.funnel and any(v for _, v in data.funnel):
        lines += ["漏斗：" + " → ".join(f"{_FUNNEL_NAMES[k]} {v}" for k, v in data.funnel), ""]
    lines += _section("数据", *_data(data), empty=not data.days)
    lines += _section("渠道", *_channels(data), empty=not data.channels)
    lines += _section("文案", *_copies(data), empty=not data.copies)
    lines += _section("素材", *_materials(data), empty=not data.materials)
    lines += _fission(data)
    lines.append("## 流程")
    written = [(key, notes.get(key, "").strip()) for key in NOTE_KEYS]
    if any(text for _, text in written):
        lines += [f"- {_NOTE_NAMES[key]}：{text}" for key, text in written if text]
    else:
        lines.append("（未记录流程备注）")
    lines.append("")
    lines.append("## A/B 测试")
    if tests:
        for test in tests:
            result = test.result()
            lines.append(f"- {test.step}：{test.variant_a} {_pct(result.rate_a)} vs "
                         f"{test.variant_b} {_pct(result.rate_b)} —— {result.verdict}")
    else:
        lines.append("（没有 A/B 测试；下次放量前，先对不确定的环节做 A/B 测试）")
    lines += ["", "## 下一期要做的", "- "]
    return "\n".join(lines)


def draft_outline(store, campaign_id: int, data: ReviewData | None = None) -> str:
    """The outline drafted from what is recorded now (`data`: already summed up)."""
    from flashdesk.review.experiments import list_ab_tests
    from flashdesk.review.summary import review_data
    from flashdesk.review.texts import get_text

    notes = {key: get_text(store, campaign_id, key) for key in NOTE_KEYS}
    tests = [ABDraft.of(test) for test in list_ab_tests(store, campaign_id)]
    return generate_outline(data or review_data(store, campaign_id), notes, tests)
