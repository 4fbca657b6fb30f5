"""The closed lists a copy is filed under: channel types, stages of the playbook and the
levers (psychological triggers). Keys are stored; the Chinese name is what teams read in
the workbook and may type in an import; the English label is translated for the UI."""

from __future__ import annotations

from dataclasses import dataclass

from flashdesk.i18n import translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (marks text for lupdate)
    return text


@dataclass(frozen=True)
class Term:
    key: str
    zh: str
    en: str
    short: str = ""  # a word for a narrow list column (the full label is in its tooltip)

    def label(self) -> str:
        return translate("CopyVocab", self.en)

    def short_label(self) -> str:
        return translate("CopyVocabShort", self.short) if self.short else self.label()


ANY_CHANNEL = Term("", "通用", QT_TRANSLATE_NOOP("CopyVocab", "Any channel"),
                   QT_TRANSLATE_NOOP("CopyVocabShort", "Any"))

CHANNELS: tuple[Term, ...] = (
    Term("moments", "企业微信朋友圈", QT_TRANSLATE_NOOP("CopyVocab", "WeCom Moments"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Feed")),
    Term("wecom_group", "企业微信客户群", QT_TRANSLATE_NOOP("CopyVocab", "WeCom customer group"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Group")),
    Term("private", "一对一私聊", QT_TRANSLATE_NOOP("CopyVocab", "One-to-one message"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "1-to-1")),
    Term("official_account", "公众号", QT_TRANSLATE_NOOP("CopyVocab", "Official account"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Account")),
    Term("channels_video", "视频号", QT_TRANSLATE_NOOP("CopyVocab", "Channels video"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Video")),
    Term("douyin", "抖音/快手", QT_TRANSLATE_NOOP("CopyVocab", "Douyin / Kuaishou"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Douyin")),
    Term("review_platform", "大众点评等团购平台", QT_TRANSLATE_NOOP("CopyVocab", "Review & deal platform"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Deals")),
    Term("content_app", "小红书/知乎", QT_TRANSLATE_NOOP("CopyVocab", "Xiaohongshu / Zhihu"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "XHS")),
)

STAGES: tuple[Term, ...] = (
    Term("survey", "选品调研", QT_TRANSLATE_NOOP("CopyVocab", "Selection survey"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Survey")),
    Term("discount", "优惠预告", QT_TRANSLATE_NOOP("CopyVocab", "Discount teaser"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Teaser")),
    Term("like_draw", "点赞抽奖", QT_TRANSLATE_NOOP("CopyVocab", "Like-to-win"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Like")),
    Term("countdown", "倒计时", QT_TRANSLATE_NOOP("CopyVocab", "Countdown"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Timer")),
    Term("entry_channel", "入群渠道", QT_TRANSLATE_NOOP("CopyVocab", "Entry channel"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Entry")),
    Term("invitation", "邀约私信", QT_TRANSLATE_NOOP("CopyVocab", "Invitation DM"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Invite")),
    Term("welcome", "群欢迎语", QT_TRANSLATE_NOOP("CopyVocab", "Welcome message"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Greet")),
    Term("announcement", "群公告", QT_TRANSLATE_NOOP("CopyVocab", "Announcement"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Notice")),
    Term("group_rules", "群规", QT_TRANSLATE_NOOP("CopyVocab", "Group rules"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Rules")),
    Term("wake_up", "叫醒红包", QT_TRANSLATE_NOOP("CopyVocab", "Wake-up red packet"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Wake")),
    Term("sign_up_chain", "群接龙", QT_TRANSLATE_NOOP("CopyVocab", "Sign-up chain"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Chain")),
    Term("order_flood", "订单刷屏", QT_TRANSLATE_NOOP("CopyVocab", "Order flood"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Orders")),
    Term("close_preview", "收尾与预告", QT_TRANSLATE_NOOP("CopyVocab", "Close & preview"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Close")),
    Term("follow_up", "跟进回访", QT_TRANSLATE_NOOP("CopyVocab", "Follow-up"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Follow")),
    Term("crisis_reply", "危机回复", QT_TRANSLATE_NOOP("CopyVocab", "Crisis reply"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Crisis")),
    Term("quiz_script", "红包答题话术", QT_TRANSLATE_NOOP("CopyVocab", "Quiz script"),
         QT_TRANSLATE_NOOP("CopyVocabShort", "Quiz")),
)

LEVERS: tuple[Term, ...] = (
    Term("herd", "从众", QT_TRANSLATE_NOOP("CopyVocab", "Herd")),
    Term("loss_aversion", "损失厌恶", QT_TRANSLATE_NOOP("CopyVocab", "Loss aversion")),
    Term("anchoring", "价格锚点", QT_TRANSLATE_NOOP("CopyVocab", "Anchoring")),
    Term("scarcity", "稀缺", QT_TRANSLATE_NOOP("CopyVocab", "Scarcity")),
    Term("time", "时间紧迫", QT_TRANSLATE_NOOP("CopyVocab", "Time pressure")),
    Term("universality", "普适", QT_TRANSLATE_NOOP("CopyVocab", "Universality")),
    Term("simplicity", "简单", QT_TRANSLATE_NOOP("CopyVocab", "Simplicity")),
    Term("greed", "贪利", QT_TRANSLATE_NOOP("CopyVocab", "Greed")),
    Term("celebrity", "名人效应", QT_TRANSLATE_NOOP("CopyVocab", "Celebrity")),
)

_ALL_CHANNELS = (ANY_CHANNEL, *CHANNELS)


def _index(terms) -> dict[str, Term]:
    return {term.key: term for term in terms}


CHANNEL_BY_KEY = _index(_ALL_CHANNELS)
STAGE_BY_KEY = _index(STAGES)
LEVER_BY_KEY = _index(LEVERS)


def _lookup(terms, text: str) -> Term | None:
    text = text.strip()
    for term in terms:
        if text and text.lower() in (term.key, term.zh.lower(), term.en.lower(), term.label().lower()):
            return term
    return None


def channel_of(text: str) -> Term | None:
    """A channel by key, Chinese name or label; blank means any channel."""
    return ANY_CHANNEL if not text.strip() else _lookup(_ALL_CHANNELS, text)


def stage_of(text: str) -> Term | None:
    return _lookup(STAGES, text)


def lever_of(text: str) -> Term | None:
    return _lookup(LEVERS, text)


def split_levers(text: str) -> list[str]:
    return [part for part in text.replace("，", ",").replace("、", ",").split(",") if part.strip()]
