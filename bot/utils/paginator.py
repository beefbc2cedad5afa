"""A button paginator for multi-page answers.

Only the person who asked can turn the pages (others get an ephemeral refusal, so a busy channel
cannot hijack someone's answer). On timeout the buttons are disabled and the message is edited so
nobody presses a dead button. The view keeps the *original* interaction to edit the message later:
an interaction token stays valid for 15 minutes, longer than the timeout, and needs no extra
message fetch.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

import discord

from bot.utils.embeds import fit_embed, no_mentions

log = logging.getLogger(__name__)

REFUSAL = (
    "Only the person who asked can turn these pages — run the command yourself for your own copy."
)


def _default_timeout() -> float:
    """180 s, or ``BRIEFBOT_VIEW_TIMEOUT`` (seconds): end-to-end tests cannot wait three minutes."""
    try:
        return float(os.environ.get("BRIEFBOT_VIEW_TIMEOUT") or 180.0)
    except ValueError:
        return 180.0


DEFAULT_TIMEOUT = _default_timeout()


class Paginator(discord.ui.View):
    """Buttons first/previous/next/last/stop over a list of embeds, for one user."""

    def __init__(
        self,
        pages: Sequence[discord.Embed],
        *,
        owner_id: int,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        if not pages:
            raise ValueError("a paginator needs at least one page")
        super().__init__(timeout=timeout)
        self.pages = [fit_embed(p) for p in pages]
        self.owner_id = owner_id
        self.index = 0
        self.origin: discord.Interaction | None = None  # the interaction whose reply we are
        self._sync_buttons()

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first.disabled = self.previous.disabled = self.index == 0
        self.next.disabled = self.last.disabled = self.index == last

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            REFUSAL, ephemeral=True, allowed_mentions=no_mentions()
        )
        return False

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.current, view=self, allowed_mentions=no_mentions()
        )

    @discord.ui.button(label="«", style=discord.ButtonStyle.secondary)
    async def first(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="‹ Prev", style=discord.ButtonStyle.primary)
    async def previous(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next ›", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="»", style=discord.ButtonStyle.secondary)
    async def last(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show(interaction, len(self.pages) - 1)

    @discord.ui.button(label="Stop", style=discord.ButtonStyle.danger)
    async def stop_button(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        self.disable_all()
        await interaction.response.edit_message(view=self, allowed_mentions=no_mentions())
        self.stop()

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.origin is None:
            return
        try:
            await self.origin.edit_original_response(view=self, allowed_mentions=no_mentions())
        except discord.HTTPException as exc:  # message deleted, token expired: nothing to fix
            log.debug("could not disable paginator buttons: %s", exc)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        log.error("paginator button %r failed", item, exc_info=error)
        if not interaction.response.is_done():
            await interaction.response.send_message(
                "Sorry, that button failed.", ephemeral=True, allowed_mentions=no_mentions()
            )


async def send_pages(
    interaction: discord.Interaction,
    pages: Sequence[discord.Embed],
    *,
    ephemeral: bool = False,
    view_timeout: float | None = DEFAULT_TIMEOUT,
) -> Paginator | None:
    """Reply to ``interaction`` with ``pages``: one embed alone, or the first with a paginator.

    Works whether the interaction was deferred (edits the "thinking…" placeholder) or not.
    Returns the paginator when one was attached.
    """
    pages = [fit_embed(p) for p in pages]
    if not pages:
        raise ValueError("nothing to send")
    view = None
    if len(pages) > 1:
        view = Paginator(pages, owner_id=interaction.user.id, timeout=view_timeout)
        view.origin = interaction
    kwargs: dict = {"embed": pages[0], "allowed_mentions": no_mentions()}
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.edit_original_response(**kwargs)
    else:
        await interaction.response.send_message(**kwargs, ephemeral=ephemeral)
    interaction.extras["answered"] = True
    return view
