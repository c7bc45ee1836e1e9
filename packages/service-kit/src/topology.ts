/** The services of the hub and the ports they listen on by default. */
export const GATEWAY_PORT = 4000;

export const SUBGRAPH_PORTS = {
  housing: 4001,
  jobcenter: 4002,
  welfare: 4003,
  landlords: 4004,
  training: 4005,
  consent: 4006,
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_PORTS;

export const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_PORTS) as SubgraphName[];

/** Environment variable that gives the gateway a subgraph's URL, e.g. HOUSING_URL. */
export const subgraphUrlVariable = (name: SubgraphName) => `${name.toUpperCase()}_URL`;

export const defaultSubgraphUrl = (name: SubgraphName) =>
  `http://localhost:${SUBGRAPH_PORTS[name]}/graphql`;
