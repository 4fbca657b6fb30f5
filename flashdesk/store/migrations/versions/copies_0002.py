"""Copy library: the seeded copies that spoke of one product (护肤品, 质地清爽, 姐妹, 小样 …)
get wording that fits any product — only where the operator never edited them: a seed row
whose body is still the old seed text, word for word. Edited, deleted-and-restored or
duplicated copies keep what the operator has.

Both texts are written out here, not read from resources/copies/seed.toml: the seed file
moves on, this step must always do the same thing.

Revision ID: copies_0002
Revises: copies_0001
"""
import sqlalchemy as sa
from alembic import op

revision = "copies_0002"
down_revision = "copies_0001"
branch_labels = None
depends_on = None

# seed_key: (old body, new body)
REWORDED = {
    'survey-oa-questionnaire': (
        '做活动之前，我们想先问问你真正需要什么。\n花一分钟填完文末的小问卷，告诉我们你在护理上最常遇到的烦恼和能接受的价位。\n问卷会决定下一期{product}活动的形式，参与的读者都会收到活动开启的第一时间提醒。',
        '做活动之前，我们想先问问你真正需要什么。\n花一分钟填完文末的小问卷，告诉我们你挑这类东西时看重什么、能接受的价位是多少。\n问卷会决定下一期{product}活动的形式，参与的读者都会收到活动开启的第一时间提醒。'),
    'survey-xhs-seeding': (
        '用了三个月的{product}，说说真实感受：质地清爽、不黏腻，换季也稳定。\n评论区说说你们现在用的是哪款？想要群友价的姐妹留言，人多了我去帮大家谈。',
        '入手{product}一段时间了，说说真实感受：好在哪里、适合谁、有什么要留意的。\n评论区说说你们现在选的是哪款？想要群友价的朋友留言，人多了我去帮大家谈。'),
    'discount-douyin-skit': (
        '闺蜜问我这瓶{product}多少钱，我说群里只要{deal_price}。\n她不信，我把群里接龙截图甩给她看——评论区扣"要"，带你一起上车。',
        '朋友问我这份{product}多少钱，我说群里只要{deal_price}。\n朋友不信，我把群里接龙截图发过去——评论区扣"要"，带你一起上车。'),
    'like-moments-draw': (
        '点赞这条朋友圈就能参与抽奖！\n明晚8点从点赞的朋友里随机抽3位，各送一份{product}小样，中奖名单更新在评论区。',
        '点赞这条朋友圈就能参与抽奖！\n明晚8点从点赞的朋友里随机抽3位，各送一份{product}，中奖名单更新在评论区。'),
    'like-xhs-comment-draw': (
        '评论区说出你的护理小烦恼，{launch}前抽5位送{product}体验装。\n已经有好多姐妹留言啦，我都会认真看～',
        '评论区说说你想了解{product}的哪一点，{launch}前抽5位各送一份{product}。\n已经有好多朋友留言啦，我都会认真看～'),
    'invite-old-customer': (
        '好久不见～之前你买过我们家的护肤品，这次{product}有个老客专享价，{deal_price}元（平时{list_price}元）。\n我们开了个临时福利群，只开几天，要不要拉你进来？回复"要"就行。',
        '好久不见～之前你在我们这儿买过东西，这次{product}有个老客专享价，{deal_price}元（平时{list_price}元）。\n我们开了个临时福利群，只开几天，要不要拉你进来？回复"要"就行。'),
    'follow-review': (
        '{product}用了几天，感觉怎么样？有不合适的地方直接告诉我，\n喜欢的话也欢迎来晒个图，下次活动给你留老客名额。',
        '{product}收到几天了，感觉怎么样？有不合适的地方直接告诉我，\n喜欢的话也欢迎来晒个图，下次活动给你留老客名额。'),
}


def _reword(direction: int) -> None:
    copy = sa.table("copy", sa.column("seed_key"), sa.column("body"), sa.column("campaign_id"))
    for key, texts in REWORDED.items():
        before, after = texts[::direction]
        op.execute(copy.update().where(copy.c.seed_key == key, copy.c.body == before,
                                       copy.c.campaign_id.is_(None)).values(body=after))


def upgrade() -> None:
    _reword(1)


def downgrade() -> None:
    _reword(-1)
