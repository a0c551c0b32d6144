import { getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { TRACE_LIMITS, TRACE_ROLES } from '../../provenance/build-trace.js';
import { MAX_DEPENDENTS } from '../../provenance/trace-claims.js';
import { MAX_LINKS_PER_FIELD } from '../../model/record-kinds.js';
import { MAX_TRACE_FINDINGS } from '../resolvers/findings.js';

/**
 * How long a list field can be when it takes no `first`: the bound that makes it finite.
 * Keyed `Type.field`; a list field missing here counts as MAX_LINKS_PER_FIELD long (the
 * write path refuses records with more links per field than that).
 */
export const LIST_BOUNDS: Record<string, number> = {
  // A connection's edges: the connection field itself is multiplied by its `first`.
  'ActorConnection.edges': 1,
  'PlaceConnection.edges': 1,
  'ChemicalConnection.edges': 1,
  'RouteConnection.edges': 1,
  'SourceConnection.edges': 1,
  'ClaimConnection.edges': 1,
  // A trace is computed whole, within TRACE_LIMITS.
  'Trace.nodes': 2 * TRACE_LIMITS.maxCitations + 1,
  'Trace.hops': TRACE_LIMITS.maxCitations,
  'Trace.paths': TRACE_LIMITS.maxPaths,
  'Trace.origins': 2 * TRACE_LIMITS.maxCitations,
  'Trace.deadEnds': 2 * TRACE_LIMITS.maxCitations,
  'Trace.ends': 2 * TRACE_LIMITS.maxCitations,
  // Each hop makes a source known to at most one trail end (the end at its own source, or
  // at the source it names), so all the knownThrough lists of a trace together hold at most
  // its citations: priced as one per end, like the lines of support below. A path's own
  // end is known through at most one document.
  'TrailEnd.knownThrough': 1,
  'DeadEnd.knownThrough': 1,
  'TraceNode.roles': TRACE_ROLES.length,
  'TraceNode.disputeRoles': TRACE_ROLES.length,
  // Lines of support are voices: their trail ends (upstream) and speakers are disjoint, so
  // lines, upstream sources and speakers number at most the trace's sources each; a source
  // may belong to several lines, but all the lines' source lists (and the entries their
  // merges list) hold at most TRACE_LIMITS.maxVoiceSteps together. So the lines count as
  // many as the sources, each with one upstream, one speaker, two merges and its share of
  // the listed sources.
  'Trace.corroboration': 2 * TRACE_LIMITS.maxCitations + 1,
  'Trace.rumours': 2 * TRACE_LIMITS.maxCitations,
  'Trace.selfDisputed': TRACE_LIMITS.maxCitations,
  'Trace.retracted': 2 * TRACE_LIMITS.maxCitations,
  'Trace.cycles': TRACE_LIMITS.maxCycles,
  'Trace.drift': TRACE_LIMITS.maxDriftPairs,
  // Reviewers' findings, read apart from the trace and capped per claim.
  'Trace.findings': MAX_TRACE_FINDINGS,
  'Conflicts.disputing': TRACE_LIMITS.maxCitations,
  'Conflicts.contradictingClaims': TRACE_LIMITS.maxContradicting,
  // The trail of dispute, within the same limits as the trace it belongs to.
  'DisputeTrail.sources': TRACE_LIMITS.maxCitations,
  'DisputeTrail.hops': TRACE_LIMITS.maxCitations,
  'DisputeTrail.paths': TRACE_LIMITS.maxPaths,
  'DisputeTrail.ends': 2 * TRACE_LIMITS.maxCitations,
  'DisputeTrail.origins': 2 * TRACE_LIMITS.maxCitations,
  'DisputeTrail.deadEnds': 2 * TRACE_LIMITS.maxCitations,
  'DisputeTrail.retracted': 2 * TRACE_LIMITS.maxCitations,
  'SupportLine.sources': Math.ceil(TRACE_LIMITS.maxVoiceSteps / (2 * TRACE_LIMITS.maxCitations + 1)),
  'SupportLine.upstream': 1,
  'SupportLine.speakers': 1,
  'SupportLine.mergedBecause': 4,
  'SupportLine.merges': 2,
  'LineMerge.sources': Math.ceil(TRACE_LIMITS.maxVoiceSteps / (2 * TRACE_LIMITS.maxCitations + 1)),
  'CitationCycle.sources': TRACE_LIMITS.maxDepth + 1,
  'TraceHop.speakers': MAX_LINKS_PER_FIELD,
  'Query.dependents': MAX_DEPENDENTS,
};

/**
 * Extra cost of fields whose own work is large however little they select: a trace reads
 * and walks up to TRACE_LIMITS.maxCitations citations; `dependents` traces up to
 * MAX_DEPENDENTS claims; a search scans a full-text index; a quote anchor reads and scans a
 * source's stored text.
 */
export const FIELD_COSTS: Record<string, number> = {
  'Query.trace': 500,
  'Query.dependents': 2000,
  'Query.search': 50,
  // Loads the evidence document's text (at most 200 000 characters) and searches it.
  'Citation.anchor': 20,
};

/**
 * The cost model: every field costs 1 (plus FIELD_COSTS), and a list field multiplies what
 * it selects by how long it can be: its `first` argument where it takes one (the default
 * counts when the client gives none), else LIST_BOUNDS. So the cost bounds the number of
 * objects an answer can hold, and nested lists multiply as they do in the answer.
 * Introspection is priced as one field: its answer is the schema's size, not the graph's.
 */
export const queryCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 1;
  const key = `${type.name}.${field.name}`;
  return 1 + (FIELD_COSTS[key] ?? 0) + multiplier(key, field, args) * childComplexity;
};

function multiplier(key: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return Math.max(args.first, 0);
  if (!isListType(getNullableType(field.type))) return 1;
  return LIST_BOUNDS[key] ?? MAX_LINKS_PER_FIELD;
}
