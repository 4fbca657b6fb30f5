"""Fission (裂变): plan models, promoters, their invites and rewards, the leaderboard and
personal posters."""
