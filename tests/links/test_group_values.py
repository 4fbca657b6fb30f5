"""{group_name}, {live_code} and {remaining} come from the Group SOP when the operator has
not typed them: the open group of the rotation, the live-code link, quota minus sold."""

from flashdesk.copies import service as copies
from flashdesk.copies.variables import fill
from flashdesk.groups import service as groups
from flashdesk.groups.copy_values import group_values, values_for
from flashdesk.groups.tables import ChatGroup


def test_values_follow_the_group_sop(store, campaign_id):
    first = groups.rows(store, ChatGroup, campaign_id)[0]
    assert group_values(store, campaign_id) == {"remaining": "500", "group_name": first.name}
    groups.set_live_code(store, campaign_id, "https://hm.example.cn/618")
    groups.set_sold(store, campaign_id, 120)
    second = groups.add_group(store, campaign_id).result
    values = values_for(store, campaign_id)
    assert (values["group_name"], values["live_code"], values["remaining"]) == (
        first.name, "https://hm.example.cn/618", "380")
    # the first group fills up: the next open one is the one to send people to
    groups.edit(store, ChatGroup, first.id, state="full")
    name = next(g.name for g in groups.rows(store, ChatGroup, campaign_id) if g.id == second)
    assert values_for(store, campaign_id)["group_name"] == name
    assert fill("还剩 {remaining} 个名额，进 {group_name}：{live_code}", values_for(store, campaign_id)) == \
        f"还剩 380 个名额，进 {name}：https://hm.example.cn/618"


def test_no_open_group_and_sold_out(store, campaign_id):
    for group in groups.rows(store, ChatGroup, campaign_id):
        groups.edit(store, ChatGroup, group.id, state="closed")
    groups.set_sold(store, campaign_id, 500)
    assert group_values(store, campaign_id) == {"remaining": "0"}
    values = values_for(store, campaign_id)
    assert (values["group_name"], values["live_code"], values["remaining"]) == ("", "", "0")


def test_hand_set_values_win_and_clearing_goes_back(store, campaign_id):
    groups.set_live_code(store, campaign_id, "https://hm.example.cn/618")
    copies.set_variables(store, campaign_id, {"live_code": "https://w.cn/mine", "remaining": "仅剩少量"})
    values = values_for(store, campaign_id)
    assert (values["live_code"], values["remaining"]) == ("https://w.cn/mine", "仅剩少量")
    copies.set_variables(store, campaign_id, {"live_code": "", "remaining": ""})
    values = values_for(store, campaign_id)
    assert (values["live_code"], values["remaining"]) == ("https://hm.example.cn/618", "500")
