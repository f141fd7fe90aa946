"""Build the tiny French->English Argos Translate package used by the tests.

The package knows only the sentences in ``fixtures/models/tiny_pairs.tsv``:
it is a real Argos Translate package (CTranslate2 model, SentencePiece
tokenizer, MiniSBD sentence splitter) small enough to commit, so the tests
exercise the real argostranslate code without any network access.

Run from the repository root::

    .venv/bin/python tools/build_tiny_model.py

It writes ``fixtures/models/translate-fr_en-tiny.argosmodel`` and then checks
that the package, installed by the real argostranslate into a scratch home
with socket connections made to fail, gives back exactly the English of
every pair, with ``ARGOS_BEAM_SIZE=1`` and with the default beam of 4.
``--check-only`` runs that check alone on the committed package;
``--metadata-only`` rewrites the package's metadata.json and README.md
(the trained files kept as they are) and runs the check.

Build-only dependencies (all installed with ``argostranslate``, except onnx):
torch, sentencepiece, ctranslate2, onnxruntime (via minisbd) and ``onnx``
(``pip install onnx``). The finished package needs none of torch or onnx.

What is inside the package, and why:

* ``sentencepiece.model``: a BPE model (about 1,000 pieces, identity
  normalisation so typographic apostrophes and quotes survive) trained on the
  French and English sides together; source and target share it.
* ``model/``: a 2+2-layer pre-norm Transformer (64 dimensions, 4 heads)
  trained here with torch to memorise the pairs, written into CTranslate2's
  ``TransformerSpec`` (its own sinusoidal position encodings, tied
  embeddings) and saved with int8 weights.
* ``minisbd/fr.onnx``: a rule-based sentence splitter as an ONNX graph with
  the inputs, outputs and metadata that minisbd expects. Without it
  argostranslate 1.11 downloads a MiniSBD model on the first translation.

Beam search: argostranslate decodes with a length penalty, and CTranslate2
then stops a beam search as soon as ``beam_size`` hypotheses have ended, even
if the best beam has not. A model that only memorises its targets lets the
side beams (one token skipped, say) end first, and the search returns one of
them. So half of every training batch has some decoder inputs replaced by a
wrong token (often the next one) while the targets stay right: the model
learns to stay aligned after a wrong token, side beams no longer end early,
and the default beam of 4 gives the exact pairs as greedy decoding does.

Everything is seeded and runs on one torch thread, so a rebuild gives the
same package on this kind of machine; the check at the end is what matters
on another one.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS_PATH = ROOT / "fixtures" / "models" / "tiny_pairs.tsv"
OUTPUT_PATH = ROOT / "fixtures" / "models" / "translate-fr_en-tiny.argosmodel"
PACKAGE_NAME = "translate-fr_en-tiny"

SEED = 20250818
VOCAB_SIZE = 1000
D_MODEL = 64
NUM_HEADS = 4
FFN_DIM = 256
NUM_LAYERS = 2
LAYER_NORM_EPS = 1e-6
TRAIN_STEPS = 1500
BATCH_SIZE = 8
NOISE_PROB = 0.1
PEAK_LR = 3e-3
WARMUP_STEPS = 100
TORCH_THREADS = 1  # one thread: same numbers on any core count, and no slowdown on a busy machine

# Decoding settings argostranslate 1.11 uses (translate.apply_packaged_translation).
ARGOS_LENGTH_PENALTY = 0.2
ARGOS_DEFAULT_BEAM = 4


# --------------------------------------------------------------------------
# Pairs and tokenizer
# --------------------------------------------------------------------------


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise SystemExit(f"{path}:{number}: expected 'french<TAB>english'")
        pairs.append((fields[0], fields[1]))
    sources = [fr for fr, _ in pairs]
    if len(set(sources)) != len(sources):
        raise SystemExit(f"{path}: a French sentence appears twice")
    for _, en in pairs:
        # argostranslate's SentencePiece decoder turns "_" into a space.
        if "_" in en:
            raise SystemExit(f"{path}: '_' cannot be produced by argostranslate: {en}")
    return pairs


def train_sentencepiece(pairs: list[tuple[str, str]]) -> bytes:
    import sentencepiece as spm

    lines = [fr for fr, _ in pairs] + [en for _, en in pairs]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="bpe",
        vocab_size=VOCAB_SIZE,
        hard_vocab_limit=False,
        character_coverage=1.0,
        normalization_rule_name="identity",
        split_digits=True,
        num_threads=1,
        shuffle_input_sentence=False,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=3,
        pad_piece="<pad>",
        minloglevel=2,
    )
    return model.getvalue()


# --------------------------------------------------------------------------
# The Transformer, laid out exactly as CTranslate2 computes it
# --------------------------------------------------------------------------


def sinusoidal_positions(length: int, depth: int):
    """CTranslate2's built-in position encodings (used when the spec has none)."""
    import torch

    half = depth // 2
    increment = math.log(10000.0) / (half - 1)
    timescales = torch.exp(torch.arange(half, dtype=torch.float32) * -increment)
    # Positions count from 1, sines then cosines (checked against ctranslate2).
    positions = torch.arange(1, length + 1, dtype=torch.float32).unsqueeze(1)
    scaled = positions * timescales.unsqueeze(0)
    return torch.cat([torch.sin(scaled), torch.cos(scaled)], dim=1)


