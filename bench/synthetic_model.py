"""A synthetic Argos package with the shape of the published French->English model, for timing.

Transformer-base as the published fr->en Argos package has it: 6 encoder
and 6 decoder layers, d_model 512, 8 heads, feed-forward 2048, pre-norm, a
32,000-piece SentencePiece vocabulary (trained here on OrangeSum French,
``hard_vocab_limit`` off in case the text holds fewer pieces), int8 weights.
The weights are random (written directly with CTranslate2's spec API, no
training), so the English is noise; only the cost is real.

Output length is capped by the model itself, so that bare argostranslate
(which passes no ``max_decoding_length``) and factcheck decode the same
number of steps: the decoder layers' output projections are near zero, the
decoder embeddings are zero on one slow sinusoid dimension of CTranslate2's
position encodings, and the end-of-sentence logit reads that dimension, so
every hypothesis ends after the same number of tokens (43 to 45 here, a
long news sentence), whatever the beam.

The package is built into a cache folder (``$XDG_CACHE_HOME/factcheck-bench``,
never committed) and reused while its parameters do not change.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TINY_MODEL = ROOT / "fixtures" / "models" / "translate-fr_en-tiny.argosmodel"

LAYERS = 6
D_MODEL = 512
HEADS = 8
FFN = 2048
VOCAB = 32000
OUTPUT_TOKENS = 36  # sets the EOS threshold; measured outputs: 43 to 45 tokens, beam 1 or 4
SEED = 512
PACKAGE_NAME = "translate-fr_en-synthetic"
EOS_DIMENSION = 110  # a sine of CTranslate2's position encodings, rising over positions 0..80
EOS_SHARPNESS = 400.0
LAYER_NORM_SCALE = 1.7


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = hashlib.sha256(
        json.dumps(
            [LAYERS, D_MODEL, HEADS, FFN, VOCAB, OUTPUT_TOKENS, SEED, LAYER_NORM_SCALE]
        ).encode()
    ).hexdigest()[:12]
    return Path(base) / "factcheck-bench" / f"{PACKAGE_NAME}-{key}"


def build(text_lines: list[str], log=print) -> Path:  # type: ignore[no-untyped-def]
    """The package folder (built once, then taken from the cache)."""
    folder = cache_folder() / PACKAGE_NAME
    if (folder / "model" / "model.bin").is_file():
        return folder
    cache_folder().parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="synthetic-argos-", dir=cache_folder().parent))
    try:
        package = scratch / PACKAGE_NAME
        package.mkdir(parents=True)
        log(f"training a {VOCAB}-piece SentencePiece model on {len(text_lines)} lines")
        pieces = train_sentencepiece(text_lines, package / "sentencepiece.model")
        log(f"writing a {LAYERS}+{LAYERS}-layer d_model {D_MODEL} model ({len(pieces)} pieces)")
        write_model(pieces, package / "model")
        with zipfile.ZipFile(TINY_MODEL) as archive:  # the rule-based sentence splitter
            (package / "minisbd").mkdir()
            (package / "minisbd" / "fr.onnx").write_bytes(
                archive.read("translate-fr_en-tiny/minisbd/fr.onnx")
            )
        metadata = {
            "package_version": "0.0-synthetic",
            "argos_version": "1.11.0",
            "from_code": "fr",
            "from_name": "French",
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "links": [],
        }
        (package / "metadata.json").write_text(json.dumps(metadata, indent=2), "utf-8")
        cache_folder().mkdir(parents=True, exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        package.rename(folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return folder


def train_sentencepiece(lines: list[str], output: Path) -> list[str]:
    import io

    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="bpe",
        vocab_size=VOCAB,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=2,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=3,
        pad_piece="<pad>",
        minloglevel=2,
    )
    output.write_bytes(model.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=model.getvalue())
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def write_model(vocabulary: list[str], output: Path) -> None:
    import numpy as np
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(SEED)
    size = len(vocabulary)

    def normal(*shape: int, std: float) -> np.ndarray:
        return rng.standard_normal(shape, dtype=np.float32) * np.float32(std)

    def linear(spec, rows: int, columns: int, std: float = 0.02) -> None:  # type: ignore[no-untyped-def]
        spec.weight = normal(rows, columns, std=std)
        spec.bias = np.zeros(rows, np.float32)

    def norm(spec) -> None:  # type: ignore[no-untyped-def]
        spec.gamma = np.ones(D_MODEL, np.float32)
        spec.beta = np.zeros(D_MODEL, np.float32)

    def ffn(spec, out_std: float) -> None:  # type: ignore[no-untyped-def]
        norm(spec.layer_norm)
        linear(spec.linear_0, FFN, D_MODEL)
        linear(spec.linear_1, D_MODEL, FFN, out_std)

    spec = transformer_spec.TransformerSpec.from_config((LAYERS, LAYERS), HEADS, pre_norm=True)
    spec.encoder.embeddings[0].weight = normal(size, D_MODEL, std=D_MODEL**-0.5)
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn, 0.02)
    # Decoder: the layers compute at full cost but add almost nothing, so the
    # residual stream at the top is the token embedding plus the position
    # encoding; the EOS logit reads one slow sine of the position.
    tiny = 1e-4
    embeddings = normal(size, D_MODEL, std=D_MODEL**-0.5)
    embeddings[:, EOS_DIMENSION] = 0.0
    spec.decoder.embeddings.weight = embeddings
    norm(spec.decoder.layer_norm)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL, tiny)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        linear(layer.attention.linear[2], D_MODEL, D_MODEL, tiny)
        ffn(layer.ffn, tiny)
    projection = normal(size, D_MODEL, std=0.05)
    bias = np.zeros(size, np.float32)
    eos = 2
    projection[eos] = 0.0
    projection[eos, EOS_DIMENSION] = EOS_SHARPNESS
    bias[eos] = -EOS_SHARPNESS * eos_threshold()
    spec.decoder.projection.weight = projection
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")
    output.mkdir(parents=True, exist_ok=True)
    spec.save(str(output))


def eos_threshold() -> float:
    """The layer-normalised value of the EOS dimension at step OUTPUT_TOKENS.

    CTranslate2's sinusoidal encodings: the first half of the dimensions are
    sines of position x timescale, timescale_i = 10000 ** (-i / (half - 1)).
    Layer norm divides the residual by its standard deviation over the
    dimensions, LAYER_NORM_SCALE (measured: with it, hypotheses end after
    OUTPUT_TOKENS tokens with beam 1 and 4).
    """
    half = D_MODEL // 2
    timescale = math.exp(-EOS_DIMENSION * math.log(10000.0) / (half - 1))
    return math.sin(OUTPUT_TOKENS * timescale) / LAYER_NORM_SCALE
