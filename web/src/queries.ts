/**
 * The GraphQL operations the viewer sends, by name; each asks for exactly the fields of
 * `trace-types.ts`. All are reads, so an anonymous reader can run them unless the server
 * turns anonymous reading off (then the viewer sends the key the user gives it).
 *
 * A trace is asked for in two requests (`traceCore`, `traceExtras`), because the server
 * prices a query by the longest answer it could have (src/graphql/limits/query-cost.ts)
 * and the whole trace with every field would pass the default GRAPHQL_MAX_COST. Titles are
 * asked for once, on `nodes`; elsewhere sources come by id.
 */

const END = 'kind side explanation secondHand source { id } knownThrough { id }';

export const QUERIES = {
  /** Claims whose text matches the words typed (`search(text:, kinds: [CLAIM])`). */
  searchClaims: `query ViewerSearch($text: String!) {
  search(text: $text, kinds: [CLAIM], first: 20) { score node { ... on Claim { id text } } }
}`,

  /** The trail of one claim: sources, hops, paths, trail ends, lines of support, loops. */
  traceCore: `query ViewerTrace($claimId: ID!, $maxDepth: Int) {
  trace(claimId: $claimId, maxDepth: $maxDepth) {
    claim { id text }
    maxDepthReached truncated
    nodes { depth roles disputeRoles source { id title kind retracted } }
    hops { citation { id firstHand } side from { id } to { id } evidencedIn { id title } secondHand quote stance locator date depth }
    paths { side sourceIds citationIds secondHand restsOnRetracted end { kind explanation source { id } } }
    ends { ${END} }
    corroboration { status sources { id } upstream { id } speakers { name } mergedBecause }
    independentLines voidLines circularOnlyLines closedLoop circular
    rumours { id } selfDisputed { id }
    cycles { sources { id } }
  }
}`,

  /** What is read along the trail: quote drift, the dispute's ends, contradicting claims, reviewers' findings. */
  traceExtras: `query ViewerTraceExtras($claimId: ID!, $maxDepth: Int) {
  trace(claimId: $claimId, maxDepth: $maxDepth) {
    drift {
      from { id } to { id } change meaningChanged samePassage wordsAdded wordsRemoved numbersAdded numbersRemoved
      namesAdded namesRemoved hedgesAdded hedgesRemoved conditionsAdded conditionsRemoved
      attributionsAdded attributionsRemoved qualifiersAdded qualifiersRemoved negationFlipped reordered similarity
    }
    driftLimits { pairsCompared pairsSkipped quotesClipped }
    conflicts { contradictingClaims { id text } }
    disputes { ends { ${END} } }
    findings {
      finding { id note } review { id verdict } reviewer { name }
      source { id title url } relation quote locator beyond { id title } afterTrailEnd
    }
  }
}`,

  /** One source's own record, for its details. */
  sourceDetails: `query ViewerSource($sourceId: ID!) {
  source(id: $sourceId) { id title kind url date isPrimary retracted description publisher { name } authors { name } }
}`,

  /** The other claims a source says (`Source.citations`), for "expand a source". */
  sourceClaims: `query ViewerSourceClaims($sourceId: ID!) {
  source(id: $sourceId) { id title citationsCount citations(first: 100) { id stance quote locator claim { id text } } }
}`,

  /** What falls if a source is retracted (`dependents`). */
  dependents: `query ViewerDependents($sourceId: ID!) {
  dependents(sourceId: $sourceId) { supports disputes alone retracted truncated claim { id text } }
}`,
} as const;
