"""The channels tab: the publicity matrix, the warm-up calendar and the problems list."""
