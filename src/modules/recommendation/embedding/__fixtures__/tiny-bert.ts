import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"

/**
 * A tiny BERT-shaped sentence-embedding model, made without Python: a WordPiece `tokenizer.json`,
 * `config.json`, `tokenizer_config.json` and an ONNX graph with random (seeded) weights, laid out
 * as transformers.js expects (`<dir>/onnx/model.onnx`). It lets tests run the real loading,
 * tokenizing, inference and pooling offline, in a few milliseconds, with no binary in git.
 *
 * The graph: word + position + token-type embeddings, LayerNorm, then each token gets the mean of
 * the sequence's tokens under the attention mask (a stand-in for attention, so the first token
 * carries the whole text as in BERT), then a residual `x + tanh(x W + b)`. Padded positions
 * still get outputs: only pooling over the attention mask keeps them out of a text's vector.
 */
export const TINY_BERT = {
  hiddenSize: 32,
  maxPositions: 128,
  typeVocabSize: 2,
} as const

const SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const

// Whole words for product-like texts; anything else falls back to letters and "##" pieces.
const WORDS = `a an and the of for with in on to by is it this that from at or as be are new
  red blue green black white grey yellow pink brown orange purple small large medium
  cotton linen wool silk leather denim steel wood glass ceramic plastic bamboo
  shirt dress skirt jacket coat hat scarf sock socks shoe shoes boot boots sandal bag
  coffee tea cup mug kettle grinder burr press pot espresso milk sugar water bottle
  kitchen knife pan plate bowl spoon fork table chair lamp desk bed pillow blanket towel
  garden plant seed soil tool hammer drill saw phone case cable charger screen laptop
  book pen paper notebook game toy ball bike helmet tent camping hiking running yoga
  soft warm light heavy slim classic modern vintage organic handmade premium gift set
  men women kids baby home office outdoor summer winter sport travel daily`
  .split(/\s+/)
  .filter(Boolean)

const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789".split("")
const PUNCTUATION = ".,-'!?&/():;%+".split("")

/** The vocabulary, in id order: special tokens, words, then single characters and "##" pieces. */
export function tinyBertVocabulary(): string[] {
  return [
    ...SPECIAL_TOKENS,
    ...new Set(WORDS),
    ...LETTERS,
    ...LETTERS.map((c) => `##${c}`),
    ...PUNCTUATION,
  ]
}

/** Writes the model into `dir` (created when missing). Same files, byte for byte, every time. */
export async function writeTinyBert(dir: string): Promise<void> {
  const vocabulary = tinyBertVocabulary()
  const id = (token: string) => vocabulary.indexOf(token)
  await mkdir(path.join(dir, "onnx"), { recursive: true })
  const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n"

  await writeFile(
    path.join(dir, "config.json"),
    json({
      architectures: ["BertModel"],
      model_type: "bert",
      hidden_size: TINY_BERT.hiddenSize,
      num_hidden_layers: 1,
      num_attention_heads: 2,
      intermediate_size: TINY_BERT.hiddenSize * 2,
      max_position_embeddings: TINY_BERT.maxPositions,
      type_vocab_size: TINY_BERT.typeVocabSize,
      vocab_size: vocabulary.length,
      hidden_act: "gelu",
      layer_norm_eps: 1e-12,
      pad_token_id: id("[PAD]"),
    })
  )
  await writeFile(
    path.join(dir, "tokenizer_config.json"),
    json({
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      do_basic_tokenize: true,
      tokenize_chinese_chars: true,
      strip_accents: null,
      clean_up_tokenization_spaces: true,
      model_max_length: TINY_BERT.maxPositions,
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      mask_token: "[MASK]",
    })
  )
  await writeFile(path.join(dir, "tokenizer.json"), json(tokenizerJson(vocabulary)))
  await writeFile(path.join(dir, "onnx", "model.onnx"), onnxModel(vocabulary.length))
}

