"""Generator of the demo municipality Musterstadt (see scripts/make_musterstadt.py).

`modell` holds the constants and design types; `flurstuecke`, `plaene` and `objekte` the
town's facts (parcels, B-Plans, the other register layers), assembled by `stadt`;
`bauplatz` and `befunde` compute the safe building window and the expected findings;
`geo`, `register`, `xplan`, `tabellen`, `szenarien`, `doku` and `karte` write the output;
`pruefung` checks the design's own promises.
"""
