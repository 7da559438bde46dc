/** Colours of actor kinds (nodes) and interaction types (edges), shared by the graph and its legend. */
export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#e8590c',
  COUNTRY: '#1971c2',
  ORGANIZATION: '#2f9e44',
};

export const TYPE_COLOURS: Record<string, string> = {
  CALL: '#1c7ed6',
  MEETING: '#7048e8',
  TALKS: '#ae3ec9',
  CONSULTATION: '#0ca678',
  STATEMENT: '#868e96',
  APPEAL: '#f59f00',
  CRITICISM: '#e03131',
  ATTACK: '#5c0f0f',
  AID: '#74b816',
};

/** An edge that joins interactions of several types. */
export const SEVERAL_TYPES_COLOUR = '#ced4da';

export const INTERACTION_TYPES = Object.keys(TYPE_COLOURS);
/** "Spoke to": the types the API counts by default. */
export const SPOKE_TO_TYPES = ['CALL', 'MEETING', 'TALKS', 'CONSULTATION'];
/** Types whose edges go from initiator to recipient, one per direction (NetworkEdge.directed). */
export const DIRECTED_TYPES = ['APPEAL', 'CRITICISM', 'ATTACK', 'AID'];
