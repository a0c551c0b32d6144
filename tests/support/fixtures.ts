/**
 * A small hand-made graph that exercises every kind and every link, for API tests.
 * Ids use a `t-` slug prefix so they can never be mistaken for seed records.
 */
export const smallGraph = {
  actors: [
    { id: 'actor:t-think-tank', name: 'Example Institute', kind: 'THINK_TANK', aliases: ['EI'] },
    { id: 'actor:t-author-a', name: 'Ada Author', kind: 'PERSON' },
    { id: 'actor:t-author-b', name: 'Ben Author', kind: 'PERSON' },
    { id: 'actor:t-agency', name: 'Example Agency', kind: 'AGENCY' },
    { id: 'actor:t-cartel', name: 'Example Cartel', kind: 'CRIMINAL_ORGANISATION' },
  ],
  places: [
    { id: 'place:t-land', name: 'Landia', kind: 'COUNTRY' },
    { id: 'place:t-port', name: 'Port City', kind: 'CITY', withinId: 'place:t-land' },
    { id: 'place:t-sea', name: 'Seaside', kind: 'COUNTRY' },
  ],
  chemicals: [
    { id: 'chemical:t-drug', name: 'Exampletanyl', role: 'DRUG', synonyms: ['EXT'] },
    { id: 'chemical:t-precursors', name: 'Example precursors', role: 'PRECURSOR', isClass: true },
  ],
  routes: [
    {
      id: 'route:t-sea',
      fromId: 'place:t-sea',
      toId: 'place:t-land',
      viaIds: ['place:t-port'],
      mode: 'SEA',
      transportsIds: ['chemical:t-precursors'],
      operatorIds: ['actor:t-cartel'],
    },
    { id: 'route:t-air', fromId: 'place:t-sea', toId: 'place:t-land', mode: 'AIR' },
  ],
  sources: [
    { id: 'source:t-article', title: 'An article about a report', kind: 'ARTICLE', date: '2024-03-04' },
    {
      id: 'source:t-report',
      title: 'The report',
      kind: 'REPORT',
      publisherId: 'actor:t-think-tank',
      authorIds: ['actor:t-author-b', 'actor:t-author-a'],
      date: '2024',
      isPrimary: true,
    },
    { id: 'source:t-estimate', title: '[Agency estimate]', kind: 'ESTIMATE', publisherId: 'actor:t-agency', date: '2021' },
  ],
  claims: [
    { id: 'claim:t-rebate', text: 'Landia pays an export rebate of 13% on precursors.', aboutIds: ['place:t-land', 'chemical:t-precursors'], appliesFrom: '2020' },
    { id: 'claim:t-seizure', text: 'The agency seized enough exampletanyl to matter.', aboutIds: ['actor:t-agency', 'chemical:t-drug'], contradictsIds: ['claim:t-no-seizure'] },
    { id: 'claim:t-no-seizure', text: 'No exampletanyl was seized.', aboutIds: ['chemical:t-drug'] },
  ],
  citations: [
    { id: 'citation:t-rebate-article', claimId: 'claim:t-rebate', sourceId: 'source:t-article', citesId: 'source:t-report', quote: 'the rebate rose to 13%', stance: 'MENTIONS', locator: '¶3' },
    { id: 'citation:t-rebate-report', claimId: 'claim:t-rebate', sourceId: 'source:t-report', evidencedInId: 'source:t-article', quote: 'the rebate rose to 13%', stance: 'SUPPORTS', speakerIds: ['actor:t-author-a', 'actor:t-author-b'] },
    { id: 'citation:t-seizure-article', claimId: 'claim:t-seizure', sourceId: 'source:t-article', citesId: 'source:t-estimate', quote: 'enough to matter', stance: 'MENTIONS' },
  ],
  reviews: [{ id: 'review:t-rebate', claimId: 'claim:t-rebate', reviewerId: 'actor:t-agency', verdict: 'Unproven', ratingValue: 2, bestRating: 5, worstRating: 1 }],
};
