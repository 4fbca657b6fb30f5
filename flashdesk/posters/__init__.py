"""Posters: formats, templates, the poster document, one QPainter render path for screen,
PNG, PDF and printer, and the checker for the ten poster pitfalls. QtGui only (no widgets):
everything here runs headless."""
