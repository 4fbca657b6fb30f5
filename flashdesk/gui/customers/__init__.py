"""The 客户 tab."""
