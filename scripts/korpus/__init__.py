"""Generated document corpora for the document-type classifier and its benchmark.

`training` (training.toml, layouts `absatz`/`liste`) trains the shipped classifier
(scripts/train_dokumenttyp.py); `heldout` (heldout.toml, other layouts, typos, scans,
photos) is only ever read by benchmarks/dokumente.py.
"""
