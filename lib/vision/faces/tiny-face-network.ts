/**
 * The tiny face detector's forward pass and box decoding, run on the weights
 * face-api loads. face-api runs each layer as separate tfjs ops (a padding
 * copy, the convolution, a bias add and four element-wise passes for the leaky
 * ReLU); here each pointwise convolution carries its bias and activation in one
 * fused op, which on tfjs's wasm backend (XNNPACK) takes about a third less time
 * per picture for the same numbers (tests/lib/vision/faces/tiny-face-network.test.ts
 * holds it to face-api's own output).
 */
import type { FaceApi, FaceWeights } from './face-detector';

type Tf = FaceApi['tf'];
type Tensor4D = ReturnType<Tf['tensor4d']>;
type Tensor1D = ReturnType<Tf['tensor1d']>;

/** tfjs's fused convolution, which face-api's bundled types leave out. */
interface FusedOps {
  conv2d(args: {
    x: Tensor4D;
    filter: Tensor4D;
    strides: number;
    pad: 'valid';
    bias: Tensor1D;
    activation?: 'leakyrelu';
    leakyreluAlpha?: number;
  }): Tensor4D;
}

/** The network's weights as face-api's TinyFaceDetector holds them once loaded. */
export interface TinyFaceParams {
  conv0: { filters: Tensor4D; bias: Tensor1D };
  conv1: SeparableLayer;
  conv2: SeparableLayer;
  conv3: SeparableLayer;
  conv4: SeparableLayer;
  conv5: SeparableLayer;
  conv8: { filters: Tensor4D; bias: Tensor1D };
}

interface SeparableLayer {
  depthwise_filter: Tensor4D;
  pointwise_filter: Tensor4D;
  bias: Tensor1D;
}

/** A box in fractions of the square input, with its score. */
export interface GridBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

export interface TinyFaceNetwork {
  params: TinyFaceParams;
  /** The colour the network was trained to see as zero, in bytes: subtracted from every input. */
  mean: readonly number[];
  /** The anchors' widths and heights in grid cells, five of them. */
  anchors: readonly { x: number; y: number }[];
  /** Boxes of the same pass overlapping more than this are one face. */
  iouThreshold: number;
  /** Frees the weights' tensors. */
  dispose(): void;
}

/** The weights loaded as face-api loads them, with the settings face-api's TinyFaceDetector holds. */
export function loadTinyFaceNetwork(faceapi: FaceApi, weights: FaceWeights): TinyFaceNetwork {
  const loaded = new faceapi.TinyFaceDetector();
  loaded.loadFromWeightMap(faceapi.tf.io.decodeWeights(weights.data, manifestWeights(weights.manifest)));
  const { anchors, iouThreshold, meanRgb } = loaded.config;
  return {
    params: loaded.params as unknown as TinyFaceParams,
    mean: meanRgb ?? [0, 0, 0],
    anchors,
    iouThreshold,
    dispose: () => loaded.dispose(),
  };
}

/** The weight specs in a tfjs weights manifest (an array of groups, each with `weights`). */
function manifestWeights(manifest: unknown): Parameters<Tf['io']['decodeWeights']>[1] {
  if (!Array.isArray(manifest)) throw new Error('The face detector\'s weights manifest is not a list of weight groups.');
  return manifest.flatMap((group: { weights?: unknown }) => (Array.isArray(group.weights) ? group.weights : []));
}

/** The network was trained with leaky ReLUs of this slope (float32's nearest to 0.1, as face-api has it). */
const LEAKY_ALPHA = 0.10000000149011612;

/** Each anchor's prediction: x, y, width, height, then the face score. */
const BOX_ENCODING = 5;

/** The network sees a picture in cells of this many pixels: its input's sides are multiples of it. */
export const CELL_PIXELS = 32;

/** What the network is given: RGB from 0 to 1 less the network's mean colour (scaled the same way), row by row. */
export interface NetworkInput {
  rgb: Float32Array;
  rows: number;
  columns: number;
}

/**
 * Faces in one input, as fractions of a square of side `size` whose top left
 * the input is (the square face-api would pad it to: the input's sides are
 * the picture's, rounded up to whole cells, which spares the network the rest
 * of the square). Boxes scoring above `minScore`, overlapping ones suppressed
 * as face-api does.
 */
export async function runTinyFaceNetwork(tf: Tf, network: TinyFaceNetwork, input: NetworkInput, size: number, minScore: number): Promise<GridBox[]> {
  const { params } = network;
  const { fused } = tf as unknown as { fused: FusedOps };
  const output = tf.tidy(() => {
    const leaky = { activation: 'leakyrelu', leakyreluAlpha: LEAKY_ALPHA } as const;
    let x: Tensor4D = tf.tensor4d(input.rgb, [1, input.rows, input.columns, 3]);
    x = fused.conv2d({ x, filter: params.conv0.filters, strides: 1, pad: 'valid', bias: params.conv0.bias, ...leaky });
    x = tf.maxPool(x, 2, 2, 'same');
    const layers = [params.conv1, params.conv2, params.conv3, params.conv4, params.conv5];
    layers.forEach((layer, i) => {
      x = tf.depthwiseConv2d(x, layer.depthwise_filter, 1, 'same');
      x = fused.conv2d({ x, filter: layer.pointwise_filter, strides: 1, pad: 'valid', bias: layer.bias, ...leaky });
      // The last pooling keeps the grid's size: the network sees in cells of 32 pixels.
      x = tf.maxPool(x, 2, i === layers.length - 1 ? 1 : 2, 'same');
    });
    return fused.conv2d({ x, filter: params.conv8.filters, strides: 1, pad: 'valid', bias: params.conv8.bias });
  });
  try {
    const [, rows, columns] = output.shape;
    const grid = { rows, columns, cellShare: CELL_PIXELS / size };
    return suppressOverlaps(decodeBoxes(await output.data(), grid, network.anchors, minScore), network.iouThreshold);
  } finally {
    output.dispose();
  }
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/**
 * YOLO's box encoding: an offset within the cell and a scale of the anchor,
 * for each cell and anchor; `cellShare` is a cell's side as a fraction of the square's.
 */
function decodeBoxes(
  output: ArrayLike<number>,
  { rows, columns, cellShare }: { rows: number; columns: number; cellShare: number },
  anchors: TinyFaceNetwork['anchors'],
  minScore: number,
): GridBox[] {
  const boxes: GridBox[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      anchors.forEach((anchor, a) => {
        const at = ((row * columns + column) * anchors.length + a) * BOX_ENCODING;
        const score = sigmoid(output[at + 4]);
        if (score <= minScore) return;
        const width = Math.exp(output[at + 2]) * anchor.x * cellShare;
        const height = Math.exp(output[at + 3]) * anchor.y * cellShare;
        const x = (column + sigmoid(output[at])) * cellShare - width / 2;
        const y = (row + sigmoid(output[at + 1])) * cellShare - height / 2;
        boxes.push({ x, y, width, height, score });
      });
    }
  }
  return boxes;
}

function iou(a: GridBox, b: GridBox): number {
  const width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const common = width * height;
  return common / (a.width * a.height + b.width * b.height - common);
}

/** Best first, each box dropped when it overlaps one already kept by more than `threshold`. */
function suppressOverlaps(boxes: GridBox[], threshold: number): GridBox[] {
  const kept: GridBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    if (kept.every((other) => iou(box, other) <= threshold)) kept.push(box);
  }
  return kept;
}
