"""A loopback Discord (API v10 gateway and REST) for running the real bot in tests.

``server.LoopbackDiscord`` is the server; ``plugin`` has the ``loopback``/``bot_process`` fixtures
and ``BotProcess``; ``payloads`` builds complete Discord objects; ``minibot`` is a minimal
discord.py bot that proves the server independently of Briefbot (``test_loopback.py``).
"""
