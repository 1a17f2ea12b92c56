/**
 * The committed thread model: one head reading the prospect's message (a softmax over the situations) and one head
 * per fault reading the reply, each packed like the sentence model's weights (../model/model-file): only the rows
 * kept, as signed bytes with a scale per output.
 */
import { forEachPackedRow } from '../model/model-file';
import { SITUATIONS, THREAD_FAULTS, type ThreadFault } from './situations';

export interface PackedHead {
  /** Output names, in order. */
  outputs: readonly string[];
  bias: number[];
  /** Per output: weight = byte * scale. */
  scale: number[];
  index: string;
  weights: string;
}

export interface ThreadModelFile {
  version: 1;
  kind: 'thread';
  buckets: number;
  /** Softmax over SITUATIONS, read from the prospect's message. */
  situation: PackedHead;
  /**
   * Per fault, a logistic regression over the reply, the probability at which the fault is found, and the least
   * probability of the situation read from the message for the fault to be reported at all (absent: no floor).
   */
  faults: Record<ThreadFault, PackedHead & { threshold: number; situationFloor?: number }>;
  /** How the model was made: data sizes, seed, epochs, cross-validated figures. */
  trained: Record<string, number | string>;
}

/** A head at run time: kept rows by bucket, already scaled. */
export interface Head {
  k: number;
  bias: number[];
  rows: Map<number, Float32Array>;
}

export function unpackHead(head: PackedHead): Head {
  const k = head.outputs.length;
  const rows = new Map<number, Float32Array>();
  forEachPackedRow(head.index, head.weights, k, (bucket, row) => {
    rows.set(bucket, Float32Array.from(row, (v, c) => v * head.scale[c]!));
  });
  return { k, bias: head.bias, rows };
}

export function checkThreadModel(file: ThreadModelFile): void {
  const ok = file.version === 1 && file.kind === 'thread' && file.situation.outputs.join() === SITUATIONS.join()
    && THREAD_FAULTS.every((f) => file.faults[f]?.outputs.length === 1);
  if (!ok) throw new Error('The thread model file does not match this version of Poise; run npm run train:thread.');
}
