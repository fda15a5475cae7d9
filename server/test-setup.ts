import { registerSubscribers } from './subscribers.js';

// Tests call use-cases directly as well as through the app; both see the same subscribers.
registerSubscribers();
