"""The 裂变 tab."""
