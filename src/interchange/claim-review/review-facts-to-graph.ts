import type { Kind } from '../../model/ids.js';
import { KIND_SPECS } from '../../model/record-kinds.js';
import { deriveId } from '../../write/record-identity.js';
import { mergeGraphs, type GraphDocument, type GraphField, type GraphRecord } from './graph-document.js';
import type { ImportProblem } from './import-problem.js';
import type { ActorFacts, Located, ReviewFacts, WorkFacts } from './review-facts.js';
import { stableId } from './stable-id.js';

/** Where, in the fact-check page's markup, the citations' quote stands. */
export const CLAIM_REVIEWED_LOCATOR = 'ClaimReview claimReviewed';

const FIELD_OF: Record<Kind, GraphField | undefined> = {
  actor: 'actors',
  source: 'sources',
  claim: 'claims',
  citation: 'citations',
  review: 'reviews',
  place: undefined,
  chemical: undefined,
  route: undefined,
  finding: undefined,
};

/**
 * The records a list of ReviewFacts becomes (see the README for the mapping and why), each
 * validated by its kind's input schema and given a deterministic id. A review with a value
 * the write path would refuse is left out whole and reported at that value's pointer. Pure.
 */
export function reviewFactsToGraph(reviews: readonly ReviewFacts[]): { graph: GraphDocument; problems: ImportProblem[] } {
  const graphs: GraphDocument[] = [];
  const problems: ImportProblem[] = [];
  for (const facts of reviews) {
    const build = new ReviewBuild(facts);
    build.run();
    if (build.problems.length > 0) problems.push(...build.problems.filter((p, i, all) => all.findIndex((q) => q.pointer === p.pointer && q.reason === p.reason) === i));
    else graphs.push(build.graph);
  }
  return { graph: mergeGraphs(graphs), problems };
}

class ReviewBuild {
  readonly graph: GraphDocument = { actors: [], sources: [], claims: [], citations: [], reviews: [] };
  readonly problems: ImportProblem[] = [];
  constructor(private readonly facts: ReviewFacts) {}

  run(): void {
    const f = this.facts;
    const claimId = this.record('claim', { text: f.claimText.value }, { text: f.claimText.at }, f.pointer);
    const reviewerId = f.reviewer && this.actor(f.reviewer);
    const reviewer = f.reviewer;
    if (!claimId) return;

    // Who made the claim and where is known only from the fact-check page: every citation is
    // evidenced in it (or, with no appearance, said by it), quoting its claimReviewed words.
    const claimantIds = unique(f.claimants.map((c) => this.actor(c)).filter((id): id is string => !!id));
    if (claimantIds.length > 0 || f.appearances.length > 0) {
      const page = f.title ?? f.url;
      if (!page) {
        this.problems.push({ pointer: f.itemPointer, reason: 'the claimant and appearances are known only through this fact-check, which has no url or name to cite it by' });
        return;
      }
      const publisherId = f.publisher ? this.actor(f.publisher) : reviewer && reviewer.kind !== 'PERSON' ? reviewerId : undefined;
      const pageId = this.source(
        {
          title: page.value,
          kind: 'WEBPAGE',
          ...(f.url ? { url: f.url.value } : {}),
          ...(f.date ? { date: f.date.value } : {}),
          ...(publisherId ? { publisherId } : {}),
          ...(reviewer?.kind === 'PERSON' && reviewerId ? { authorIds: [reviewerId] } : {}),
        },
        { title: page.at, url: f.url?.at, date: f.date?.at },
        f.pointer,
      );
      if (!pageId) return;
      const quote: Located<string> = f.claimText;
      const appearanceIds = unique(f.appearances.map((work) => this.work(work)).filter((id): id is string => !!id));
      for (const sourceId of appearanceIds) {
        this.citation({ claimId, sourceId, evidencedInId: pageId, quote: quote.value, locator: CLAIM_REVIEWED_LOCATOR, stance: 'SUPPORTS', speakerIds: claimantIds }, quote.at);
      }
      if (f.appearances.length === 0) {
        this.citation({ claimId, sourceId: pageId, quote: quote.value, locator: CLAIM_REVIEWED_LOCATOR, stance: 'MENTIONS', speakerIds: claimantIds }, quote.at);
      }
    }

    const review = {
      claimId,
      ...(reviewerId ? { reviewerId } : {}),
      verdict: f.verdict.value,
      ...(f.ratingValue ? { ratingValue: f.ratingValue.value } : {}),
      ...(f.bestRating ? { bestRating: f.bestRating.value } : {}),
      ...(f.worstRating ? { worstRating: f.worstRating.value } : {}),
      ...(f.date ? { date: f.date.value } : {}),
      ...(f.url ? { url: f.url.value } : {}),
    };
    const at = { verdict: f.verdict.at, ratingValue: f.ratingValue?.at, bestRating: f.bestRating?.at, worstRating: f.worstRating?.at, date: f.date?.at, url: f.url?.at };
    // One page may review several claims; one claim is reviewed once per page.
    this.record('review', review, at, f.pointer, (parsed) => (parsed.url ? stableId('review', String(parsed.url), [parsed.url, claimId]) : undefined));
  }

  private actor(actor: ActorFacts): string | undefined {
    return this.record('actor', { name: actor.name.value, kind: actor.kind }, { name: actor.name.at }, actor.pointer);
  }

  private work(work: WorkFacts): string | undefined {
    const authorIds = unique(work.authors.map((a) => this.actor(a)).filter((id): id is string => !!id));
    const publisherId = work.publisher && this.actor(work.publisher);
    return this.source(
      {
        title: work.title.value,
        kind: work.kind,
        ...(work.url ? { url: work.url.value } : {}),
        ...(work.date ? { date: work.date.value } : {}),
        ...(publisherId ? { publisherId } : {}),
        ...(authorIds.length > 0 ? { authorIds } : {}),
      },
      { title: work.title.at, url: work.url?.at, date: work.date?.at },
      work.pointer,
    );
  }

  /** A source is the document at its URL: its id comes from the URL when it has one. */
  private source(input: Record<string, unknown>, at: Record<string, string | undefined>, pointer: string): string | undefined {
    return this.record('source', input, at, pointer, (parsed) => (parsed.url ? stableId('source', String(parsed.url), [parsed.url]) : undefined));
  }

  /** A citation is one claim, said by one source, as known through one document. */
  private citation(input: Record<string, unknown>, at: string): string | undefined {
    return this.record('citation', input, { quote: at }, at, (parsed) =>
      stableId('citation', String(parsed.quote), [parsed.claimId, parsed.sourceId, parsed.evidencedInId ?? null, parsed.stance]),
    );
  }

  /** Validates `input` as the write path will, and adds it with its id; undefined (and a problem) when refused. */
  private record(
    kind: Kind,
    input: Record<string, unknown>,
    at: Record<string, string | undefined>,
    pointer: string,
    idOf?: (parsed: Record<string, unknown>) => string | undefined,
  ): string | undefined {
    const result = KIND_SPECS[kind].input.safeParse(input);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      this.problems.push({ pointer: at[field] ?? pointer, reason: field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message });
      return undefined;
    }
    const id = idOf?.(result.data) ?? deriveId(kind, result.data);
    this.graph[FIELD_OF[kind]!].push({ id, ...input } as GraphRecord);
    return id;
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
