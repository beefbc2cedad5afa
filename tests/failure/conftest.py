from tests.loopback.plugin import bot_process, loopback  # noqa: F401
