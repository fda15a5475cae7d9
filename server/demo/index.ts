export { generateDemoStore } from './generate-demo-store.js';
export type {
  DemoFix,
  DemoKnowledge,
  DemoStore,
  FixLocation,
  GenerateDemoStoreOptions,
  Incident,
  IncidentKind,
  KnowledgeEntry,
  SignalLabel,
} from './types.js';
export { loadDemoStore, loadDemoManifest, type DemoLoadSummary } from './load-demo-store.js';
export { seedDemoUsers, DEMO_USERS, DEMO_PASSWORD } from './users.js';
