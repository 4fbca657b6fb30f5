"""Fission (裂变): plan models, invites, rewards and the leaderboard."""
