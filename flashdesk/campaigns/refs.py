"""A campaign named on the command line: the one live campaign with that exact name, else
a message saying why not. Shared by the service and the plain reader's path, which must
not import the ORM (campaigns/commands.py)."""

from __future__ import annotations

from flashdesk.errors import UserError
from flashdesk.i18n import translate


def pick_named(ref: str, matches: list, error: type[UserError] = UserError):
    """The only campaign in `matches` (the live campaigns named `ref`), else `error`."""
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        ids = ", ".join(str(c.id) for c in matches)
        raise error(translate("CampaignService", "{count} campaigns are named {name!r} "
                              "(ids {ids}); give the id instead.")
                    .format(count=len(matches), name=ref, ids=ids))
    raise error(translate("CampaignService", "No campaign with id or name {ref!r}; "
                          "`flashdesk campaigns` lists them.").format(ref=ref))
