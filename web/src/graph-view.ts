import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { graphStyle } from './graph-style.js';
import type { GraphElement } from './trace-elements.js';

cytoscape.use(dagre);

/** The drawing: a Cytoscape graph in a container, laid out in layers from the claim to the trail ends. */
export interface GraphView {
  readonly cy: Core;
  show(elements: GraphElement[]): void;
  /** Marks one element as the one whose details are open. */
  focus(id: string | null): void;
  fit(): void;
  png(): Blob;
  json(): unknown;
}

/** Creates the drawing in `container`; `onChoose` gets the id of a node or edge the user taps. */
export function createGraphView(container: HTMLElement, onChoose: (id: string) => void): GraphView {
  const cy = cytoscape({
    container,
    style: graphStyle() as unknown as StylesheetJson,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node, edge', (event) => onChoose(event.target.id() as string));
  const layout = () => {
    cy.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 24, rankSep: 96, edgeSep: 12, padding: 24, fit: true, animate: false } as cytoscape.LayoutOptions).run();
    // A small graph is not blown up past a readable size.
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  };
  // Cytoscape caches where its container is on the page; the page moves it (search results
  // appear above it), so any change of the page's size tells Cytoscape to look again.
  new ResizeObserver(() => cy.resize()).observe(document.body);
  return {
    cy,
    show(elements) {
      cy.elements().remove();
      cy.resize();
      cy.add(elements.map((element) => ({ group: element.group, data: { ...element.data }, classes: element.classes }) as ElementDefinition));
      layout();
    },
    focus(id) {
      cy.elements('.focused').removeClass('focused');
      if (id) cy.getElementById(id).addClass('focused');
    },
    fit() {
      cy.fit(undefined, 24);
    },
    png() {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    },
    json() {
      return cy.json();
    },
  };
}
