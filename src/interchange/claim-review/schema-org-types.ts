/**
 * How schema.org types map to claimgraph kinds, both ways. Import reads the most specific type
 * it knows; export writes the type whose import gives the same kind back, so a record that
 * went out and came in again is unchanged. Kinds schema.org has no type for are exported as
 * the nearest general type (AGENCY as GovernmentOrganization, THINK_TANK, LEGISLATURE and
 * CRIMINAL_ORGANISATION as Organization; STATEMENT and ESTIMATE as CreativeWork,
 * GOVERNMENT_REPORT as Report): those kinds do not survive a round trip.
 */
export const SCHEMA_ORG_TYPES = {
  /** schema.org type → actor kind. A name given without a type (or with a type not here) is an ORGANISATION: see the README. */
  actorKinds: {
    Person: 'PERSON',
    Organization: 'ORGANISATION',
    NGO: 'ORGANISATION',
    NewsMediaOrganization: 'MEDIA_OUTLET',
    GovernmentOrganization: 'GOVERNMENT',
    Corporation: 'COMPANY',
    PoliticalParty: 'POLITICAL_PARTY',
  } as Readonly<Record<string, ActorKind>>,
  /** actor kind → schema.org type. */
  actorTypes: {
    PERSON: 'Person',
    ORGANISATION: 'Organization',
    MEDIA_OUTLET: 'NewsMediaOrganization',
    GOVERNMENT: 'GovernmentOrganization',
    AGENCY: 'GovernmentOrganization',
    COMPANY: 'Corporation',
    POLITICAL_PARTY: 'PoliticalParty',
    THINK_TANK: 'Organization',
    LEGISLATURE: 'Organization',
    CRIMINAL_ORGANISATION: 'Organization',
  } as Readonly<Record<ActorKind, string>>,
  /** schema.org CreativeWork type → source kind. Any other type (CreativeWork, VideoObject, a plain URL) is OTHER. */
  sourceKinds: {
    Article: 'ARTICLE',
    NewsArticle: 'ARTICLE',
    AnalysisNewsArticle: 'ARTICLE',
    OpinionNewsArticle: 'ARTICLE',
    ReportageNewsArticle: 'ARTICLE',
    BackgroundNewsArticle: 'ARTICLE',
    BlogPosting: 'ARTICLE',
    ScholarlyArticle: 'ARTICLE',
    SocialMediaPosting: 'SOCIAL_POST',
    DiscussionForumPosting: 'SOCIAL_POST',
    Report: 'REPORT',
    WebPage: 'WEBPAGE',
    Book: 'BOOK',
    Dataset: 'DATASET',
  } as Readonly<Record<string, SourceKind>>,
  /** source kind → schema.org type. */
  sourceTypes: {
    ARTICLE: 'Article',
    SOCIAL_POST: 'SocialMediaPosting',
    REPORT: 'Report',
    GOVERNMENT_REPORT: 'Report',
    WEBPAGE: 'WebPage',
    BOOK: 'Book',
    DATASET: 'Dataset',
    STATEMENT: 'CreativeWork',
    ESTIMATE: 'CreativeWork',
    OTHER: 'CreativeWork',
  } as Readonly<Record<SourceKind, string>>,
} as const;

export type ActorKind =
  | 'PERSON'
  | 'ORGANISATION'
  | 'GOVERNMENT'
  | 'AGENCY'
  | 'CRIMINAL_ORGANISATION'
  | 'COMPANY'
  | 'THINK_TANK'
  | 'MEDIA_OUTLET'
  | 'LEGISLATURE'
  | 'POLITICAL_PARTY';

export type SourceKind = 'ARTICLE' | 'REPORT' | 'GOVERNMENT_REPORT' | 'ESTIMATE' | 'STATEMENT' | 'DATASET' | 'BOOK' | 'WEBPAGE' | 'SOCIAL_POST' | 'OTHER';