def build_torch_model(vocab_size: int, pad_id: int):
    import torch
    from torch import nn

    class Attention(nn.Module):
        def __init__(self):
            super().__init__()
            self.query = nn.Linear(D_MODEL, D_MODEL)
            self.key = nn.Linear(D_MODEL, D_MODEL)
            self.value = nn.Linear(D_MODEL, D_MODEL)
            self.output = nn.Linear(D_MODEL, D_MODEL)

        def forward(self, x, memory, bias):
            batch, length, _ = x.shape
            head_dim = D_MODEL // NUM_HEADS

            def heads(t):
                return t.view(batch, -1, NUM_HEADS, head_dim).transpose(1, 2)

            q = heads(self.query(x)) / math.sqrt(head_dim)
            k = heads(self.key(memory))
            v = heads(self.value(memory))
            weights = torch.softmax(q @ k.transpose(-1, -2) + bias, dim=-1)
            out = (weights @ v).transpose(1, 2).reshape(batch, length, D_MODEL)
            return self.output(out)

    class FeedForward(nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.inner = nn.Linear(D_MODEL, FFN_DIM)
            self.outer = nn.Linear(FFN_DIM, D_MODEL)

        def forward(self, x):
            return x + self.outer(torch.relu(self.inner(self.norm(x))))

    class EncoderLayer(nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.attention = Attention()
            self.ffn = FeedForward()

        def forward(self, x, bias):
            h = self.norm(x)
            x = x + self.attention(h, h, bias)
            return self.ffn(x)

    class DecoderLayer(nn.Module):
        def __init__(self):
            super().__init__()
            self.self_norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.self_attention = Attention()
            self.cross_norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.cross_attention = Attention()
            self.ffn = FeedForward()

        def forward(self, x, memory, self_bias, cross_bias):
            h = self.self_norm(x)
            x = x + self.self_attention(h, h, self_bias)
            x = x + self.cross_attention(self.cross_norm(x), memory, cross_bias)
            return self.ffn(x)

    class TinyTransformer(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, D_MODEL)
            nn.init.normal_(self.embedding.weight, std=D_MODEL**-0.5)
            self.encoder = nn.ModuleList(EncoderLayer() for _ in range(NUM_LAYERS))
            self.encoder_norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.decoder = nn.ModuleList(DecoderLayer() for _ in range(NUM_LAYERS))
            self.decoder_norm = nn.LayerNorm(D_MODEL, eps=LAYER_NORM_EPS)
            self.output_bias = nn.Parameter(torch.zeros(vocab_size))
            self.register_buffer("positions", sinusoidal_positions(512, D_MODEL), persistent=False)

        def embed(self, ids):
            x = self.embedding(ids) * math.sqrt(D_MODEL)
            return x + self.positions[: ids.shape[1]]

        def forward(self, src, tgt_in, keep=None):
            """Logits for every target position, or only where ``keep``."""
            neg = torch.finfo(torch.float32).min
            src_pad = (src == pad_id)[:, None, None, :]
            src_bias = torch.zeros(src_pad.shape).masked_fill(src_pad, neg)
            x = self.embed(src)
            for layer in self.encoder:
                x = layer(x, src_bias)
            memory = self.encoder_norm(x)

            length = tgt_in.shape[1]
            causal = torch.triu(torch.ones(length, length, dtype=torch.bool), 1)
            self_bias = torch.zeros(length, length).masked_fill(causal, neg)
            y = self.embed(tgt_in)
            for layer in self.decoder:
                y = layer(y, memory, self_bias, src_bias)
            y = self.decoder_norm(y)
            if keep is not None:
                y = y[keep]
            return y @ self.embedding.weight.T + self.output_bias

    return TinyTransformer()


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------


def encode_pairs(sp_model: bytes, pairs):
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    data = []
    for fr, en in pairs:
        src = sp.encode(fr, out_type=int)
        tgt = sp.encode(en, out_type=int)
        data.append((src, tgt))
    return sp, data


def pad_batch(seqs, pad_id):
    import torch

    length = max(len(s) for s in seqs)
    return torch.tensor([s + [pad_id] * (length - len(s)) for s in seqs])


def make_batches(data, bos, eos, pad):
    """Length-sorted mini-batches, so little compute goes to padding."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]) + len(data[i][1]), i))
    batches = []
    for start in range(0, len(order), BATCH_SIZE):
        chunk = [data[i] for i in order[start : start + BATCH_SIZE]]
        batches.append(
            (
                pad_batch([s for s, _ in chunk], pad),
                pad_batch([[bos, *t] for _, t in chunk], pad),
                pad_batch([[*t, eos] for _, t in chunk], pad),
            )
        )
    return batches


def corrupt_decoder_inputs(tgt_in, tgt_out, pad, eos, vocab_size, generator):
    """Replace some decoder inputs (never the start token) by a wrong token.

    Half the replacements are the token that comes next (a skipped token),
    the others a random piece. Padding and the position of EOS stay as they
    are.
    """
    import torch

    noisy = tgt_in.clone()
    real = (tgt_in != pad) & (tgt_out != pad)
    real[:, 0] = False
    chosen = (torch.rand(tgt_in.shape, generator=generator) < NOISE_PROB) & real
    skip = torch.rand(tgt_in.shape, generator=generator) < 0.5
    random_ids = torch.randint(4, vocab_size, tgt_in.shape, generator=generator)
    # tgt_out[t] is the token after tgt_in[t]; use it unless it is EOS.
    skipped = torch.where(tgt_out == eos, random_ids, tgt_out)
    replacement = torch.where(skip, skipped, random_ids)
    noisy[chosen] = replacement[chosen]
    return noisy


def train_model(sp, data, steps: int, log=print):
    import torch

    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.set_num_threads(TORCH_THREADS)
    torch.use_deterministic_algorithms(True)
    bos, eos, pad = sp.bos_id(), sp.eos_id(), sp.pad_id()
    model = build_torch_model(sp.get_piece_size(), pad)
    batches = make_batches(data, bos, eos, pad)
    rng = random.Random(SEED)
    generator = torch.Generator().manual_seed(SEED)

    optimizer = torch.optim.Adam(model.parameters(), lr=PEAK_LR, betas=(0.9, 0.98))

    def schedule(step):
        if step < WARMUP_STEPS:
            return (step + 1) / WARMUP_STEPS
        progress = (step - WARMUP_STEPS) / max(1, steps - WARMUP_STEPS)
        return 0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * progress))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    model.train()
    order: list[int] = []
    running = 0.0
    for step in range(steps):
        if not order:
            order = list(range(len(batches)))
            rng.shuffle(order)
        src, tgt_in, tgt_out = batches[order.pop()]
        if NOISE_PROB > 0:
            # A clean copy and a copy whose decoder inputs are partly wrong but
            # whose targets are not: see the module docstring (beam search).
            noisy = corrupt_decoder_inputs(
                tgt_in, tgt_out, pad, eos, sp.get_piece_size(), generator
            )
            src = torch.cat([src, src])
            tgt_in = torch.cat([tgt_in, noisy])
            tgt_out = torch.cat([tgt_out, tgt_out])
        keep = tgt_out != pad
        logits = model(src, tgt_in, keep)
        loss = torch.nn.functional.cross_entropy(logits, tgt_out[keep])
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        running += loss.item()
        if (step + 1) % 250 == 0 or step == steps - 1:
            log(f"  step {step + 1:5d}  mean loss {running / 250:.6f}")
            running = 0.0
    model.eval()
    return model


# --------------------------------------------------------------------------
# CTranslate2 model
# --------------------------------------------------------------------------


def to_ctranslate2(model, vocabulary: list[str], output_dir: Path, quantization):
    import numpy as np
    from ctranslate2.specs import transformer_spec

    def arr(t):
        return np.ascontiguousarray(t.detach().cpu().numpy().astype(np.float32))

    def linear(spec, *layers):
        spec.weight = np.concatenate([arr(layer.weight) for layer in layers], axis=0)
        spec.bias = np.concatenate([arr(layer.bias) for layer in layers], axis=0)

    def norm(spec, layer):
        spec.gamma = arr(layer.weight)
        spec.beta = arr(layer.bias)

    def ffn(spec, module):
        norm(spec.layer_norm, module.norm)
        linear(spec.linear_0, module.inner)
        linear(spec.linear_1, module.outer)

    spec = transformer_spec.TransformerSpec.from_config(
        (NUM_LAYERS, NUM_LAYERS), NUM_HEADS, pre_norm=True
    )
    spec.config.layer_norm_epsilon = LAYER_NORM_EPS
    embedding = arr(model.embedding.weight)
    spec.encoder.embeddings[0].weight = embedding
    spec.decoder.embeddings.weight = embedding.copy()
    norm(spec.encoder.layer_norm, model.encoder_norm)
    for layer_spec, layer in zip(spec.encoder.layer, model.encoder, strict=True):
        attention = layer_spec.self_attention
        norm(attention.layer_norm, layer.norm)
        a = layer.attention
        linear(attention.linear[0], a.query, a.key, a.value)
        linear(attention.linear[1], a.output)
        ffn(layer_spec.ffn, layer.ffn)
    norm(spec.decoder.layer_norm, model.decoder_norm)
    for layer_spec, layer in zip(spec.decoder.layer, model.decoder, strict=True):
        norm(layer_spec.self_attention.layer_norm, layer.self_norm)
        a = layer.self_attention
        linear(layer_spec.self_attention.linear[0], a.query, a.key, a.value)
        linear(layer_spec.self_attention.linear[1], a.output)
        norm(layer_spec.attention.layer_norm, layer.cross_norm)
        c = layer.cross_attention
        linear(layer_spec.attention.linear[0], c.query)
        linear(layer_spec.attention.linear[1], c.key, c.value)
        linear(layer_spec.attention.linear[2], c.output)
        ffn(layer_spec.ffn, layer.ffn)
    spec.decoder.projection.weight = embedding.copy()
    spec.decoder.projection.bias = arr(model.output_bias)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=quantization)
    output_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(output_dir))


# --------------------------------------------------------------------------
# Sentence splitter for minisbd
# --------------------------------------------------------------------------

SPLITTER_TERMINATORS = [".", "!", "?", "…"]
SPLITTER_CLOSERS = ["’", "”", "»", '"', "'", ")"]


def build_sentence_splitter() -> bytes:
    """A rule-based MiniSBD model: an ONNX graph, no learned weights.

    minisbd (argostranslate 1.11) feeds one paragraph as character ids
    (``units``, int64 [batch, chars]) and per-character features
    (``features``, float [batch, chars, 2]: is-space, is-uppercase, from the
    ``space_before`` and ``capitalized`` feature functions named in the
    config) and takes the argmax over the last axis of the first output
    [batch, chars, 5]: 0 inside a token, 1 token end, 2 sentence end.

    Rules: a character followed by a space or the end of the text ends a
    token; ``. ! ? …`` so followed ends a sentence, unless it closes a lone
    capital initial ("J. Smith"); a closing quote or bracket right after such
    a terminator ends the sentence instead. minisbd itself always ends the
    last sentence at the end of the paragraph.
    """
    import onnx
    from onnx import TensorProto, helper

    vocabulary = ["<PAD>", "<UNK>", *SPLITTER_TERMINATORS, *SPLITTER_CLOSERS]
    unit2id = {u: i for i, u in enumerate(vocabulary)}
    terminator_ids = [unit2id[t] for t in SPLITTER_TERMINATORS]
    closer_ids = [unit2id[c] for c in SPLITTER_CLOSERS]

    nodes = []
    inits = []

    def const(name, values, dtype=TensorProto.INT64, dims=None):
        dims = [len(values)] if dims is None else dims
        inits.append(helper.make_tensor(name, dtype, dims, values))
        return name

    def node(op, inputs, output, **attrs):
        nodes.append(helper.make_node(op, inputs, [output], **attrs))
        return output

    zero_i = const("zero_i", [0], dims=[])
    const("axes1", [1])
    const("axes2", [2])
    const("start0", [0])
    const("start1", [1])
    const("end_minus1", [-1])
    const("end_big", [2**62])
    const("ch0", [0])
    const("ch1", [1])
    const("ch2", [2])

    def is_one_of(ids, prefix):
        acc = None
        for i, value in enumerate(ids):
            c = const(f"{prefix}_id{i}", [value], dims=[])
            eq = node("Equal", ["units", c], f"{prefix}_eq{i}")
            acc = eq if acc is None else node("Or", [acc, eq], f"{prefix}_or{i}")
        return acc

    def feature(channel, name):
        sliced = node(
            "Slice", ["features", channel, f"ch{int(channel[-1]) + 1}", "axes2"], name + "_s"
        )
        squeezed = node("Squeeze", [sliced, "axes2"], name + "_f")
        return node(
            "Greater", [squeezed, const(name + "_half", [0.5], TensorProto.FLOAT, [])], name
        )

    def shift_left(flag, name, fill):
        """flag[t + 1], with ``fill`` past the end."""
        tail = node("Slice", [flag, "start1", "end_big", "axes1"], name + "_tail")
        edge = node("Slice", [flag, "start0", "start1", "axes1"], name + "_edge")
        filled = node(
            "Or" if fill else "And", [edge, node("Not", [edge], name + "_n")], name + "_fill"
        )
        return node("Concat", [tail, filled], name, axis=1)

    def shift_right(flag, name, fill):
        """flag[t - 1], with ``fill`` before the start."""
        head = node("Slice", [flag, "start0", "end_minus1", "axes1"], name + "_head")
        edge = node("Slice", [flag, "start0", "start1", "axes1"], name + "_edge")
        filled = node(
            "Or" if fill else "And", [edge, node("Not", [edge], name + "_n")], name + "_fill"
        )
        return node("Concat", [filled, head], name, axis=1)

    is_term = is_one_of(terminator_ids, "term")
    is_closer = is_one_of(closer_ids, "close")
    is_pad = node("Equal", ["units", zero_i], "is_pad")
    is_space = feature("ch0", "is_space")
    is_upper = feature("ch1", "is_upper")

    next_space = shift_left(is_space, "next_space", fill=True)
    next_pad = shift_left(is_pad, "next_pad", fill=True)
    boundary_after = node("Or", [next_space, next_pad], "boundary_after")
    prev_upper = shift_right(is_upper, "prev_upper", fill=False)
    prev_space = shift_right(is_space, "prev_space", fill=True)
    prev2_space = shift_right(prev_space, "prev2_space", fill=True)
    initial = node("And", [prev_upper, prev2_space], "initial")
    real_term = node("And", [is_term, node("Not", [initial], "not_initial")], "real_term")
    prev_term = shift_right(real_term, "prev_term", fill=False)
    closes = node("And", [is_closer, prev_term], "closes")
    ends_sentence = node(
        "And", [node("Or", [real_term, closes], "term_or_close"), boundary_after], "ends_sentence"
    )
    not_space = node("Not", [is_space], "not_space")
    ends_token = node("And", [boundary_after, not_space], "ends_token")
    node(
        "Add",
        [
            node("Cast", [ends_token], "ends_token_i", to=TensorProto.INT64),
            node("Cast", [ends_sentence], "ends_sentence_i", to=TensorProto.INT64),
        ],
        "label",
    )
    node(
        "OneHot",
        [
            "label",
            const("depth", [5], dims=[]),
            const("onehot_values", [0.0, 1.0], TensorProto.FLOAT),
        ],
        "logits",
        axis=-1,
    )

    graph = helper.make_graph(
        nodes,
        "rule_based_sentence_splitter",
        [
            helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", 2]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])],
        inits,
    )
    model = helper.make_model(
        graph,
        producer_name="factcheck tools/build_tiny_model.py",
        opset_imports=[helper.make_opsetid("", 17)],
    )
    model.ir_version = 8
    config = {
        "feat_funcs": ["space_before", "capitalized"],
        "max_seqlen": 100000,
        "batch_size": 1,
        "skip_newline": False,
        "no_ssplit": False,
        "use_dictionary": False,
        "num_dict_feat": 0,
    }
    vocab = {
        "lang": "fr",
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": unit2id,
        "_id2unit": vocabulary,
    }
    onnx.helper.set_model_props(
        model,
        {
            "lang_code": "fr",
            "config": json.dumps(config),
            "vocab": json.dumps(vocab, ensure_ascii=False),
            "lexicon": "null",
        },
    )
    onnx.checker.check_model(model)
    return model.SerializeToString()


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def translate_like_argos(model_dir: Path, sp, sources: list[str], beam_size: int) -> list[str]:
    """Decode as argostranslate 1.11 does for one sentence per input."""
    import ctranslate2

    translator = ctranslate2.Translator(str(model_dir), device="cpu", compute_type="auto")
    results = translator.translate_batch(
        [sp.encode(s, out_type=str) for s in sources],
        replace_unknowns=True,
        max_batch_size=32,
        batch_type="tokens",
        beam_size=beam_size,
        num_hypotheses=1,
        length_penalty=ARGOS_LENGTH_PENALTY,
        return_scores=True,
    )
    outputs = []
    for result in results:
        text = sp.decode_pieces(result.hypotheses[0]).replace("▁", " ").replace("_", " ")
        outputs.append(text[1:] if text.startswith(" ") else text)
    return outputs


def mismatches(model_dir: Path, sp, pairs, beam_size: int) -> list[tuple[str, str, str]]:
    got = translate_like_argos(model_dir, sp, [fr for fr, _ in pairs], beam_size)
    return [(fr, en, out) for (fr, en), out in zip(pairs, got, strict=True) if out != en]


def weakest_token_probability(model_dir: Path, sp, pairs) -> float:
    """Lowest probability the saved model gives a reference token (teacher forced)."""
    import ctranslate2

    translator = ctranslate2.Translator(str(model_dir), device="cpu", compute_type="auto")
    results = translator.score_batch(
        [sp.encode(fr, out_type=str) for fr, _ in pairs],
        [sp.encode(en, out_type=str) for _, en in pairs],
    )
    return math.exp(min(min(r.log_probs) for r in results))


ARGOS_CHECK = r"""
import json, socket, sys

def _no_network(*args, **kwargs):
    raise RuntimeError("the tiny Argos package tried to use the network")

socket.socket.connect = _no_network
socket.create_connection = _no_network

import argostranslate.package
import argostranslate.translate

request = json.load(sys.stdin)
argostranslate.package.install_from_path(request["package"])
languages = {lang.code: lang for lang in argostranslate.translate.get_installed_languages()}
fr_en = languages["fr"].get_translation(languages["en"])
outputs = [argostranslate.translate.translate(text, "fr", "en") for text in request["inputs"]]
json.dump({"languages": sorted(languages), "fr_en": fr_en is not None, "outputs": outputs}, sys.stdout)
"""


def check_with_argostranslate(package: Path, inputs: list[str], beam_size: int) -> dict:
    """Install and run the package with the real argostranslate, in a scratch home."""
    with tempfile.TemporaryDirectory(prefix="argos-check-") as scratch:
        env = dict(os.environ)
        for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(scratch) / name.lower())
        env["ARGOS_PACKAGES_DIR"] = str(Path(scratch) / "packages")
        env["ARGOS_BEAM_SIZE"] = str(beam_size)
        for name in ("ARGOS_CHUNK_TYPE", "ARGOS_DEVICE_TYPE", "ARGOS_MODEL_PROVIDER"):
            env.pop(name, None)
        done = subprocess.run(
            [sys.executable, "-c", ARGOS_CHECK],
            input=json.dumps({"package": str(package), "inputs": inputs}),
            capture_output=True,
            text=True,
            env=env,
            cwd=scratch,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"argostranslate check failed:\n{done.stderr}")
        return json.loads(done.stdout)


# --------------------------------------------------------------------------
# Package
# --------------------------------------------------------------------------

PACKAGE_README = """# Tiny French -> English test model (factcheck fixture)

A TEST FIXTURE, NOT A TRANSLATION MODEL. Knows only the sentences listed in
the factcheck repository's fixtures/models/tiny_pairs.tsv and gives nothing
useful for any other text.
Built by tools/build_tiny_model.py; it exists so tests can run the real
Argos Translate code offline. Sentence splitting is a rule-based ONNX graph in
minisbd/, so no model is downloaded.
"""


def package_metadata(known_sentences: int) -> dict:
    """Argos's fields, and factcheck's own saying that this is a test fixture."""
    return {
        "package_version": "1.0",
        "argos_version": "1.11.0",
        "from_code": "fr",
        "from_name": "French",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "links": [],
        "factcheck": {"test_fixture": True, "known_sentences": known_sentences},
    }


def write_zip(package_dir: Path, output: Path) -> None:
    """A zip with fixed dates, modes and order, so equal inputs give equal bytes."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    stamp = (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(tmp, "w") as archive:
        folder = zipfile.ZipInfo(PACKAGE_NAME + "/", date_time=stamp)
        folder.external_attr = (0o40755 << 16) | 0x10
        archive.writestr(folder, b"")
        for path in sorted(package_dir.rglob("*")):
            name = f"{PACKAGE_NAME}/{path.relative_to(package_dir).as_posix()}"
            if path.is_dir():
                info = zipfile.ZipInfo(name + "/", date_time=stamp)
                info.external_attr = (0o40755 << 16) | 0x10
                archive.writestr(info, b"")
            else:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(output)


def build(pairs_path: Path, output: Path, steps: int, log=print) -> None:
    started = time.monotonic()
    pairs = read_pairs(pairs_path)
    log(f"{len(pairs)} pairs from {pairs_path}")
    sp_model = train_sentencepiece(pairs)
    sp, data = encode_pairs(sp_model, pairs)
    vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    log(f"SentencePiece: {len(vocabulary)} pieces")

    log(f"training {steps} steps (torch {TORCH_THREADS} threads)")
    train_started = time.monotonic()
    model = train_model(sp, data, steps, log=log)
    train_seconds = time.monotonic() - train_started
    log(f"trained in {train_seconds:.0f} s")

    with tempfile.TemporaryDirectory(prefix="tiny-argos-") as scratch:
        package_dir = Path(scratch) / PACKAGE_NAME
        package_dir.mkdir()
        to_ctranslate2(model, vocabulary, package_dir / "model", "int8")
        (package_dir / "sentencepiece.model").write_bytes(sp_model)
        (package_dir / "minisbd").mkdir()
        (package_dir / "minisbd" / "fr.onnx").write_bytes(build_sentence_splitter())
        (package_dir / "metadata.json").write_text(
            json.dumps(package_metadata(len(pairs)), indent=2) + "\n", encoding="utf-8"
        )
        (package_dir / "README.md").write_text(PACKAGE_README, encoding="utf-8")

        weakest = weakest_token_probability(package_dir / "model", sp, pairs)
        log(f"weakest reference-token probability: {weakest:.4f}")
        for beam in (1, ARGOS_DEFAULT_BEAM):
            wrong = mismatches(package_dir / "model", sp, pairs, beam)
            for fr, en, got in wrong:
                log(f"  beam {beam}: {fr!r}\n    want {en!r}\n    got  {got!r}")
            if wrong:
                raise SystemExit(f"the model is not exact with beam {beam}; not written")
        write_zip(package_dir, output)

    log(f"wrote {output} ({output.stat().st_size} bytes)")
    verify_package(output, pairs, log)
    log(f"done in {time.monotonic() - started:.0f} s")


def repack(output: Path, pairs, log=print) -> None:
    """Rewrite the package's metadata.json and README.md, keeping the trained files.

    The zip is written by :func:`write_zip` as in a full build, so the
    result is the bytes a full build would give with the same weights.
    Needs no torch: for changes of metadata only.
    """
    with tempfile.TemporaryDirectory(prefix="tiny-argos-") as scratch:
        with zipfile.ZipFile(output) as archive:
            archive.extractall(scratch)
        package_dir = Path(scratch) / PACKAGE_NAME
        (package_dir / "metadata.json").write_text(
            json.dumps(package_metadata(len(pairs)), indent=2) + "\n", encoding="utf-8"
        )
        (package_dir / "README.md").write_text(PACKAGE_README, encoding="utf-8")
        write_zip(package_dir, output)
    log(f"rewrote {output} ({output.stat().st_size} bytes)")
    verify_package(output, pairs, log)


def verify_package(package: Path, pairs, log=print) -> None:
    """The acceptance check: real argostranslate, scratch home, no network."""
    sources = [fr for fr, _ in pairs]
    wanted = [en for _, en in pairs]
    # Two known sentences in one paragraph exercise the sentence splitter.
    sources.append(pairs[-1][0] + " " + pairs[-2][0])
    wanted.append(pairs[-1][1] + " " + pairs[-2][1])
    for beam in (1, ARGOS_DEFAULT_BEAM):
        result = check_with_argostranslate(package, sources, beam)
        if not result["fr_en"] or result["languages"] != ["en", "fr"]:
            raise SystemExit(f"argostranslate does not list fr->en: {result}")
        wrong = [
            (s, w, g) for s, w, g in zip(sources, wanted, result["outputs"], strict=True) if w != g
        ]
        for s, w, g in wrong:
            log(f"  argostranslate, beam {beam}: {s!r}\n    want {w!r}\n    got  {g!r}")
        if wrong:
            raise SystemExit(f"argostranslate output differs with ARGOS_BEAM_SIZE={beam}")
        log(f"argostranslate, ARGOS_BEAM_SIZE={beam}: all {len(sources)} inputs exact")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS_PATH)
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    parser.add_argument("--steps", type=int, default=TRAIN_STEPS)
    parser.add_argument(
        "--check-only",
        action="store_true",
        help="only check the existing package against the pairs",
    )
    parser.add_argument(
        "--metadata-only",
        action="store_true",
        help="rewrite the existing package's metadata and README (no training, no torch)",
    )
    args = parser.parse_args(argv)
    if args.check_only:
        verify_package(args.output, read_pairs(args.pairs))
    elif args.metadata_only:
        repack(args.output, read_pairs(args.pairs))
    else:
        build(args.pairs, args.output, args.steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
