"""Variables: filled from the campaign and the operator's values; unknown ones are errors
that say where they stand."""

import pytest

from flashdesk.copies import service
from flashdesk.copies.service import CopyError
from flashdesk.copies.variables import VariableError, fill, unknown_variables
from flashdesk.groups.copy_values import values_for


def test_sample_campaign_values(store, campaign_id):
    values = values_for(store, campaign_id)
    assert values["product"] == "爽肤水 230ml 限定装"  # the gift is not typed into the name
    assert (values["list_price"], values["deal_price"], values["quota"]) == ("340", "340", "500")
    # same price, and a 380ml bottle on top: the saving is the gift's value
    assert (values["gift"], values["gift_value"], values["saving"]) == ("380ml 正装", "450", "450")
    assert (values["limit"], values["new_member_gift"]) == ("2", "旅行装小样 3 件")
    assert values["coupon"] == values["deposit"] == values["balance"] == ""
    assert values["launch"].endswith("6月18日 20:00") or "6月18日 20:00" in values["launch"]
    assert values["deadline"] == "6月21日"
    # from the Group SOP: the first open group, no live code yet, nothing sold
    assert values["group_name"].endswith("福利1群") and values["live_code"] == ""
    assert values["remaining"] == "500"


def test_fill_replaces_every_known_variable(store, campaign_id):
    values = values_for(store, campaign_id)
    text = fill("{product}：原价{list_price}元，限{quota}份，{launch}开抢", values)
    assert text == f"{values['product']}：原价340元，限500份，{values['launch']}开抢"


def test_operator_values_override_and_clear(store, campaign_id):
    service.set_variables(store, campaign_id, {"group_name": " 618 福利群 ", "live_code": "https://w.cn/x"})
    values = values_for(store, campaign_id)
    assert (values["group_name"], values["live_code"]) == ("618 福利群", "https://w.cn/x")
    service.set_variables(store, campaign_id, {"group_name": ""})
    assert values_for(store, campaign_id)["group_name"].endswith("福利1群")  # back to the group's
    with pytest.raises(CopyError, match="product"):
        service.set_variables(store, campaign_id, {"product": "别的"})
    assert values_for(store, campaign_id)["live_code"] == "https://w.cn/x"


def test_unknown_variable_is_an_error_with_its_place():
    body = "第一行{product}\n到手{dealprice}元"
    with pytest.raises(VariableError) as caught:
        fill(body, {"product": "面霜"})
    problem = caught.value.problem
    assert (problem.name, problem.line, problem.column) == ("dealprice", 2, 3)
    assert body[problem.start:problem.end] == "{dealprice}"
    assert "line 2, column 3" in str(caught.value)
    assert fill(body, {"product": "面霜"}, strict=False) == "第一行面霜\n到手{dealprice}元"
    assert unknown_variables("{product}{quota}") == []
