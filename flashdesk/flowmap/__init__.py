"""The flow map (流程图): the campaign's flow from channels to follow-up, with the review's funnel."""