function tokenizerJson(vocabulary: string[]) {
  const special = (type_id: number, token: string) => ({ SpecialToken: { id: token, type_id } })
  const sequence = (type_id: number, id: "A" | "B") => ({ Sequence: { id, type_id } })
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: vocabulary.indexOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [special(0, "[CLS]"), sequence(0, "A"), special(0, "[SEP]")],
      pair: [
        special(0, "[CLS]"),
        sequence(0, "A"),
        special(0, "[SEP]"),
        sequence(1, "B"),
        special(1, "[SEP]"),
      ],
      special_tokens: Object.fromEntries(
        (["[CLS]", "[SEP]"] as const).map((token) => [
          token,
          { id: token, ids: [vocabulary.indexOf(token)], tokens: [token] },
        ])
      ),
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, i) => [token, i])),
    },
  }
}

// --- ONNX, written as protobuf by hand (field numbers from onnx/onnx.proto) ---

const WIRE_VARINT = 0
const WIRE_LENGTH = 2
const WIRE_FIXED32 = 5
const FLOAT = 1
const INT64 = 7
const ATTRIBUTE_FLOAT = 1
const ATTRIBUTE_INT = 2

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

function varint(value: number): Uint8Array {
  // int64 fields: negative numbers are their 64-bit two's complement, ten bytes long.
  let rest = BigInt.asUintN(64, BigInt(value))
  const bytes: number[] = []
  do {
    const low = Number(rest & 0x7fn)
    rest >>= 7n
    bytes.push(rest ? low | 0x80 : low)
  } while (rest)
  return Uint8Array.from(bytes)
}

const key = (field: number, wire: number) => varint(field * 8 + wire)
const int = (field: number, value: number) => concat([key(field, WIRE_VARINT), varint(value)])
const bytes = (field: number, data: Uint8Array) =>
  concat([key(field, WIRE_LENGTH), varint(data.length), data])
const text = (field: number, value: string) => bytes(field, new TextEncoder().encode(value))
const message = (field: number, ...parts: Uint8Array[]) => bytes(field, concat(parts))

function float32(field: number, value: number): Uint8Array {
  const data = new Uint8Array(4)
  new DataView(data.buffer).setFloat32(0, value, true)
  return concat([key(field, WIRE_FIXED32), data])
}

/** TensorProto with raw little-endian data. */
function tensor(name: string, dims: number[], values: Float32Array | BigInt64Array): Uint8Array {
  return concat([
    ...dims.map((dim) => int(1, dim)),
    int(2, values instanceof Float32Array ? FLOAT : INT64),
    text(8, name),
    bytes(9, new Uint8Array(values.buffer, values.byteOffset, values.byteLength)),
  ])
}

/** ValueInfoProto of a tensor; string dims are symbolic (batch_size, sequence_length). */
function valueInfo(name: string, elemType: number, dims: (number | string)[]): Uint8Array {
  const shape = dims.map((dim) => message(1, typeof dim === "string" ? text(2, dim) : int(1, dim)))
  return concat([text(1, name), message(2, message(1, int(1, elemType), message(2, ...shape)))])
}

type Attribute = { name: string } & ({ int: number } | { float: number })

function node(op: string, inputs: string[], outputs: string[], attributes: Attribute[] = []) {
  return concat([
    ...inputs.map((input) => text(1, input)),
    ...outputs.map((output) => text(2, output)),
    text(3, `${op}_${outputs[0]}`),
    text(4, op),
    ...attributes.map((attribute) =>
      message(
        5,
        text(1, attribute.name),
        "int" in attribute
          ? concat([int(3, attribute.int), int(20, ATTRIBUTE_INT)])
          : concat([float32(2, attribute.float), int(20, ATTRIBUTE_FLOAT)])
      )
    ),
  ])
}

/** Seeded uniform numbers in [-scale, scale] (mulberry32): the same weights on every run. */
function randomWeights(count: number, scale: number, seed: number): Float32Array {
  let state = seed
  return Float32Array.from({ length: count }, () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1) * scale
  })
}

