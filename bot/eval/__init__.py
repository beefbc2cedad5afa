"""Evaluation commands: measure the digest against annotated corpora (never shipped with us).

python -m bot.eval quotes ../shared/corpora/polnear-dev
python -m bot.eval summaries ../shared/corpora/bbc-news-summary-sample
"""
