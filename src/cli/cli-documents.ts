/**
 * The GraphQL operations the fact-checking commands send (`trace`, `search`, `dependents`),
 * by name. Both transports run these very documents: over HTTP to a running server, or in
 * process against the database (`--embedded`). All are reads.
 *
 * A trace is asked for in two operations (`traceCore`, `traceExtras`), as the viewer does,
 * because the server prices a query by the longest answer it could have
 * (src/graphql/limits/query-cost.ts) and the whole trace with every field would pass the
 * default GRAPHQL_MAX_COST. Titles, kinds and retraction come once, on `nodes`; elsewhere
 * sources come by id, except where the source may be off the trail (evidencedIn, findings).
 */

const SOURCE = 'id title kind retracted';
const HOP = 'citation { id firstHand } side from { id } to { id } evidencedIn { id title } secondHand quote stance locator date depth';
const END = 'kind side explanation secondHand source { id } knownThrough { id title }';

export const CLI_DOCUMENTS = {
  /** The trail of one claim: sources, hops, paths, trail ends, lines of support, loops, retractions. */
  traceCore: `query CliTrace($claimId: ID!, $maxDepth: Int) {
  trace(claimId: $claimId, maxDepth: $maxDepth) {
    claim { id text }
    maxDepthReached truncated
    nodes { depth roles disputeRoles source { ${SOURCE} url date publisher { name } } }
    hops { ${HOP} }
    paths { side sourceIds citationIds secondHand restsOnRetracted end { kind side explanation source { id } } }
    ends { ${END} }
    corroboration { status sources { id } upstream { id } speakers { name } mergedBecause }
    independentLines voidLines circularOnlyLines closedLoop circular
    rumours { id } selfDisputed { id }
    cycles { sources { id } }
    retracted { id }
  }
}`,

  /** What is read along the trail: quote drift, the dispute's ends, contradicting claims, reviewers' findings. */
  traceExtras: `query CliTraceExtras($claimId: ID!, $maxDepth: Int) {
  trace(claimId: $claimId, maxDepth: $maxDepth) {
    drift {
      from { id } to { id } change meaningChanged samePassage wordsAdded wordsRemoved numbersAdded numbersRemoved
      namesAdded namesRemoved hedgesAdded hedgesRemoved conditionsAdded conditionsRemoved
      attributionsAdded attributionsRemoved qualifiersAdded qualifiersRemoved negationFlipped reordered similarity
    }
    driftLimits { pairsCompared pairsSkipped quotesClipped }
    conflicts { contradictingClaims { id text } }
    disputes { sources { id } ends { ${END} } retracted { id } }
    findings {
      finding { id note } review { id verdict } reviewer { name }
      source { id title url } relation quote locator beyond { id title } afterTrailEnd
    }
  }
}`,

  /** Full-text search, best first, of the kinds asked for (all when null). */
  search: `query CliSearch($text: String!, $kinds: [SearchKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    node {
      __typename
      ... on Claim { id text }
      ... on Source { id title sourceKind: kind }
      ... on Actor { id name actorKind: kind }
      ... on Chemical { id name }
      ... on Place { id name }
    }
  }
}`,

  /** One source, and the claims whose provenance it is on. */
  dependents: `query CliDependents($sourceId: ID!) {
  source(id: $sourceId) { id title kind retracted }
  dependents(sourceId: $sourceId) { supports disputes alone retracted truncated claim { id text } }
}`,
} as const;

export type CliDocumentName = keyof typeof CLI_DOCUMENTS;
