"""Discord's documented size limits, in one place.

https://discord.com/developers/docs/resources/message#embed-object-embed-limits
"""

from __future__ import annotations

CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000
EMBEDS_PER_MESSAGE = 10

CHOICES = 25  # autocomplete choices per response
CHOICE_NAME = 100
CHOICE_VALUE = 100  # for string choices
