"""The campaigns' words for the window; their dialogs and the Overview tab live in flashdesk/gui/."""
