import type { TraceAnswerDrift } from './trace-answer.js';

/**
 * One drift in words, for a reader: how the citing quote relates to the one it cites
 * (narrowed, extended, changed), then what it added and dropped — figures, names, hedges,
 * negation, order — and the words themselves where nothing more specific is named.
 * Describes the quotes only; says nothing about which is right.
 */
export function driftSummary(drift: TraceAnswerDrift): string {
  const parts: string[] = [drift.change.toLowerCase()];
  const list = (label: string, values: string[]) => {
    if (values.length > 0) parts.push(`${label} ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  };
  list('figures added', drift.numbersAdded);
  list('figures dropped', drift.numbersRemoved);
  list('names added', drift.namesAdded);
  list('names dropped', drift.namesRemoved);
  list('hedges added', drift.hedgesAdded);
  list('hedges dropped', drift.hedgesRemoved);
  if (drift.negationFlipped) parts.push('negation flipped');
  if (drift.reordered) parts.push('words reordered');
  if (parts.length === 1) {
    list('words added', drift.wordsAdded);
    list('words dropped', drift.wordsRemoved);
  }
  parts.push(`similarity ${drift.similarity.toFixed(2)}`);
  return parts.join('; ');
}
