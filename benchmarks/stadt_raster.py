"""The street grid of the synthetic city, in metres (EPSG:25832).

Blocks of 2 × 10 parcels (each about 20 m × 35 m) between 12 m streets; the blocks fill
a roughly square city from the south-west corner, row by row. Everything the generator
writes is placed relative to this grid, so every layer agrees with every other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

PARCEL_DEPTH = 35.0
COLS = 10  # parcels per block row
ROWS = 2
BLOCK_W = 200.0
BLOCK_H = ROWS * PARCEL_DEPTH
STREET = 12.0
PER_BLOCK = COLS * ROWS
JITTER = 4.0  # m: parcel boundaries wander so that parcels are not all alike

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Raster:
    n: int  # parcels
    nbx: int  # blocks per block row (west → east)
    nby: int  # block rows (south → north)
    x0: float = 395_000.0  # south-west corner: UTM 32, near 51.5° N 7.5° E (NW)
    y0: float = 5_710_000.0

    @classmethod
    def fuer(cls, n_parcels: int) -> Raster:
        if n_parcels < PER_BLOCK:
            raise ValueError(f"a city needs at least {PER_BLOCK} parcels (one block)")
        blocks = math.ceil(n_parcels / PER_BLOCK)
        # As many block columns as make the city about as tall as it is wide.
        nbx = max(1, round(math.sqrt(blocks * (BLOCK_H + STREET) / (BLOCK_W + STREET))))
        return cls(n=n_parcels, nbx=nbx, nby=math.ceil(blocks / nbx))

    @property
    def blocks(self) -> int:
        return math.ceil(self.n / PER_BLOCK)

    @property
    def full_blocks(self) -> int:
        return self.n // PER_BLOCK

    def block_xy(self, b: int) -> tuple[float, float]:
        """South-west corner of block `b`."""
        bi, bj = b % self.nbx, b // self.nbx
        return (
            self.x0 + STREET + bi * (BLOCK_W + STREET),
            self.y0 + STREET + bj * (BLOCK_H + STREET),
        )

    def block_rect(self, b: int) -> Rect:
        x, y = self.block_xy(b)
        return (x, y, x + BLOCK_W, y + BLOCK_H)

    @property
    def extent(self) -> Rect:
        """The whole grid including its outer streets."""
        return (
            self.x0,
            self.y0,
            self.x0 + STREET + self.nbx * (BLOCK_W + STREET),
            self.y0 + STREET + self.nby * (BLOCK_H + STREET),
        )

    def street_y(self, j: int) -> float:
        """Southern edge of the j-th east-west street (j = 0 … nby)."""
        return self.y0 + j * (BLOCK_H + STREET)

    def street_x(self, i: int) -> float:
        """Western edge of the i-th north-south street (i = 0 … nbx)."""
        return self.x0 + i * (BLOCK_W + STREET)

    def parcels(self, rng: np.random.Generator) -> NDArray[np.float64]:
        """Parcel rectangles, shape (n, 4): min x, min y, max x, max y.

        Parcel p lies in block p // 20, row (p % 20) // 10 (0 = south), column p % 10."""
        p = np.arange(self.n)
        b, k = p // PER_BLOCK, p % PER_BLOCK
        row, col = k // COLS, k % COLS
        # Inner boundaries of each block row, jittered; outer ones stay on the street.
        inner = np.arange(1, COLS) * (BLOCK_W / COLS)
        bounds = np.empty((self.blocks, ROWS, COLS + 1))
        bounds[:, :, 0], bounds[:, :, -1] = 0.0, BLOCK_W
        bounds[:, :, 1:-1] = inner + rng.uniform(-JITTER, JITTER, (self.blocks, ROWS, COLS - 1))
        bx = self.x0 + STREET + (b % self.nbx) * (BLOCK_W + STREET)
        by = self.y0 + STREET + (b // self.nbx) * (BLOCK_H + STREET)
        out = np.empty((self.n, 4))
        out[:, 0] = bx + bounds[b, row, col]
        out[:, 2] = bx + bounds[b, row, col + 1]
        out[:, 1] = by + row * PARCEL_DEPTH
        out[:, 3] = out[:, 1] + PARCEL_DEPTH
        return out


def kennzeichen(p: NDArray[np.int64], land: str = "05") -> list[str]:
    """ALKIS Flurstückskennzeichen (20 chars: Land, Gemarkung, Flur, Zähler, ____, __).

    50 blocks (1,000 parcels) make a Flur; 999 Fluren a Gemarkung, counting down from
    9999 so that the first one matches the spec's example "05999900100042______"."""
    flur_idx = p // (50 * PER_BLOCK)
    gemarkung = 9999 - flur_idx // 999
    flur = flur_idx % 999 + 1
    zaehler = p % (50 * PER_BLOCK) + 1
    return [
        f"{land}{g:04d}{f:03d}{z:05d}______"
        for g, f, z in zip(gemarkung.tolist(), flur.tolist(), zaehler.tolist(), strict=True)
    ]