function onnxModel(vocabularySize: number): Uint8Array {
  const { hiddenSize: h, maxPositions, typeVocabSize } = TINY_BERT
  const batchBySequence = ["batch_size", "sequence_length"]
  const initializers = [
    tensor("word_embeddings", [vocabularySize, h], randomWeights(vocabularySize * h, 1, 1)),
    tensor("position_embeddings", [maxPositions, h], randomWeights(maxPositions * h, 0.1, 2)),
    tensor("token_type_embeddings", [typeVocabSize, h], randomWeights(typeVocabSize * h, 0.1, 3)),
    tensor("layer_norm_scale", [h], new Float32Array(h).fill(1)),
    tensor("layer_norm_bias", [h], new Float32Array(h)),
    tensor("dense_weight", [h, h], randomWeights(h * h, 1 / Math.sqrt(h), 4)),
    tensor("dense_bias", [h], randomWeights(h, 0.1, 5)),
    tensor("zero", [], BigInt64Array.of(0n)),
    tensor("one", [], BigInt64Array.of(1n)),
    tensor("axis_sequence", [1], BigInt64Array.of(1n)),
    tensor("axis_hidden", [1], BigInt64Array.of(2n)),
  ]
  const nodes = [
    node("Gather", ["word_embeddings", "input_ids"], ["words"]),
    node("Gather", ["token_type_embeddings", "token_type_ids"], ["types"]),
    node("Shape", ["input_ids"], ["input_shape"]),
    node("Gather", ["input_shape", "one"], ["sequence_length"]),
    node("Range", ["zero", "sequence_length", "one"], ["position_ids"]),
    node("Gather", ["position_embeddings", "position_ids"], ["positions"]),
    node("Add", ["words", "types"], ["words_and_types"]),
    node("Add", ["words_and_types", "positions"], ["embeddings"]),
    node(
      "LayerNormalization",
      ["embeddings", "layer_norm_scale", "layer_norm_bias"],
      ["normalized"],
      [
        { name: "axis", int: -1 },
        { name: "epsilon", float: 1e-12 },
      ]
    ),
    node("Cast", ["attention_mask"], ["mask"], [{ name: "to", int: FLOAT }]),
    node("Unsqueeze", ["mask", "axis_hidden"], ["mask_column"]),
    node("Mul", ["normalized", "mask_column"], ["masked"]),
    node("ReduceSum", ["masked", "axis_sequence"], ["masked_sum"], [{ name: "keepdims", int: 1 }]),
    node(
      "ReduceSum",
      ["mask_column", "axis_sequence"],
      ["token_count"],
      [{ name: "keepdims", int: 1 }]
    ),
    node("Div", ["masked_sum", "token_count"], ["context"]),
    node("Add", ["normalized", "context"], ["mixed"]),
    node("MatMul", ["mixed", "dense_weight"], ["projected"]),
    node("Add", ["projected", "dense_bias"], ["projected_biased"]),
    node("Tanh", ["projected_biased"], ["activated"]),
    node("Add", ["mixed", "activated"], ["last_hidden_state"]),
  ]
  const graph = concat([
    ...nodes.map((n) => message(1, n)),
    text(2, "tiny_bert"),
    ...initializers.map((t) => message(5, t)),
    message(11, valueInfo("input_ids", INT64, batchBySequence)),
    message(11, valueInfo("attention_mask", INT64, batchBySequence)),
    message(11, valueInfo("token_type_ids", INT64, batchBySequence)),
    message(12, valueInfo("last_hidden_state", FLOAT, [...batchBySequence, h])),
  ])
  return concat([
    int(1, 8), // ir_version 8: opset 17 (LayerNormalization) needs at least that
    text(2, "medusa-plugin-recommendations tiny-bert fixture"),
    message(7, graph),
    message(8, text(1, ""), int(2, 17)),
  ])
}
