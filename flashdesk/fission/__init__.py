"""Fission (裂变): promoters, their invites and rewards, and their personal posters."""
