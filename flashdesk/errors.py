"""The one base for errors the operator should read: the message says what is wrong and
how to fix it. The CLI prints it as one line; the GUI shows it in a message box. Anything
else is a bug: logged with its traceback, shown as a short apology."""


class UserError(Exception):
    pass
