import type { TraceAnswerDrift } from './trace-answer.js';

/**
 * One drift in words, for a reader: how the citing quote relates to the one it cites
 * (narrowed, qualifier cut, extended, overlaps, changed; "same passage" when both are pieces
 * of one passage of one document), then what it added and dropped — figures, names, hedges,
 * conditions, attributions, qualifiers, negation, order — and the words themselves where
 * nothing more specific is named. Describes the quotes only; says nothing about which is right.
 */
export function driftSummary(drift: TraceAnswerDrift): string {
  const parts: string[] = [drift.change.toLowerCase().replace('_', ' ')];
  if (drift.samePassage) parts.push('same passage');
  const list = (label: string, values: string[]) => {
    if (values.length > 0) parts.push(`${label} ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  };
  list('figures added', drift.numbersAdded);
  list('figures dropped', drift.numbersRemoved);
  list('names added', drift.namesAdded);
  list('names dropped', drift.namesRemoved);
  list('hedges added', drift.hedgesAdded);
  list('hedges dropped', drift.hedgesRemoved);
  list('conditions added', drift.conditionsAdded);
  list('conditions dropped', drift.conditionsRemoved);
  list('attributions added', drift.attributionsAdded);
  list('attributions dropped', drift.attributionsRemoved);
  list('qualifiers added', drift.qualifiersAdded);
  list('qualifiers dropped', drift.qualifiersRemoved);
  if (drift.negationFlipped) parts.push('negation flipped');
  if (drift.reordered) parts.push('words reordered');
  if (parts.length === (drift.samePassage ? 2 : 1)) {
    list('words added', drift.wordsAdded);
    list('words dropped', drift.wordsRemoved);
  }
  parts.push(`similarity ${drift.similarity.toFixed(2)}`);
  return parts.join('; ');
}
