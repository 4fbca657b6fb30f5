"""The Qt user interface: the main window, one module or package per tab, dialogs, item
models and undo commands. Widgets show and edit; the capability packages compute."""
