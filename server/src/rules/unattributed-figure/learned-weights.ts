// Written by scripts/train-figure-judge.ts: do not edit by hand.
import type { FigureModel } from './features.ts';

export const LEARNED_MODEL: FigureModel & { lambda: number; trainedOn: readonly string[]; examples: number; positives: number } = {
  features: [],
  weights: [],
  bias: 0,
  threshold: 0.5,
  lambda: 0,
  trainedOn: [],
  examples: 0,
  positives: 0,
};
